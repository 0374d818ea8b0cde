/** Tables whose rows the sample circle may add; each is removed by "Remove sample data". */
export const sampleTables = ['people', 'topics', 'meetings', 'followups', 'interactions', 'events'] as const
export type SampleTable = (typeof sampleTables)[number]
