import { requireAuth } from '@prumo/kit';
import type { IdentityContext } from '../context';
import { toAccount, type Account } from './account.types';

export function accountLoader(ctx: IdentityContext) {
  const auth = requireAuth(ctx);
  return ctx.loaders.get<string, Account | null>('accounts', async (ids) =>
    (await ctx.services.accounts.loadVisible(auth, ids)).map((a) => (a ? toAccount(a) : null)),
  );
}

export const accountReference = {
  __resolveReference: (ref: { id: string }, ctx: IdentityContext) => accountLoader(ctx).load(ref.id),
};
