import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/open'
import { jsonWords, sqlFunctionsSource } from '../../../src/main/db/sql-functions'
import { beginInWorker } from '../../../src/main/db/write-worker'
import { foldText } from '../../../src/shared/domain/search-text'
import { tempDir } from '../support/core'

describe('the writing worker', () => {
  it('registers the very same SQL functions from their source', () => {
    const registered = new Map<string, (value: unknown) => string>()
    const register = new Function(`${sqlFunctionsSource}; return registerSqlFunctions`)() as (host: unknown) => void
    register({ function: (name: string, _options: unknown, fn: (value: unknown) => string) => registered.set(name, fn) })
    for (const text of ['ﾀﾅｶ ｹﾝ', 'タナカ', 'ＳＲＥ Ｋｕｂｅｒｎｅｔｅｓ', 'Zoë O’Brien 🎉', '']) {
      expect(registered.get('engawa_fold')?.(text)).toBe(foldText(text))
    }
    expect(registered.get('engawa_fold')?.(null)).toBe('')
    const json = JSON.stringify([{ text: '質問', source: 'own' }, 'Rust'])
    expect(registered.get('engawa_json_words')?.(json)).toBe(jsonWords(json))
  })

  it('keeps its writes to itself until the commit, and a rollback leaves nothing', async () => {
    const file = join(tempDir(), 'engawa.db')
    const main = openDatabase(file).sqlite
    const count = () => main.prepare('SELECT count(*) FROM search_fts_docs').pluck().get()
    const statements = ["INSERT INTO topics (id, title, body, kind, created_at, updated_at) VALUES (?, ?, '', 'question', '2026-01-01', '2026-01-01')"]
    const rolledBack = await beginInWorker(file, statements)
    await rolledBack.run([[0, ['t1', 'ﾀﾅｶさんに聞く']]])
    expect(count()).toBe(0)
    await rolledBack.rollback()
    expect(count()).toBe(0)
    const committed = await beginInWorker(file, statements)
    await committed.run([[0, ['t2', 'ﾀﾅｶさんに聞く']]])
    expect(count()).toBe(0)
    await committed.commit()
    expect(main.prepare('SELECT title FROM search_fts_docs').pluck().all()).toEqual([foldText('ﾀﾅｶさんに聞く')])
    main.close()
  })

  it('a step that must change a row and changes none fails with its code, and nothing is kept', async () => {
    const file = join(tempDir(), 'engawa.db')
    openDatabase(file).sqlite.close()
    const transaction = await beginInWorker(file, ["INSERT INTO settings (key, value, updated_at) VALUES ('a', '1', '2026-01-01')", "UPDATE settings SET value = '2' WHERE key = 'missing'"])
    await expect(transaction.run([[0], [1, [], { code: 'CONFLICT', message: 'Gone' }]])).rejects.toMatchObject({ code: 'CONFLICT', message: 'Gone' })
    await transaction.rollback()
    const main = openDatabase(file).sqlite
    expect(main.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0)
    main.close()
  })
})
