import type { EventView } from '../../../shared/api/events'
import { commonTopics } from '../../../shared/domain/openers'
import type { ServiceContext } from '../context'
import { listTopics } from '../topics/queries'

/**
 * What a new target's research starts from: what the profile already says (role, expertise,
 * current challenges, links), and the user's topics that overlap their interests. The user edits
 * it from there; nothing is looked up outside the app.
 */
export function prefillResearch(ctx: ServiceContext, view: EventView, personId: string): { research: string; commonTopics: string } {
  const person = view.attendees.find((a) => a.person.id === personId)?.person
  if (!person) return { research: '', commonTopics: '' }
  const links = Object.values(person.links).filter((url): url is string => typeof url === 'string' && url !== '')
  const lines = [
    [person.headline, person.company].filter(Boolean).join(' · '),
    person.expertise.join(', '),
    person.challenges.join(', '),
    ...links
  ].filter((line) => line.trim() !== '')
  return {
    research: lines.map((line) => `- ${line}`).join('\n'),
    commonTopics: commonTopics(person, listTopics(ctx)).join(', ')
  }
}
