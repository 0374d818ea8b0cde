import { salutationName } from './drafts'
import type { NameParts } from './names'
import type { SeasonalKind } from './seasonal'

/** 令和 years for the date line of a Japanese card (2019 is 令和元年). */
export function reiwaYear(year: number): string {
  const n = year - 2018
  return n === 1 ? '令和元年' : `令和${n}年`
}

/**
 * A seasonal greeting in the letter conventions of its season. Cards (暑中・残暑・寒中見舞い,
 * 年賀状) open with the season's set phrase and close with the season's date line; the New Year
 * message in 松の内 is an email and starts with the name; English stays short. Unsigned.
 */
export function seasonalDraft(kind: SeasonalKind, year: number, person: NameParts, mourning = false): string {
  const ja = salutationName(person, 'ja')
  switch (kind) {
    case 'shochu':
      return `暑中お見舞い申し上げます\n\n厳しい暑さが続いておりますが、${ja}にはお変わりなくお過ごしでしょうか。\n暑さ厳しき折、どうぞご自愛ください。\n\n${reiwaYear(year)} 盛夏`
    case 'zansho':
      return `残暑お見舞い申し上げます\n\n立秋とは名ばかりの暑さが続いておりますが、${ja}にはお元気でお過ごしでしょうか。\n季節の変わり目、どうぞお身体を大切になさってください。\n\n${reiwaYear(year)} 晩夏`
    case 'kanchu':
      return mourning
        ? `寒中お見舞い申し上げます\n\nご服喪中と伺い、年始のご挨拶は控えさせていただきました。\n寒さ厳しき折、${ja}もどうぞご自愛ください。\n\n${reiwaYear(year)} 一月`
        : `寒中お見舞い申し上げます\n\n厳しい寒さが続いておりますが、${ja}にはお変わりなくお過ごしでしょうか。\n寒さ厳しき折、どうぞご自愛ください。\n\n${reiwaYear(year)} 一月`
    case 'nengajo':
      return `謹んで新年のお慶びを申し上げます\n\n旧年中は大変お世話になりました。\n本年もどうぞよろしくお願い申し上げます。\n\n${reiwaYear(year + 1)} 元旦`
    case 'nenshi':
      return `${ja}\n\nあけましておめでとうございます。\n旧年中は大変お世話になりました。\n本年もどうぞよろしくお願いいたします。`
    case 'year_end_en':
      return `Hi ${salutationName(person, 'en')},\n\nAs the year winds down, thank you for our conversations this year. Wishing you a restful break and a good start to ${year + 1}.\n\nBest,`
  }
}

/** A season's name as a follow-up's title, in the greeting's language. */
export const seasonTitles: Record<SeasonalKind, string> = {
  nenshi: '年始のご挨拶',
  kanchu: '寒中見舞い',
  shochu: '暑中見舞い',
  zansho: '残暑見舞い',
  nengajo: '年賀状',
  year_end_en: 'Year-end greetings'
}
