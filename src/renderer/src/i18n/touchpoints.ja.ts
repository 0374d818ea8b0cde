import type { touchpointsEn } from './touchpoints.en'

/** タッチポイントとパイプライン。 */
export const touchpointsJa: { [K in keyof typeof touchpointsEn]: string } = {
  open: 'タッチポイントを記録',
  pickKind: '何がありましたか？文字キーか、下から選んでください。',
  kindChosen: '種類',
  link: 'リンク（https、任意）',
  note: 'ひとこと（任意）',
  save: '記録する',
  keysHint: 'Enter で保存・Esc で閉じる',
  logged: '記録しました：{{kind}}'
}
