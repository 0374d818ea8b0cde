import type { SampleSet } from './types'

/**
 * The English sample: someone met for the first time over coffee today after she replied to an
 * article, a planned one-on-one this week, a conversation started online, a speaker noticed at a
 * talk, and a former teammate it is time to write to. Notes are the user's own shorthand; the
 * thank-you around them comes from the app's template, so they are phrases that read well quoted.
 */
export const enSample: SampleSet = {
  topics: [
    {
      kind: 'expertise',
      title: 'Making on-call load visible',
      body: 'A weekly look at who gets paged and how often, with PagerDuty and Grafana.'
    },
    {
      kind: 'question',
      title: 'How do you run design reviews in a small team?',
      body: 'I want to try this with my team and am curious how others do it.'
    }
  ],
  people: [
    {
      key: 'priya',
      givenName: 'Priya',
      familyName: 'Raman',
      headline: 'Staff Engineer',
      company: 'Lumen Data',
      expertise: ['Distributed systems', 'Rust'],
      interests: ['Open source maintainership', 'Mentoring'],
      challenges: ['Growing a team of new graduates'],
      metHow: 'She replied to my article on blameless postmortems',
      metWhere: 'Online',
      stage: 'meeting_proposed',
      cadenceDays: 60,
      preferredLanguage: 'en',
      preferredChannel: 'email',
      email: 'priya@example.com',
      tags: ['Rust', 'Mentoring'],
      links: { github: 'https://github.com/example-priya', blog: 'https://priya.example.com' },
      notes: '## Worth remembering\n- Hikes most weekends\n- Runs a **buddy** programme for new hires',
      timeline: [
        { daysAgo: 30, kind: 'online_engaged', summary: 'She replied to my article on blameless postmortems' },
        { daysAgo: 9, kind: 'message', summary: 'Suggested a coffee; she picked today' }
      ]
    },
    {
      key: 'tom',
      givenName: 'Tom',
      familyName: 'Becker',
      headline: 'Engineering Manager',
      company: 'Northwind',
      interests: ['Remote-first teams', 'Cycling'],
      challenges: ['Keeping a distributed team connected'],
      stage: 'meeting_proposed',
      cadenceDays: 90,
      preferredLanguage: 'en',
      tags: ['Management'],
      milestones: [{ kind: 'promotion', daysAgo: 50, note: 'Became Engineering Manager' }],
      timeline: [
        { daysAgo: 21, kind: 'online_commented', summary: 'Commented on his post “Async by default”' },
        { daysAgo: 6, kind: 'message', summary: 'Asked for a one-on-one; he said yes' }
      ]
    },
    {
      key: 'sam',
      givenName: 'Sam',
      familyName: 'Okafor',
      headline: 'Developer Advocate',
      company: 'Open Harbor',
      interests: ['Community building', 'Technical writing'],
      stage: 'engaged_online',
      preferredLanguage: 'en',
      tags: ['DevRel'],
      links: { mastodon: 'https://mastodon.example/@sam' },
      timeline: [
        { daysAgo: 45, kind: 'online_followed', summary: 'Followed him on Mastodon' },
        { daysAgo: 12, kind: 'online_replied', summary: 'Replied in the docs community thread on writing tutorials' }
      ]
    },
    {
      key: 'ana',
      givenName: 'Ana',
      familyName: 'Lima',
      headline: 'Product Designer',
      company: 'Studio Kaze',
      interests: ['Accessibility', 'Typography'],
      stage: 'discovered',
      preferredLanguage: 'en',
      tags: ['Design'],
      notes: 'Her talk “Forms everyone can use” was excellent. I would like to hear more some day.',
      timeline: [{ daysAgo: 3, kind: 'note', summary: 'Read the slides of her talk “Forms everyone can use”' }]
    },
    {
      key: 'jonas',
      givenName: 'Jonas',
      familyName: 'Berg',
      headline: 'Tech Lead',
      company: 'Fjord Systems',
      expertise: ['Go', 'Design reviews'],
      interests: ['Chess', 'Growing engineers'],
      metHow: 'Same team at my previous job; he taught me how to run design reviews',
      metWhere: 'Previous job',
      metDaysAgo: 1500,
      stage: 'ongoing',
      // Every 90 days, and the last call was 100 days ago: time to write.
      cadenceDays: 90,
      preferredLanguage: 'en',
      preferredChannel: 'chat',
      tags: ['Former team'],
      timeline: [
        { daysAgo: 400, kind: 'met_in_person', summary: 'Lunch on my last day at the old job' },
        { daysAgo: 100, kind: 'call', summary: 'Caught up on my new job', body: 'starting design reviews in a new team\nHe suggested one small review a week, with the newest person choosing the topic.' }
      ]
    }
  ],
  held: {
    person: 'priya',
    purpose: 'onboarding new graduates',
    format: 'coffee',
    place: 'The café by her office',
    questions: [
      { text: 'How are you approaching “Growing a team of new graduates” these days?', source: 'challenge' },
      { text: 'What got you interested in mentoring?', source: 'interest' }
    ],
    notes: {
      caresAbout: '- the buddy system for new graduates\n- her hiking trip to the Dolomites',
      theirChallenges: '- new hires wait too long for their first real task',
      sharedInterests: '- keeping open source maintainers from burning out',
      helpEachOther: '- our incident review format could help her team\n- she offered to read my talk proposal',
      myPromises: '- the onboarding checklist we use',
      theirPromises: '- an introduction to the RustConf organisers',
      freeNotes: 'Ask how the buddy pilot went, next time.'
    }
  },
  planned: {
    person: 'tom',
    inDays: 2,
    at: '15:00',
    purpose: 'keeping a remote team close',
    format: 'coffee',
    place: 'The café by the station',
    questions: [
      { text: 'How are you approaching “Keeping a distributed team connected” these days?', source: 'challenge' },
      { text: 'What got you interested in remote-first teams?', source: 'interest' },
      { text: 'How do you run design reviews in a small team?', source: 'topic' }
    ]
  },
  event: {
    name: 'SRE Meetup #42',
    kind: 'meetup',
    inDays: 4,
    at: '19:00',
    hours: 2,
    place: 'Community hall, 3rd floor',
    attendees: ['sam', 'ana'],
    goal: 'hear from one person how they keep incident reviews going'
  }
}
