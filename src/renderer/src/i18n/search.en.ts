/** The search palette: everything from one key, and a few commands (English). */
export const searchEn = {
  open: 'Search',
  shortcut: 'Ctrl K',
  shortcutMac: '⌘ K',
  title: 'Search everything',
  placeholder: 'A name, a word from a note, or a command',
  pickPerson: 'Type a name',
  results: 'Results',
  noMatch: 'Nothing matches “{{text}}”.',
  count_one: '{{count, number}} result',
  count_other: '{{count, number}} results',
  help: '↑ ↓ to move, Enter to open, Esc to close',
  groups: {
    command: 'Commands',
    person: 'People',
    interaction: 'Notes',
    meeting: 'One-on-ones',
    topic: 'My topics',
    event: 'Events',
    resource: 'Worth sharing',
    community: 'Communities',
    work: 'My work'
  },
  commands: {
    addPerson: 'Add a person',
    planMeeting: 'Plan a one-on-one with…',
    prepareEvent: 'Prepare for an event',
    logTouchpoint: 'Log a touchpoint with…',
    export: 'Export your data'
  },
  asking: {
    planMeeting: 'Plan a one-on-one with whom?',
    logTouchpoint: 'Log a touchpoint with whom?'
  },
  places: {
    purpose: 'Purpose',
    questions: 'Questions',
    caresAbout: 'What they care about',
    theirChallenges: 'Their challenges',
    sharedInterests: 'Shared interests',
    helpEachOther: 'How we can help each other',
    myPromises: 'What I promised',
    theirPromises: 'What they promised',
    freeNotes: 'Notes'
  },
  failed: 'Search did not answer. Try again.'
}
