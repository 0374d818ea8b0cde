import { addDays } from '../../../shared/domain/dates'
import { signDraft } from '../../../shared/domain/drafts'
import { noteLines } from '../../../shared/domain/meetings'
import type { Language } from '../../../shared/domain/people'
import { followups } from '../../db/schema'
import { newId, type ServiceContext } from '../context'
import { signerOf } from '../settings/queries'

// A promise is due a week after the meeting or event unless the user moves it.
const promiseDays = 7

export interface ThankYouAndPromises {
  personId: string
  /** What the follow-ups came from: a one-on-one or an event. */
  source: { meetingId: string } | { eventId: string }
  /** "Do it once": writing again with the same keys adds only what is new. */
  keys: { thankYou: string; promise: (index: number) => string }
  language: Language
  /** The thank-you draft before it is signed. */
  draft: string
  /** The promises as the user typed them, one a line. */
  promised: string
  /** The user's local date: the thank-you is due today, each promise a week later. */
  today: string
  stamp: string
}

/**
 * Writes a signed thank-you due today and a follow-up per promise line, each under its source key;
 * a key already written is left as it is. Runs inside the caller's transaction.
 */
export function writeThankYouAndPromises(ctx: ServiceContext, input: ThankYouAndPromises): void {
  const { personId, source, keys, language, today, stamp } = input
  const base = { personId, ...source, language, status: 'pending' as const, createdAt: stamp, updatedAt: stamp }
  const draft = signDraft(input.draft, language, signerOf(ctx))
  ctx.db
    .insert(followups)
    .values({ ...base, id: newId(), kind: 'thank_you', title: '', draft, dueOn: today, originalDueOn: today, sourceKey: keys.thankYou })
    .onConflictDoNothing()
    .run()
  const dueOn = addDays(today, promiseDays)
  noteLines(input.promised).forEach((promise, index) => {
    ctx.db
      .insert(followups)
      .values({ ...base, id: newId(), kind: 'promised_action', title: promise, draft: '', dueOn, originalDueOn: dueOn, sourceKey: keys.promise(index) })
      .onConflictDoNothing()
      .run()
  })
}
