import { requireAuth } from '@prumo/kit';
import type { IdentityContext } from '../context';
import { toUser, type User } from './user.types';

/** The per-request batched user loader (members lists, audit actors, entity references). */
export function userLoader(ctx: IdentityContext) {
  const auth = requireAuth(ctx);
  return ctx.loaders.get<string, User | null>('users', async (ids) =>
    (await ctx.services.users.loadVisible(auth, ids)).map((u) => (u ? toUser(u) : null)),
  );
}

export const userReference = {
  __resolveReference: (ref: { id: string }, ctx: IdentityContext) => userLoader(ctx).load(ref.id),
};
