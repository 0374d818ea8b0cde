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
  fieldTags: 'タグ',
  fieldTagsHint: 'カンマ区切り。相手の関心・得意分野・課題と照らし合わせます。',
  fieldTopics: '自分の話題から選ぶ',
  fieldTopicsHint: '話題のタイトルも、相手の言葉と照らし合わせます。',
  noTopics: '話題はまだありません。',
  openTopics: '「自分の話題」で追加する',
  aboutTopics: '話題：{{topics}}',
  add: '追加する',
  editNamed: '「{{title}}」を編集',
  delete: '削除',
  deleteNamed: '「{{title}}」を削除',
  trashed: '「{{title}}」をゴミ箱に移しました。',
  undo: '元に戻す',
  restore: '元に戻す',
  deletedOn: '{{date}} に削除',
  show: '表示',
  showLibrary: '一覧',
  showDeleted_other: '削除済み（{{count, number}}）',
  deletedIntro: '削除したものは、ゴミ箱を空にするまでここに残ります。シェアした記録は相手のプロフィールに残ります。',
  noneDeleted: '削除したものはありません。',
  whoFits: '合いそうな人',
  noMatches: 'ほかに合いそうな方はまだいません。',
  share: 'シェアする',
  sharedWith_other: '{{count, number}}人に送信済み',
  sharedWithThem: 'この方にシェアしたもの',
  sharedWithMe: 'この方からシェアしてもらったもの',
  sharedBothWays: 'シェア'
}
