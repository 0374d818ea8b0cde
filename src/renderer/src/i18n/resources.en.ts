/** Giving value: the library of things worth sharing (English). */
export const resourcesEn = {
  title: 'Worth sharing',
  intro: 'Articles, tools and events you would pass on. Engawa finds the people whose interests, expertise or challenges they fit.',
  empty: 'Nothing here yet. The next time you read something good, keep it here.',
  new: 'Add something worth sharing',
  fieldTitle: 'Title',
  fieldUrl: 'Link (https)',
  fieldWhy: 'Why it is useful',
  fieldTags: 'Tags and topics',
  fieldTagsHint: 'Separated by commas; matched against people’s interests, expertise and challenges.',
  add: 'Add',
  whoFits: 'Who it fits',
  noMatches: 'No one else it fits yet.',
  share: 'Share',
  sharedWith_one: 'Sent to {{count, number}} person',
  sharedWith_other: 'Sent to {{count, number}} people',
  sharedWithThem: 'Shared with them',
  sharedWithMe: 'They shared with me',
  sharedBothWays: 'Shared'
}
