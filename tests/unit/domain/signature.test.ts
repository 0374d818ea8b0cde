import { describe, expect, it } from 'vitest'
import { noSigner, signDraft } from '../../../src/shared/domain/drafts'

const signer = { userName: 'Taro Yamada', signatures: { ja: '山田 太郎\nExample株式会社', en: '' } }

describe('signDraft', () => {
  it('ends a Japanese draft with the Japanese signature after a blank line', () => {
    expect(signDraft('田中さん\n\nよろしくお願いいたします。', 'ja', signer)).toBe('田中さん\n\nよろしくお願いいたします。\n\n山田 太郎\nExample株式会社')
  })

  it('falls back to the name, on the line after an English sign-off', () => {
    expect(signDraft('Hi Alex,\n\nThanks,', 'en', signer)).toBe('Hi Alex,\n\nThanks,\nTaro Yamada')
  })

  it('leaves the draft alone without a name or signature, and never signs twice', () => {
    expect(signDraft('Thanks,', 'en', noSigner)).toBe('Thanks,')
    const once = signDraft('Thanks,', 'en', signer)
    expect(signDraft(once, 'en', signer)).toBe(once)
  })
})
