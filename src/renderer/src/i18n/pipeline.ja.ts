import type { pipelineEn } from './pipeline.en'

type Strings = { [K in keyof typeof pipelineEn as K extends `${string}_one` ? never : K]: string }

/** 知ってから続く関係までの道のり。 */
export const pipelineJa: Strings = {
  title: '道のり',
  why: '知ったところから、続いていく関係まで。フォローや対面、連絡を続けるうちに段階は自然に進みます。自分で動かしたいときは動かせます。',
  keys: '矢印キーで移動・Shift+← / Shift+→ で段階を一つ動かす・Enter で開く',
  noContact: 'まだ連絡なし',
  more_other: 'ほか {{count, number}} 人は「人」の一覧に'
}
