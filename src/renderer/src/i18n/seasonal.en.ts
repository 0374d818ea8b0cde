/** Seasonal greetings: Today's line and a season's list (English). */
export const seasonalEn = {
  kinds: {
    nenshi: 'New Year greetings (年始)',
    kanchu: 'Mid-winter greetings (寒中見舞い)',
    shochu: 'Summer greetings (暑中見舞い)',
    zansho: 'Late-summer greetings (残暑見舞い)',
    year_end_en: 'Year-end greetings',
    nengajo: 'New Year cards (年賀状)'
  },
  why: {
    nenshi: 'A short New Year message during 松の内, for people you work with.',
    kanchu: 'For people in mourning this New Year, in place of a New Year card; sent until 節分.',
    shochu: 'A card in the hottest weeks, from 小暑 until the day before 立秋.',
    zansho: 'From 立秋 until the end of August, for anyone who did not get a summer card.',
    year_end_en: 'A short thank-you for the year, before people leave for the holidays.',
    nengajo: 'Post by about 25 December and the cards arrive on New Year’s Day.'
  },
  todayLine_one: 'Season for {{season}}: {{count, number}} person',
  todayLine_other: 'Season for {{season}}: {{count, number}} people',
  window: '{{from}} to {{to}}',
  markAll_one: 'Mark {{count, number}} as sent',
  markAll_other: 'Mark all {{count, number}} as sent',
  markSent: 'Mark sent',
  sent: 'Sent',
  dismissed: 'Set aside',
  showDraft: 'Draft',
  csv: 'Download names and addresses (CSV)',
  empty: 'No one to greet this season. Greetings follow each person’s profile setting.'
}
