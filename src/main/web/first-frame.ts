import { firstFrameElementId, firstFrameOf, type FirstFrame } from '../../shared/api/first-frame'
import type { Settings } from '../../shared/api/settings'
import type { Dispatch } from '../rpc/dispatch'

/**
 * index.html with the first frame's settings in a JSON data block before </head>. A data block is
 * never run, so the page's CSP (script-src 'self') is unchanged. `<` is escaped so no value can
 * close the block.
 */
export function withFirstFrame(html: string, frame: FirstFrame | null): string {
  if (!frame) return html
  const json = JSON.stringify(frame).replace(/</g, '\\u003c')
  const block = `<script type="application/json" id="${firstFrameElementId}">${json}</script>`
  const head = html.indexOf('</head>')
  return head === -1 ? html : `${html.slice(0, head)}  ${block}\n  ${html.slice(head)}`
}

/**
 * The settings the first frame needs, read through dispatch like any call; null when they cannot be
 * read (a damaged file): the page is then served as built, and the app shows the error itself.
 */
export async function readFirstFrame(dispatch: Dispatch): Promise<FirstFrame | null> {
  const result = await dispatch('settings.get', {})
  return result.ok ? firstFrameOf(result.value as Settings) : null
}
