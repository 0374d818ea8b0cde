import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { candidateKeys, matchAttendee, nameKey, parseAttendeeNames, type MatchCandidate } from '../../../src/shared/domain/attendees'

describe('parsing pasted attendee names', () => {
  it.each([
    ['one per line', '田中 太郎\nYuki Sato\n\n  Alex Kim  ', ['田中 太郎', 'Yuki Sato', 'Alex Kim']],
    ['Windows line ends', '田中 太郎\r\nAlex Kim\r\n', ['田中 太郎', 'Alex Kim']],
    ['commas of every width', 'Alex Kim, Yuki Sato，田中 太郎、鈴木 花子', ['Alex Kim', 'Yuki Sato', '田中 太郎', '鈴木 花子']],
    ['tabs', '田中 太郎\t鈴木 花子', ['田中 太郎', '鈴木 花子']],
    ['a numbered table row keeps only the name', '1\tTaro Tanaka\tEngineer\n2\t鈴木 花子\tSRE', ['Taro Tanaka', '鈴木 花子']],
    ['a numbered row whose first cell is a handle', '3\t@tanaka\t田中 太郎\tAcme', ['田中 太郎']],
    ['a connpass copy', '参加者一覧（42人）\n田中 太郎\n@tanaka\nYuki Sato\n@yuki_s\n', ['田中 太郎', 'Yuki Sato']],
    ['connpass groups and capacity', '一般枠（抽選）\n42/50\n定員 50人\n田中 太郎\nLT枠\n@田中\n鈴木 花子 (@hanako)', ['田中 太郎', '鈴木 花子']],
    ['a Meetup copy', 'Attendees (12)\nSee all\nAlex Kim\nOrganizer\nYuki Sato\nMember\n12 going', ['Alex Kim', 'Yuki Sato']],
    ['honorifics', '田中さん\n鈴木 花子 様\n山本氏\n佐藤　さん', ['田中', '鈴木 花子', '山本', '佐藤']],
    ['a name that is only an honorific is kept', 'さん', ['さん']],
    ['bullets and numbering', '- Alex Kim\n* Yuki Sato\n・田中 太郎\n• 鈴木 花子\n1. 山本 一郎\n2) 伊藤 二郎\n(3) 加藤 三郎\n①中村 四郎', [
      'Alex Kim', 'Yuki Sato', '田中 太郎', '鈴木 花子', '山本 一郎', '伊藤 二郎', '加藤 三郎', '中村 四郎'
    ]],
    ['a leading or trailing handle', '@tanaka 田中 太郎\nYuki Sato (@yuki_s)\nAlex Kim @alexk', ['田中 太郎', 'Yuki Sato', 'Alex Kim']],
    ['full-width letters and the ideographic space', 'Ａｌｅｘ　Ｋｉｍ\nﾀﾅｶ ﾀﾛｳ', ['Alex Kim', 'タナカ タロウ']],
    ['duplicates after normalising', 'Alex Kim\nalex kim\nＡＬＥＸ　ＫＩＭ\nAlexKim\n田中太郎\n田中 太郎さん', ['Alex Kim', '田中太郎']],
    ['numbers, URLs and e-mail addresses', '42\nhttps://connpass.com/user/tanaka/\nalex@example.com\n---\n田中 太郎', ['田中 太郎']],
    ['a long comment line', `田中 太郎\n${'よろしくお願いします。'.repeat(8)}`, ['田中 太郎']],
    ['nothing', '', []],
    ['only blanks and separators', ' \n\t, 、\n', []]
  ])('%s', async (_label, text, expected) => {
    expect(parseAttendeeNames(text)).toEqual(expected)
  })

  it('keeps at most 200 names, the first ones', async () => {
    const text = Array.from({ length: 250 }, (_, i) => `Person ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`).join('\n')
    const names = parseAttendeeNames(text)
    expect(names).toHaveLength(200)
    expect(names[0]).toBe('Person A0')
  })

  it('never throws and returns at most 200 unique non-empty names', async () => {
    const pasteChars = fc.constantFrom('田', '中', 'タ', 'ﾀ', 'a', 'B', 'Ａ', ' ', '　', '\n', '\t', ',', '、', '，', '@', '-', '1', '様', 'さ', 'ん', '氏', '(', ')', '・')
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: pasteChars, maxLength: 3000 }), fc.string({ maxLength: 500 })), (text) => {
        const names = parseAttendeeNames(text)
        expect(names.length).toBeLessThanOrEqual(200)
        expect(names.every((name) => name.trim() !== '' && name === name.trim())).toBe(true)
        expect(new Set(names.map(nameKey)).size).toBe(names.length)
      })
    )
  })
})

const person = (id: string, familyName: string, givenName: string, familyNameKana = '', givenNameKana = ''): MatchCandidate => ({
  id,
  familyName,
  givenName,
  familyNameKana,
  givenNameKana,
  nameOrder: 'auto'
})

const people = [
  person('tanaka', '田中', '太郎', 'たなか', 'たろう'),
  person('alex', 'Kim', 'Alex'),
  person('sato', 'Sato', 'Yuki', 'サトウ', 'ユキ'),
  person('tanaka2', '田中', '太郎', 'たなか', 'たろう'),
  person('smith', 'スミス', 'ジョン'),
  person('mononym', '', 'Kenji')
]

describe('matching attendees against People', () => {
  it.each([
    ['family name first with a space', '田中 太郎', ['tanaka', 'tanaka2']],
    ['without a space', '田中太郎', ['tanaka', 'tanaka2']],
    ['with the ideographic space', '田中　太郎', ['tanaka', 'tanaka2']],
    ['given name first', '太郎 田中', ['tanaka', 'tanaka2']],
    ['by the reading in hiragana', 'たなか たろう', ['tanaka', 'tanaka2']],
    ['by the reading in katakana, half-width', 'ﾀﾛｳ ﾀﾅｶ', ['tanaka', 'tanaka2']],
    ['by a reading stored in katakana', 'さとう ゆき', ['sato']],
    ['an English name in either order', 'Kim Alex', ['alex']],
    ['case and width', 'ＡＬＥＸ ＫＩＭ', ['alex']],
    ['a romanised name against a Latin record', 'yuki sato', ['sato']],
    ['a katakana name with the middle dot', 'ジョン・スミス', ['smith']],
    ['a person with one name', 'kenji', ['mononym']],
    ['only the family name: no fuzzy match', '田中', []],
    ['a near miss: no fuzzy match', 'Alex Kimm', []],
    ['nothing', '  ', []]
  ])('%s', async (_label, name, expected) => {
    expect(matchAttendee(name, people)).toEqual(expected)
  })

  it('builds the same keys an index needs', async () => {
    expect(candidateKeys(people[0]!)).toEqual(['田中太郎', '太郎田中', 'たなかたろう', 'たろうたなか'])
    expect(candidateKeys(people[5]!)).toEqual(['kenji'])
    expect(candidateKeys(person('none', '', ''))).toEqual([])
    expect(nameKey('Ｔａｒｏ　ＴＡＮＡＫＡ')).toBe('tarotanaka')
    expect(nameKey('タナカ ﾀﾛｳ')).toBe('たなかたろう')
  })

  it('matches every parsed name the way the index would', async () => {
    const parsed = parseAttendeeNames('1\t田中　太郎さん\tSRE\n@alexk Alex Kim\nﾕｷ ｻﾄｳ')
    expect(parsed.map((name) => matchAttendee(name, people))).toEqual([['tanaka', 'tanaka2'], ['alex'], ['sato']])
  })
})
