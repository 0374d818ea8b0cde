/**
 * Every procedure name, without its schemas: the renderer's client needs only the names, and
 * importing the contract would ship zod to the window. contract.ts checks at compile time that
 * this list and the contract's keys are the same set.
 */
export const procedureNames = [
  'app.info',
  'app.health',
  'sample.load',
  'sample.status',
  'sample.remove',
  'settings.get',
  'settings.update',
  'people.list',
  'people.get',
  'people.create',
  'people.quickAdd',
  'people.update',
  'people.delete',
  'people.restore',
  'people.purge',
  'trash.list',
  'trash.empty',
  'tags.list',
  'interactions.add',
  'topics.list',
  'topics.create',
  'topics.update',
  'topics.delete',
  'meetings.list',
  'meetings.get',
  'meetings.create',
  'meetings.update',
  'meetings.suggestQuestions',
  'meetings.saveNotes',
  'meetings.end',
  'meetings.cancel',
  'followups.list',
  'followups.get',
  'followups.create',
  'followups.updateDraft',
  'followups.markSent',
  'followups.snooze',
  'followups.snoozeAllThankYous',
  'followups.dismiss',
  'today.get',
  'jobs.list',
  'jobs.cancel',
  'backups.list',
  'backups.create',
  'backups.restore'
] as const

export type ProcedureName = (typeof procedureNames)[number]
