import type { aftercareEn } from './aftercare.en'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

/** アフターケア：署名、連絡のきっかけ、節目のお祝い。 */
export const aftercareJa: Omit<Widen<typeof aftercareEn>, `${string}_one`> = {
  settings: {
    title: '下書きと連絡のきっかけ',
    hint: 'Engawa が用意する下書きの最後には、その言語の署名（なければお名前）が入ります。',
    userName: 'あなたのお名前',
    signatureJa: '日本語のメッセージの署名',
    signatureEn: '英語のメッセージの署名'
  }
}
