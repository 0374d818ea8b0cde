import type { ParsedInput } from '../../../shared/api/contract'
import type { ServiceContext } from '../context'
import { addInteraction, createPerson } from '../people/mutations'

interface SamplePerson extends ParsedInput<'people.create'> {
  timeline?: { daysAgo: number; kind: ParsedInput<'interactions.add'>['kind']; summary: string; body?: string }[]
}

// A small bilingual circle that shows every part of a profile; loaded only when the user asks.
const samplePeople: SamplePerson[] = [
  {
    familyName: '佐藤',
    givenName: '美咲',
    familyNameKana: 'さとう',
    givenNameKana: 'みさき',
    headline: 'SRE リード',
    company: '北斗クラウド',
    expertise: ['Kubernetes', '可観測性'],
    interests: ['ポストモーテム文化', '登山'],
    challenges: ['オンコールの負荷を減らしたい'],
    metHow: 'SRE NEXT の懇親会で、障害対応の振り返りについて話した',
    metWhere: 'SRE NEXT',
    stage: 'met',
    cadenceDays: 60,
    preferredLanguage: 'ja',
    preferredChannel: 'email',
    email: 'misaki.sato@example.jp',
    tags: ['SRE', '勉強会'],
    links: { linkedin: 'https://www.linkedin.com/in/example-misaki' },
    notes: '## 覚えておきたいこと\n- 週末はよく八ヶ岳に登る\n- チームで **ブレームレス** な振り返りを広めている',
    timeline: [{ daysAgo: 20, kind: 'met_in_person', summary: 'SRE NEXT で 20 分ほどポストモーテムの話' }]
  },
  {
    familyName: '高橋',
    givenName: '健',
    familyNameKana: 'たかはし',
    givenNameKana: 'けん',
    headline: 'プロダクトマネージャー',
    company: '三日月ラボ',
    interests: ['ユーザーインタビュー', 'コーヒー'],
    challenges: ['エンジニアとの仕様のすり合わせ'],
    stage: 'engaged_online',
    cadenceDays: 90,
    preferredLanguage: 'ja',
    tags: ['PM'],
    milestones: [{ kind: 'job_change', date: '2026-10-01', note: '三日月ラボに転職' }],
    timeline: [{ daysAgo: 5, kind: 'online_commented', summary: 'LinkedIn の記事「仕様書より対話」にコメント' }]
  },
  {
    familyName: '山本',
    givenName: '彩',
    familyNameKana: 'やまもと',
    givenNameKana: 'あや',
    headline: 'デザイナー',
    company: 'Studio Kaze',
    interests: ['アクセシビリティ', 'タイポグラフィ'],
    stage: 'discovered',
    preferredLanguage: 'ja',
    mourningYear: 2026,
    tags: ['デザイン']
  },
  {
    givenName: 'Priya',
    familyName: 'Raman',
    headline: 'Staff Engineer',
    company: 'Lumen Data',
    expertise: ['Distributed systems', 'Rust'],
    interests: ['Open source maintainership', 'Mentoring'],
    challenges: ['Growing a team of new graduates'],
    metHow: 'Hallway chat after her talk on consensus protocols',
    metWhere: 'RustConf',
    stage: 'ongoing',
    cadenceDays: 30,
    preferredLanguage: 'en',
    preferredChannel: 'email',
    email: 'priya@example.com',
    tags: ['Rust', 'Mentoring'],
    links: { github: 'https://github.com/example-priya', blog: 'https://priya.example.com' },
    timeline: [
      { daysAgo: 45, kind: 'met_in_person', summary: 'Coffee after her RustConf talk' },
      { daysAgo: 12, kind: 'call', summary: 'Call about onboarding new graduates', body: 'She pairs each new hire with a *buddy* for 3 months.' }
    ]
  },
  {
    givenName: 'Tom',
    familyName: 'Becker',
    headline: 'Engineering Manager',
    company: 'Northwind',
    interests: ['Remote teams', 'Cycling'],
    stage: 'meeting_proposed',
    cadenceDays: 90,
    preferredLanguage: 'en',
    tags: ['Management'],
    milestones: [{ kind: 'birthday', date: '1988-04-12', note: '' }]
  },
  {
    familyName: 'Nakamura',
    givenName: 'Yuki',
    familyNameKana: 'なかむら',
    givenNameKana: 'ゆき',
    nameOrder: 'given_first',
    headline: 'Developer Advocate',
    company: 'Open Harbor',
    interests: ['Community building', 'Technical writing'],
    stage: 'met',
    preferredLanguage: 'en',
    tags: ['DevRel', '勉強会']
  }
]

/** Adds the sample circle; each person is written in one transaction by createPerson. */
export function loadSampleData(ctx: ServiceContext): { added: number } {
  const now = ctx.clock.now().getTime()
  ctx.sqlite.transaction(() => {
    for (const { timeline = [], ...fields } of samplePeople) {
      const person = createPerson(ctx, fields)
      for (const entry of timeline) {
        addInteraction(ctx, {
          personId: person.id,
          kind: entry.kind,
          summary: entry.summary,
          body: entry.body ?? '',
          url: '',
          occurredAt: new Date(now - entry.daysAgo * 86_400_000).toISOString()
        })
      }
    }
  })()
  return { added: samplePeople.length }
}
