/** Aftercare: signatures, keep in touch, milestones (English). */
export const aftercareEn = {
  yearUnknown: 'Year not known',
  reconnectOn: 'Engawa suggests getting back in touch when the time comes.',
  reconnectSnoozed: 'Reconnect suggestions paused until {{date}}.',
  reconnectOff: 'No reconnect suggestions for this person.',
  resume: 'Suggest again',
  snoozeMonth: 'Pause for a month',
  snoozeUntil: 'Pause until',
  snoozeTo: 'Pause until then',
  turnOff: 'Turn off',
  overflow_one: '{{count, number}} more to get back in touch with, spread over the next days',
  overflow_other: '{{count, number}} more to get back in touch with, spread over the next days',
  updateProfile: 'Update {{name}}’s profile with the new role',
  greetings: 'Seasonal greetings',
  greetingsHint: 'By default: for people you have met who write in Japanese.',
  greetingsDefault: 'As usual',
  greetingsOn: 'Send',
  greetingsOff: 'Do not send',
  postalAddress: 'Postal address',
  postalAddressHint: 'Only for printing greeting-card labels.',
  settings: {
    title: 'Drafts and keeping in touch',
    hint: 'Every draft Engawa writes for you ends with your signature in its language, or with your name.',
    userName: 'Your name',
    signatureJa: 'Signature for Japanese messages',
    signatureEn: 'Signature for English messages',
    perDay: 'Reconnect suggestions a day',
    perDayHint: 'When more people are due, they are spread over the following days.',
    perDayNone: 'None'
  }
}
