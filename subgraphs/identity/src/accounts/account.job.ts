import type { EventHandlers } from '@prumo/kit';
import type { AccountService } from './account.service';

/** identity mirrors billing's plan onto the account; the next access token carries it. */
export function accountHandlers(accounts: AccountService): EventHandlers {
  return {
    'plan.changed': async (event, em) => {
      const p = event.payload;
      await accounts.applyPlan(em, p.accountId, p.planCode, p.modules, event.occurredAt);
    },
  };
}
