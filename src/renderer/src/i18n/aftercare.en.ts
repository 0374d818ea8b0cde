/** Aftercare: signatures, keep in touch, milestones (English). */
export const aftercareEn = {
  settings: {
    title: 'Drafts and keeping in touch',
    hint: 'Every draft Engawa writes for you ends with your signature in its language, or with your name.',
    userName: 'Your name',
    signatureJa: 'Signature for Japanese messages',
    signatureEn: 'Signature for English messages'
  }
}
