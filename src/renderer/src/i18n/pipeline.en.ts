/** The path from discovered to ongoing (English). */
export const pipelineEn = {
  title: 'Path',
  why: 'From first noticing someone to an ongoing relationship. Stages move forward by themselves as you follow, meet and keep in touch; move someone yourself when you know better.',
  keys: 'Arrows move between people · Shift+← / Shift+→ moves a person one stage · Enter opens them',
  noContact: 'No contact yet',
  more_one: '{{count, number}} more in People',
  more_other: '{{count, number}} more in People'
} as const
