/** Vocabulary of the Online area: the user's communities and their own work. */
export const workKinds = ['article', 'talk', 'project', 'other'] as const
export type WorkKind = (typeof workKinds)[number]
