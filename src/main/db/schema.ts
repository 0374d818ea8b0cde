import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { eventKinds, type GoalOutcome } from '../../shared/domain/events'
import { workKinds } from '../../shared/domain/online'
import { followupKinds, followupStatuses, meetingFormats, meetingStatuses, topicKinds } from '../../shared/domain/meetings'
import { channels, languages, milestoneKinds, nameOrders, stages } from '../../shared/domain/people'
import { importFormats, importRowActions, type MergedFields } from '../../shared/domain/imports'
import { sampleTables } from '../../shared/domain/sample'
import type { QuestionSource } from '../../shared/domain/questions'

// Instants are UTC ISO-8601 strings; local dates are YYYY-MM-DD; lists and link maps are JSON.
const createdAt = () => text('created_at').notNull()
const updatedAt = () => text('updated_at').notNull()

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    familyName: text('family_name').notNull().default(''),
    givenName: text('given_name').notNull().default(''),
    familyNameKana: text('family_name_kana').notNull().default(''),
    givenNameKana: text('given_name_kana').notNull().default(''),
    nameOrder: text('name_order', { enum: nameOrders })
      .notNull()
      .default('auto'),
    sortKey: text('sort_key').notNull().default(''),
    /**
     * A stable integer key for the full-text index (FTS5 rows are addressed by integer rowid, and
     * the implicit rowid of this table may be renumbered by VACUUM). Assigned on insert with
     * `nextSearchKey`, since SQLite allows no subquery in a column default.
     */
    searchKey: integer('search_key').notNull(),
    headline: text('headline').notNull().default(''),
    company: text('company').notNull().default(''),
    department: text('department').notNull().default(''),
    email: text('email').notNull().default(''),
    links: text('links', { mode: 'json' }).$type<Record<string, string>>().notNull().default(sql`'{}'`),
    expertise: text('expertise', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    interests: text('interests', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    challenges: text('challenges', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    metHow: text('met_how').notNull().default(''),
    metWhere: text('met_where').notNull().default(''),
    metOn: text('met_on'),
    stage: text('stage', { enum: stages })
      .notNull()
      .default('discovered'),
    cadenceDays: integer('cadence_days'),
    mourningYear: integer('mourning_year'),
    /** Seasonal greetings: null follows the default (on for met/ongoing people who write in Japanese). */
    greetings: integer('greetings', { mode: 'boolean' }),
    postalAddress: text('postal_address').notNull().default(''),
    preferredChannel: text('preferred_channel', { enum: channels }),
    preferredLanguage: text('preferred_language', { enum: languages }),
    notes: text('notes').notNull().default(''),
    lastContactAt: text('last_contact_at'),
    nextContactOn: text('next_contact_on'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: text('deleted_at')
  },
  (table) => [
    index('people_sort_idx').on(table.deletedAt, table.sortKey, table.id),
    uniqueIndex('people_search_key_idx').on(table.searchKey),
    index('people_stage_idx').on(table.stage),
    index('people_next_contact_idx').on(table.nextContactOn),
    // The daily reconnect pass reads these for everyone with a cadence: from this small index,
    // never the wide rows (notes, JSON fields), which made Today ~100 ms with 10,000 people.
    index('people_keep_in_touch_idx')
      .on(table.deletedAt, table.cadenceDays, table.id, table.lastContactAt, table.stage)
      .where(sql`${table.cadenceDays} IS NOT NULL`)
  ]
)

/** The expression that gives a new person the next search key; the unique index makes max() cheap. */
export const nextSearchKey = sql`(SELECT ifnull(max(search_key), 0) + 1 FROM people)`

export const milestones = sqliteTable(
  'milestones',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: milestoneKinds }).notNull(),
    date: text('date').notNull(),
    note: text('note').notNull().default(''),
    position: integer('position').notNull().default(0)
  },
  (table) => [index('milestones_person_idx').on(table.personId)]
)

export const tags = sqliteTable(
  'tags',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    createdAt: createdAt()
  },
  (table) => [uniqueIndex('tags_name_idx').on(sql`${table.name} COLLATE NOCASE`)]
)

export const personTags = sqliteTable(
  'person_tags',
  {
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    tagId: text('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' })
  },
  (table) => [primaryKey({ columns: [table.personId, table.tagId] }), index('person_tags_tag_idx').on(table.tagId)]
)

/**
 * The timeline. Meetings, events and follow-ups arrive in later tables; an interaction names its
 * source by kind and id so those areas add rows here without reshaping it.
 */
export const interactions = sqliteTable(
  'interactions',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    occurredAt: text('occurred_at').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    url: text('url').notNull().default(''),
    sourceKind: text('source_kind'),
    sourceId: text('source_id'),
    createdAt: createdAt()
  },
  (table) => [
    index('interactions_person_idx').on(table.personId, table.occurredAt),
    index('interactions_source_idx').on(table.sourceKind, table.sourceId)
  ]
)

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: updatedAt()
})

