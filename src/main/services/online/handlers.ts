import type { HandlersOf } from '../../rpc/handler'
import {
  addEngagement,
  addMember,
  createCommunity,
  createWork,
  deleteCommunity,
  deleteWork,
  logActivity,
  removeEngagement,
  removeMember,
  updateCommunity,
  updateWork
} from './mutations'
import { getCommunity, getWork, onlineOverview } from './queries'

/** Online: the user's communities and their own work, with the people met through them. */
export const onlineHandlers = {
  'online.overview': (ctx) => onlineOverview(ctx),
  'communities.get': (ctx, input) => getCommunity(ctx, input.id),
  'communities.create': (ctx, input) => createCommunity(ctx, input),
  'communities.update': (ctx, input) => updateCommunity(ctx, input.id, input.patch),
  'communities.delete': (ctx, input) => deleteCommunity(ctx, input.id),
  'communities.addMember': (ctx, input) => addMember(ctx, input.id, input.personId),
  'communities.removeMember': (ctx, input) => removeMember(ctx, input.id, input.personId),
  'communities.logActivity': (ctx, input) => logActivity(ctx, input),
  'works.get': (ctx, input) => getWork(ctx, input.id),
  'works.create': (ctx, input) => createWork(ctx, input),
  'works.update': (ctx, input) => updateWork(ctx, input.id, input.patch),
  'works.delete': (ctx, input) => deleteWork(ctx, input.id),
  'works.addEngagement': (ctx, input) => addEngagement(ctx, input),
  'works.removeEngagement': (ctx, input) => removeEngagement(ctx, input.id, input.personId)
} satisfies HandlersOf<'online' | 'communities' | 'works'>
