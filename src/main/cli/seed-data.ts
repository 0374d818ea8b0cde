import { sortKey } from '../../shared/domain/names'
import { stages } from '../../shared/domain/people'
import { newId, type ServiceContext } from '../services/context'

// Deterministic so two benchmark runs measure the same data.
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const jaFamily = [['佐藤', 'さとう'], ['鈴木', 'すずき'], ['高橋', 'たかはし'], ['田中', 'たなか'], ['伊藤', 'いとう'], ['渡辺', 'わたなべ'], ['山本', 'やまもと'], ['中村', 'なかむら'], ['小林', 'こばやし'], ['加藤', 'かとう']] as const
const jaGiven = [['美咲', 'みさき'], ['健', 'けん'], ['彩', 'あや'], ['翔太', 'しょうた'], ['陽菜', 'ひな'], ['大輔', 'だいすけ'], ['結衣', 'ゆい'], ['拓海', 'たくみ']] as const
const enFamily = ['Smith', 'Garcia', 'Kim', 'Nguyen', 'Müller', 'Rossi', 'Okafor', 'Raman', 'Silva', 'Cohen']
const enGiven = ['Alex', 'Priya', 'Tom', 'Maria', 'Chen', 'Fatima', 'Lukas', 'Sara', 'Diego', 'Noah']
const companies = ['北斗クラウド', '三日月ラボ', 'Lumen Data', 'Northwind', 'Open Harbor', 'Studio Kaze', '青葉システムズ']
const interests = ['Kubernetes', '可観測性', 'Rust', 'アクセシビリティ', 'Mentoring', 'ポストモーテム', 'Design systems', 'コーヒー', '登山', 'Distributed systems']
const topicsJa = ['オンコール', 'ポストモーテム', '採用面接', 'オブザーバビリティ', 'コードレビュー', '技術的負債', 'SLO の設計', '新人研修', 'データ基盤', 'アクセシビリティ監査', '勉強会の運営', '登壇準備', 'キャリア相談', 'リモートワーク', 'セキュリティ診断']
const topicsEn = ['incident reviews', 'hiring loops', 'platform teams', 'design systems', 'open source funding', 'on-call fatigue', 'mentoring juniors', 'Rust adoption', 'cost of cloud', 'API versioning', 'conference talks', 'technical writing', 'career ladders', 'pairing', 'edge caching']
const templatesJa = ['{t}について30分ほど話した。次回は具体例を見せてもらう約束。', '{t}で困っていることを聞いた。まずは小さく試すとのこと。', '{t}の記事を共有したらとても喜んでくれた。']
const templatesEn = ['Talked about {t} for half an hour; promised to send an article.', 'She is struggling with {t}; we compared notes.', 'Shared a talk on {t}; he wants to try it next quarter.']
export interface SeedCounts {
  people: number
  notes: number
}

/** Fills a database with realistic bilingual people and timeline notes, in one transaction. */
export function seedDatabase(ctx: ServiceContext, counts: SeedCounts, seed = 42): SeedCounts {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const now = ctx.clock.now().getTime()
  const insertPerson = ctx.sqlite.prepare(
    `INSERT INTO people (id, search_key, family_name, given_name, family_name_kana, given_name_kana, sort_key, headline,
       company, interests, stage, cadence_days, notes, last_contact_at, created_at, updated_at)
     VALUES (@id, (SELECT ifnull(max(search_key), 0) + 1 FROM people), @familyName, @givenName, @familyNameKana,
       @givenNameKana, @sortKey, @headline, @company, @interests, @stage, @cadenceDays, @notes, @lastContactAt,
       @createdAt, @createdAt)`
  )
  const insertNote = ctx.sqlite.prepare(
    `INSERT INTO interactions (id, person_id, kind, occurred_at, summary, body, created_at)
     VALUES (?, ?, 'note', ?, ?, ?, ?)`
  )
  const ids: string[] = []
  ctx.sqlite.transaction(() => {
    for (let i = 0; i < counts.people; i++) {
      const japanese = next() < 0.6
      const [familyName, familyNameKana] = japanese ? pick(jaFamily) : [pick(enFamily), '']
      const [givenName, givenNameKana] = japanese ? pick(jaGiven) : [pick(enGiven), '']
      const name = { familyName, givenName, familyNameKana, givenNameKana, nameOrder: 'auto' as const }
      const id = newId()
      ids.push(id)
      insertPerson.run({
        id,
        ...name,
        sortKey: sortKey(name),
        headline: japanese ? 'エンジニア' : 'Engineer',
        company: pick(companies),
        interests: JSON.stringify([pick(interests), pick(interests)]),
        stage: pick(stages),
        cadenceDays: next() < 0.5 ? 90 : null,
        notes: japanese ? pick(templatesJa).replace('{t}', pick(topicsJa)) : pick(templatesEn).replace('{t}', pick(topicsEn)),
        lastContactAt: new Date(now - Math.floor(next() * 365) * 86_400_000).toISOString(),
        createdAt: new Date(now - 400 * 86_400_000).toISOString()
      })
    }
    for (let i = 0; i < counts.notes && ids.length > 0; i++) {
      const occurred = new Date(now - Math.floor(next() * 730) * 86_400_000).toISOString()
      const body = next() < 0.6 ? pick(templatesJa).replace('{t}', pick(topicsJa)) : pick(templatesEn).replace('{t}', pick(topicsEn))
      insertNote.run(newId(), pick(ids), occurred, body.slice(0, 40), body, occurred)
    }
  })()
  return { people: counts.people, notes: ids.length > 0 ? counts.notes : 0 }
}
