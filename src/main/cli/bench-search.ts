import { foldText } from '../../shared/domain/search-text'
import type { startCore } from '../core'

type Core = ReturnType<typeof startCore>

// Queries a user would type: Japanese and English, one and several words, in the seed's notes.
export const longQueries = ['ポストモーテム', 'on-call fatigue', 'Kubernetes', '勉強会の運営', 'オンコール', 'incident reviews', 'ｺｰﾄﾞﾚﾋﾞｭｰ', 'CAREER LADDERS']
export const shortQueries = ['佐藤', '健', '彩', '高']

/**
 * The reference a search index must beat: `LIKE '%…%'` over the same folded text the index holds
 * (every item's title and body), reading every match as a LIKE search has to.
 */
export function likeReference(core: Core): (i: number) => unknown {
  const scan = core.ctx.sqlite.prepare('SELECT doc FROM search_fts_docs WHERE title LIKE ? OR body LIKE ?')
  const folded = longQueries.map((query) => [`%${foldText(query)}%`, `%${foldText(query)}%`] as const)
  return (i) => scan.all(...(folded[i % folded.length] ?? ['', '']))
}

/** The main process's resident size in MB: this process, or another one by pid (Linux only). */
export async function residentMB(pid?: number): Promise<number | null> {
  if (pid === undefined) return Number((process.memoryUsage().rss / 1_048_576).toFixed(1))
  try {
    const { readFile } = await import('node:fs/promises')
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const kb = Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1])
    return Number.isFinite(kb) ? Number((kb / 1024).toFixed(1)) : null
  } catch {
    return null
  }
}
