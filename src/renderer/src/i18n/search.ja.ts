import type { searchEn } from './search.en'

/** 検索パレット：ひとつのキーからすべてを探し、いくつかの操作も（日本語）。 */
export const searchJa: typeof searchEn = {
  open: '検索',
  shortcut: 'Ctrl K',
  shortcutMac: '⌘ K',
  title: 'すべてを検索',
  placeholder: '名前、メモの言葉、または操作',
  pickPerson: '名前を入力',
  results: '検索結果',
  noMatch: '「{{text}}」に一致するものはありません。',
  count_one: '{{count, number}} 件',
  count_other: '{{count, number}} 件',
  help: '↑ ↓ で移動、Enter で開く、Esc で閉じる',
  groups: {
    command: '操作',
    person: '人',
    interaction: 'メモ',
    meeting: '1on1',
    topic: 'わたしの話題',
    event: 'イベント',
    resource: 'シェアしたいもの',
    community: 'コミュニティ',
    work: '自分の発信'
  },
  commands: {
    addPerson: '人を追加',
    planMeeting: '1on1 を計画する相手…',
    prepareEvent: 'イベントの準備をする',
    logTouchpoint: '接点を記録する相手…',
    export: 'データを書き出す'
  },
  asking: {
    planMeeting: '誰との 1on1 を計画しますか？',
    logTouchpoint: '誰との接点を記録しますか？'
  },
  places: {
    purpose: '目的',
    questions: '質問',
    caresAbout: '大切にしていること',
    theirChallenges: '相手の課題',
    sharedInterests: '共通の関心',
    helpEachOther: 'お互いに助け合えること',
    myPromises: '自分が約束したこと',
    theirPromises: '相手が約束したこと',
    freeNotes: 'メモ'
  },
  failed: '検索が応答しませんでした。もう一度お試しください。'
}
