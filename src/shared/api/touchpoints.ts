import { z } from 'zod'
import { touchpointKinds } from '../domain/touchpoints'
import { httpsLink, id, shortText } from './limits'
import { interaction } from './people'

export const touchpointsProcedures = {
  /**
   * A touchpoint on the timeline: a kind, an optional `https:` link and one line of note. It
   * restarts the keep-in-touch clock, and a first online one moves the stage on to "engaged online".
   */
  'touchpoints.log': {
    input: z.object({ personId: id, kind: z.enum(touchpointKinds), url: httpsLink.default(''), note: shortText.default('') }),
    output: interaction,
    changes: ['people']
  }
} as const
