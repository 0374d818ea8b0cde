import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { goalExamples, goalHint, maxGoals } from '../../../src/shared/domain/goals'

// [goal, only a count?]
const table: [string, boolean][] = [
  // Japanese, only a count
  ['名刺を20枚集める', true],
  ['10人と話す', true],
  ['5人以上と名刺交換', true],
  ['５人以上と名刺交換', true],
  ['三人と話す', true],
  ['二十人と名刺交換する', true],
  ['名刺を１０枚配る', true],
  ['ブースを5つ回る', true],
  ['セッションに3つ出る', true],
  ['できるだけ多くの人と話す', true],
  ['知り合いを3人作る', true],
  ['LinkedInで10人とつながる', true],
  ['数人と連絡先を交換する', true],
  ['ふたりと話す', true],
  ['10名の方と名刺交換', true],
  ['3社のブースを回る', true],
  ['名刺をたくさん集める', true],
  ['参加者10人の名前を聞く', true],
  ['10人くらいに話しかける', true],
  // Japanese, qualitative (some with numbers)
  ['Kubernetesの運用について1人と15分じっくり話す', false],
  ['登壇者2人に、障害対応の振り返りをどうしているか聞く', false],
  ['オンコールの負担について情報交換する', false],
  ['SREの人に監視の設計を相談する', false],
  ['Rustを導入した理由を1人から聞く', false],
  ['テスト自動化の事例を2つ学ぶ', false],
  ['発表者に質問を1つする', false],
  ['懇親会で、同じ課題を持つ人と意見交換する', false],
  ['データ基盤について3人の話を聞く', false],
  ['オンコールの話を10人とする', false],
  ['一人で参加する', false],
  ['20時には帰る', false],
  ['勉強会の雰囲気を知る', false],
  // English, only a count
  ['talk to 5 people', true],
  ['Talk to 3 SREs', true],
  ['meet one new person', true],
  ['Collect 20 business cards', true],
  ['meet ten new people', true],
  ['Get 3 LinkedIn connections', true],
  ['talk to at least a dozen people', true],
  ['Talk to about 10 people', true],
  ['visit 8 booths', true],
  ['attend four talks', true],
  ['network with as many people as possible', true],
  ['Ask 5 people for their LinkedIn', true],
  ['have 5 conversations', true],
  ['Meet 15+ attendees', true],
  ['talk to twenty-five people', true],
  ['collect business cards', true],
  ['say hi to everyone at the meetup', true],
  ['Talk to 5 people about anything', true],
  ['see how many people I can talk to', true],
  ['exchange contact details with several people', true],
  ['ＴＡＬＫ ＴＯ ５ ＰＥＯＰＬＥ', true],
  // English, qualitative (some with numbers)
  ['discuss on-call load for 15 minutes with one SRE', false],
  ['ask two speakers how they handle incident reviews', false],
  ['Learn how one team migrated to Kubernetes', false],
  ['have 1 deep conversation about platform engineering', false],
  ['attend 2 talks on eBPF', false],
  ['Understand why people choose Nix', false],
  ['get feedback on my talk proposal from 2 people', false],
  ['Find one person to compare notes with on Rust adoption', false],
  ['exchange ideas about testing with three developers', false],
  ['ask a maintainer about their release process', false],
  // Depth is substance too: the hint stays quiet rather than nag about a number.
  ['have 3 meaningful conversations', false],
  ['enjoy the talks', false],
  ['Leave by 20:30', false],
  ['Spend 30 minutes at the hallway track talking about observability', false],
  ['', false],
  ['   ', false]
]

describe('goal hints', () => {
  it('has a table of at least 20 Japanese and 20 English goals of both kinds', async () => {
    const japanese = table.filter(([goal]) => /[\u3040-\u30ff\u4e00-\u9fff]/u.test(goal))
    expect(japanese.length).toBeGreaterThanOrEqual(20)
    expect(table.length - japanese.length).toBeGreaterThanOrEqual(20)
    expect(new Set(japanese.map(([, count]) => count)).size).toBe(2)
  })

  it.each(table)('%s → only a count: %s', async (goal, countOnly) => {
    expect(goalHint(goal, 'en')?.kind ?? null).toBe(countOnly ? 'count_only' : null)
    expect(goalHint(goal, 'ja')?.kind ?? null).toBe(countOnly ? 'count_only' : null)
  })

  it('suggests a rewrite in the language asked for, fitting what was counted', async () => {
    expect(goalHint('10人と話す', 'ja')?.suggestion).toMatch(/^数ではなく、/)
    expect(goalHint('10人と話す', 'en')?.suggestion).toMatch(/^Instead of a count: have one real conversation/)
    expect(goalHint('collect 20 business cards', 'ja')?.suggestion).toMatch(/^名刺や連絡先の数より/)
    expect(goalHint('名刺を20枚集める', 'en')?.suggestion).toMatch(/^Instead of collecting contacts/)
    expect(goalHint('visit 8 booths', 'en')?.suggestion).toMatch(/one talk or booth/)
  })

  it('gives examples that it would not flag, and whose own rewrites it would not flag', async () => {
    for (const language of ['ja', 'en'] as const) {
      expect(goalExamples[language].length).toBeGreaterThanOrEqual(4)
      expect(goalExamples[language].length).toBeLessThanOrEqual(6)
      for (const example of goalExamples[language]) expect(goalHint(example, language)).toBeNull()
      for (const goal of ['10人と話す', 'collect 20 business cards', 'visit 8 booths']) {
        const example = /[“「](.+)[”」]/u.exec(goalHint(goal, language)?.suggestion ?? '')?.[1] ?? ''
        expect(example).not.toBe('')
        expect(goalHint(example, language)).toBeNull()
      }
    }
    expect(maxGoals).toBe(3)
  })

  it('never throws and always answers the same', async () => {
    const goalChars = fc.constantFrom('5', '５', '十', '人', '枚', '名刺', 'people', ' talk to ', 'about', 'について', 'ten', 'a dozen', '　', '\n', 'ひとり', '?', '\\', '(')
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: goalChars, maxLength: 40 })), fc.constantFrom('ja', 'en' as const), (goal, language) => {
        const hint = goalHint(goal, language)
        expect(goalHint(goal, language)).toEqual(hint)
        if (hint) expect(hint.suggestion.length).toBeGreaterThan(0)
      })
    )
  })
})