/** The user's own talking points, reused across meetings and events. */
export const topics = sqliteTable('topics', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: topicKinds }).notNull(),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  deletedAt: text('deleted_at')
})

export const meetings = sqliteTable(
  'meetings',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull().default(''),
    format: text('format', { enum: meetingFormats })
      .notNull()
      .default('coffee'),
    startsAt: text('starts_at'),
    place: text('place').notNull().default(''),
    link: text('link').notNull().default(''),
    questions: text('questions', { mode: 'json' }).$type<{ text: string; source: QuestionSource }[]>().notNull().default(sql`'[]'`),
    invitationLanguage: text('invitation_language', { enum: languages }),
    invitationDraft: text('invitation_draft').notNull().default(''),
    planStep: integer('plan_step').notNull().default(0),
    status: text('status', { enum: meetingStatuses }).notNull().default('planned'),
    caresAbout: text('cares_about').notNull().default(''),
    theirChallenges: text('their_challenges').notNull().default(''),
    sharedInterests: text('shared_interests').notNull().default(''),
    helpEachOther: text('help_each_other').notNull().default(''),
    myPromises: text('my_promises').notNull().default(''),
    theirPromises: text('their_promises').notNull().default(''),
    freeNotes: text('free_notes').notNull().default(''),
    endedAt: text('ended_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (table) => [index('meetings_person_idx').on(table.personId), index('meetings_starts_idx').on(table.status, table.startsAt)]
)

/**
 * An event the user prepares for (conference, meetup, 勉強会, online) and reflects on afterwards.
 * Goals carry their outcome once reflected; the energy plan is free text the user reads on the way.
 */
export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: eventKinds }).notNull().default('meetup'),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    place: text('place').notNull().default(''),
    link: text('link').notNull().default(''),
    notes: text('notes').notNull().default(''),
    goals: text('goals', { mode: 'json' })
      .$type<{ text: string; outcome: GoalOutcome | null }[]>()
      .notNull()
      .default(sql`'[]'`),
    arriveAt: text('arrive_at').notNull().default(''),
    leaveBy: text('leave_by').notNull().default(''),
    breakPlan: text('break_plan').notNull().default(''),
    recovery: text('recovery').notNull().default(''),
    quietPlace: text('quiet_place').notNull().default(''),
    /** The furthest step of the wizard reached, so it opens where the user left it. */
    wizardStep: integer('wizard_step').notNull().default(0),
    energy: integer('energy'),
    reflection: text('reflection').notNull().default(''),
    reflectedAt: text('reflected_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: text('deleted_at')
  },
  (table) => [index('events_starts_idx').on(table.deletedAt, table.startsAt)]
)

/**
 * Who the user expects at an event (attendees, at most three of them targets with research) and,
 * after it, whom they met and what was said: one row per person and event.
 */
export const eventPeople = sqliteTable(
  'event_people',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    attending: integer('attending', { mode: 'boolean' }).notNull().default(true),
    target: integer('target', { mode: 'boolean' }).notNull().default(false),
    research: text('research').notNull().default(''),
    commonTopics: text('common_topics').notNull().default(''),
    met: integer('met', { mode: 'boolean' }).notNull().default(false),
    talkedAbout: text('talked_about').notNull().default(''),
    promised: text('promised').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: createdAt()
  },
  (table) => [primaryKey({ columns: [table.eventId, table.personId] }), index('event_people_person_idx').on(table.personId)]
)

/** Topics from the user's library to bring to an event, in the order chosen. */
export const eventTopics = sqliteTable(
  'event_topics',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    topicId: text('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0)
  },
  (table) => [primaryKey({ columns: [table.eventId, table.topicId] }), index('event_topics_topic_idx').on(table.topicId)]
)

export const followups = sqliteTable(
  'followups',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    eventId: text('event_id').references(() => events.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: followupKinds }).notNull(),
    title: text('title').notNull().default(''),
    draft: text('draft').notNull().default(''),
    language: text('language', { enum: languages }).notNull().default('en'),
    dueOn: text('due_on').notNull(),
    originalDueOn: text('original_due_on').notNull(),
    status: text('status', { enum: followupStatuses }).notNull().default('pending'),
    /** Makes generated follow-ups idempotent: ending a meeting twice finds the same keys. */
    sourceKey: text('source_key'),
    doneAt: text('done_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (table) => [
    index('followups_due_idx').on(table.status, table.dueOn),
    index('followups_person_idx').on(table.personId),
    uniqueIndex('followups_source_idx').on(table.sourceKey)
  ]
)

/** Communities the user takes part in (a Slack, a Discord, a forum, a meetup group) and their role there. */
export const communities = sqliteTable('communities', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  platform: text('platform').notNull().default(''),
  link: text('link').notNull().default(''),
  myRole: text('my_role').notNull().default(''),
  notes: text('notes').notNull().default(''),
  createdAt: createdAt(),
  updatedAt: updatedAt()
})

