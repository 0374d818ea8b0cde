import type { resourcesEn } from './resources.en'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

/** 価値を届ける：シェアしたいものの一覧。 */
export const resourcesJa: Omit<Widen<typeof resourcesEn>, `${string}_one`> = {
  title: 'シェアしたいもの',
  intro: '誰かに届けたい記事やツール、イベント。関心や得意分野、いまの課題に合う方を Engawa が探します。',
  empty: 'まだありません。次に良いものに出会ったら、ここに残しておきましょう。',
  new: 'シェアしたいものを追加',
  fieldTitle: 'タイトル',
  fieldUrl: 'リンク（https）',
  fieldWhy: '役に立つ理由',
  fieldTags: 'タグ・トピック',
  fieldTagsHint: 'カンマ区切り。相手の関心・得意分野・課題と照らし合わせます。',
  add: '追加する',
  whoFits: '合いそうな人',
  noMatches: 'ほかに合いそうな方はまだいません。',
  share: 'シェアする',
  sharedWith_other: '{{count, number}}人に送信済み',
  sharedWithThem: 'この方にシェアしたもの',
  sharedWithMe: 'この方からシェアしてもらったもの',
  sharedBothWays: 'シェア'
}
