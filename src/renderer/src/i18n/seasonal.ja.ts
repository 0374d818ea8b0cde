import type { seasonalEn } from './seasonal.en'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

/** 季節のあいさつ：ホームの一行と、季節ごとの一覧。 */
export const seasonalJa: Omit<Widen<typeof seasonalEn>, `${string}_one`> = {
  kinds: {
    nenshi: '年始のご挨拶',
    kanchu: '寒中見舞い',
    shochu: '暑中見舞い',
    zansho: '残暑見舞い',
    year_end_en: '英語の年末のあいさつ',
    nengajo: '年賀状'
  },
  why: {
    nenshi: '松の内に、お仕事でご縁のある方へ短いご挨拶を。',
    kanchu: '喪中の方へ、年賀状の代わりに。節分までに届くように。',
    shochu: '小暑から立秋の前日まで。暑さの盛りに一枚。',
    zansho: '立秋から8月末まで。暑中見舞いを送っていない方へ。',
    year_end_en: '年末の休みに入る前に、一年のお礼を短く。',
    nengajo: '12月25日ごろまでに投函すると、元日に届きます。'
  },
  todayLine_other: '{{season}}の季節です：{{count, number}}人',
  window: '{{from}}〜{{to}}',
  markAll_other: '{{count, number}}人分をまとめて送信済みにする',
  markSent: '送信済みにする',
  sent: '送信済み',
  dismissed: '見送り',
  showDraft: '下書き',
  csv: '名前と住所をダウンロード（CSV）',
  empty: 'この季節にあいさつする方はいません。送るかどうかは、各プロフィールの設定に従います。'
}