export const communityMembers = sqliteTable(
  'community_members',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: createdAt()
  },
  (table) => [primaryKey({ columns: [table.communityId, table.personId] }), index('community_members_person_idx').on(table.personId)]
)

/** What the user did in a community; with a person, it is on their timeline too (`interaction_id`). */
export const communityActivity = sqliteTable(
  'community_activity',
  {
    id: text('id').primaryKey(),
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    personId: text('person_id').references(() => people.id, { onDelete: 'set null' }),
    interactionId: text('interaction_id').references(() => interactions.id, { onDelete: 'set null' }),
    occurredAt: text('occurred_at').notNull(),
    note: text('note').notNull().default(''),
    url: text('url').notNull().default(''),
    createdAt: createdAt()
  },
  (table) => [index('community_activity_idx').on(table.communityId, table.occurredAt)]
)

/** The user's own articles, talks and projects: passive networking made visible. */
export const works = sqliteTable('works', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: workKinds }).notNull().default('article'),
  title: text('title').notNull(),
  link: text('link').notNull().default(''),
  publishedOn: text('published_on'),
  notes: text('notes').notNull().default(''),
  createdAt: createdAt(),
  updatedAt: updatedAt()
})

/** Someone who engaged with one of the user's works; the entry on their timeline is `interaction_id`. */
export const workEngagements = sqliteTable(
  'work_engagements',
  {
    workId: text('work_id')
      .notNull()
      .references(() => works.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    interactionId: text('interaction_id').references(() => interactions.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    createdAt: createdAt()
  },
  (table) => [primaryKey({ columns: [table.workId, table.personId] }), index('work_engagements_person_idx').on(table.personId)]
)

/**
 * Keep in touch, per person: a reconnect snoozed or turned off, and the day the app last suggested
 * reconnecting (the memory the daily suggestions need; see shared/domain/reconnect.ts). A row
 * appears the first time any of them is set.
 */
export const keepInTouch = sqliteTable('keep_in_touch', {
  personId: text('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  snoozedUntil: text('snoozed_until'),
  off: integer('off', { mode: 'boolean' }).notNull().default(false),
  lastSuggestedOn: text('last_suggested_on'),
  updatedAt: updatedAt()
})

/**
 * The user's library of things worth sharing: an article, a tool, an event. Who received one is
 * kept by its share follow-ups (source key `resource:<id>:<personId>`), marked sent like any other.
 */
export const resources = sqliteTable('resources', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  url: text('url').notNull(),
  why: text('why').notNull().default(''),
  tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  deletedAt: text('deleted_at')
})

/** Topics from the user's library a resource is about: their titles count as words when matching people. */
export const resourceTopics = sqliteTable(
  'resource_topics',
  {
    resourceId: text('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    topicId: text('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' })
  },
  (table) => [primaryKey({ columns: [table.resourceId, table.topicId] }), index('resource_topics_topic_idx').on(table.topicId)]
)

/**
 * Rows the sample circle added: "Remove sample data" deletes exactly these and nothing the user
 * wrote. A marker table instead of a column on every table, so later areas only add their name.
 */
export const sampleRows = sqliteTable(
  'sample_rows',
  {
    tableName: text('table_name', { enum: sampleTables }).notNull(),
    rowId: text('row_id').notNull()
  },
  (table) => [primaryKey({ columns: [table.tableName, table.rowId] })]
)

/**
 * One contact import: what it made, so it can be undone as a whole. `undone_at` is set when it is;
 * the counts are what the preview's choices gave.
 */
export const importBatches = sqliteTable('import_batches', {
  id: text('id').primaryKey(),
  fileName: text('file_name').notNull().default(''),
  format: text('format', { enum: importFormats }).notNull(),
  createdCount: integer('created_count').notNull().default(0),
  mergedCount: integer('merged_count').notNull().default(0),
  skippedCount: integer('skipped_count').notNull().default(0),
  createdAt: createdAt(),
  undoneAt: text('undone_at')
})

/**
 * The people an import batch created or merged into. For a merge, `previous` holds the fields as
 * they were and `applied` what the import set, so an undo puts back only what the user has not
 * changed since; milestones the import added are listed by id.
 */
export const importRows = sqliteTable(
  'import_rows',
  {
    batchId: text('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    action: text('action', { enum: importRowActions }).notNull(),
    previous: text('previous', { mode: 'json' }).$type<MergedFields | null>(),
    applied: text('applied', { mode: 'json' }).$type<MergedFields | null>(),
    addedMilestones: text('added_milestones', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`)
  },
  (table) => [primaryKey({ columns: [table.batchId, table.personId] }), index('import_rows_person_idx').on(table.personId)]
)
