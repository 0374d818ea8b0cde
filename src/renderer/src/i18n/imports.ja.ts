import type { importsEn } from './imports.en'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

/** 連絡先の取り込み：ファイル選び、プレビュー、取り込みと取り消し。 */
export const importsJa: Omit<Widen<typeof importsEn>, `${string}_one`> = {
  title: '連絡先の取り込み',
  entry: '連絡先を取り込む…',
  hint: 'LinkedIn のつながり（Connections.csv）、Google コンタクトの CSV、スマートフォンの連絡先（.vcf）を取り込めます。書き込む前にすべての行を確かめられ、取り込みはまとめて取り消せます。',
  choose: 'ファイルを選ぶ…',
  chooseAnother: '別のファイルを選ぶ',
  formats: 'LinkedIn の Connections.csv、Google コンタクトの CSV、vCard（.vcf）。UTF-8 または Shift_JIS、50 MB まで。',
  reading: 'ファイルを読んでいます…',
  matching: 'すでにいる人と照らし合わせています…',
  format: { linkedin: 'LinkedIn のつながり', google: 'Google コンタクト', vcard: 'vCard' },
  summary_other: '{{count, number}} 行',
  countNew: '新しい人 {{count, number}}',
  countDuplicates: '重複かもしれない行 {{count, number}}',
  countProblems: '気になる点のある行 {{count, number}}',
  show: '表示',
  filter: { all: 'すべての行', duplicates: '重複かもしれない行', problems: '気になる点のある行' },
  columns: { row: '行', person: '名前', work: '仕事', contact: 'メール・プロフィール', notes: 'メモ', action: '扱い' },
  noName: '（名前なし）',
  action: { create: '新しく追加', skip: '取り込まない', merge: '{{name}} さんに補う', leftOut: '取り込めません' },
  actionFor: '{{row}} 行目の扱い',
  sameAsRow: '{{row}} 行目と同じ',
  likeRow: '{{row}} 行目と似ています',
  matches: {
    email: '{{name}} さんとメールが同じ',
    link: '{{name}} さんとプロフィールが同じ',
    name: '{{name}} さんと名前が同じ'
  },
  problem: {
    no_name: '名前がありません',
    unreadable_card: 'カードを読めません',
    unclosed_card: 'カードの終わりがありません',
    bad_date: '読めない日付がありました',
    yearless_date: '年のない日付はメモに残しました',
    bad_email: 'メールアドレスは取り込みません',
    bad_link: '取り込まないリンクがあります',
    too_long: '長い値を短くしました'
  },
  connectedOn: '{{date}} につながり',
  page: '{{total, number}} 行中 {{from, number}}〜{{to, number}} 行',
  previous: '前へ',
  next: '次へ',
  nothingToShow: '該当する行はありません。',
  commit_other: '{{count, number}} 人を取り込む',
  mergeNote: '補うのは空いている項目だけです。書いてある内容は置き換えません。',
  progressLabel: '取り込み中',
  writing: '{{total, number}} 行中 {{done, number}} 行',
  starting: '始めています…',
  done: '取り込みました。追加 {{created, number}} 人、補った人 {{merged, number}} 人、取り込まなかった行 {{skipped, number}}。',
  seePeople: '人の一覧へ',
  undo: 'この取り込みを取り消す',
  undone: '取り込みを取り消しました。追加した人はごみ箱に移し、補った項目は元に戻しました。',
  cancelled: '取り込みを中止しました。何も書き込んでいません。',
  lastImport: '前回の取り込み：{{file}}（{{date}}）',
  lastImportUndone: '取り消し済み',
  refused: {
    unreadable: 'このファイルは読めません。',
    too_large: 'このファイルは 50 MB を超えています。',
    not_text: 'このファイルは UTF-8 や Shift_JIS の文字のファイルではありません。',
    unknown_format: 'LinkedIn、Google コンタクト、vCard のどのファイルでもないようです。',
    malformed: 'ファイルが壊れているようです。引用符やカードが閉じていません。',
    empty: 'このファイルには連絡先がありません。'
  },
  nothingWritten: '何も書き込んでいません。'
}
