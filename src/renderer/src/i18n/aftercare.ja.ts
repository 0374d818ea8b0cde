import type { aftercareEn } from './aftercare.en'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

/** アフターケア：署名、連絡のきっかけ、節目のお祝い。 */
export const aftercareJa: Omit<Widen<typeof aftercareEn>, `${string}_one`> = {
  yearUnknown: '年はわからない',
  reconnectOn: '間があいたころに、連絡のきっかけをお知らせします。',
  reconnectSnoozed: '{{date}}まで、連絡のきっかけをお休みしています。',
  reconnectOff: 'この方には、連絡のきっかけをお知らせしません。',
  resume: 'また知らせる',
  snoozeMonth: '1か月お休み',
  snoozeUntil: 'お休みする期限',
  snoozeTo: 'この日までお休み',
  turnOff: '知らせない',
  overflow_other: 'ほかに{{count, number}}人、数日に分けてお知らせします',
  updateProfile: '{{name}}のプロフィールを新しい所属に更新する',
  greetings: '季節のあいさつ',
  greetingsHint: 'ふだんは、お会いしたことのある日本語の方に送ります。',
  greetingsDefault: 'いつもどおり',
  greetingsOn: '送る',
  greetingsOff: '送らない',
  postalAddress: '住所',
  postalAddressHint: 'はがきの宛名ラベルを印刷するときだけ使います。',
  settings: {
    title: '下書きと連絡のきっかけ',
    hint: 'Engawa が用意する下書きの最後には、その言語の署名（なければお名前）が入ります。',
    userName: 'あなたのお名前',
    signatureJa: '日本語のメッセージの署名',
    signatureEn: '英語のメッセージの署名',
    perDay: '1日にお知らせする連絡のきっかけ',
    perDayHint: 'それより多い日は、次の日以降に分けてお知らせします。',
    perDayNone: 'なし'
  }
}
