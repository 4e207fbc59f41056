import { BillingInitial1730100000000 } from './1730100000000-billing-initial';

/** Ordered; a landed migration is never edited. */
export const migrations = [BillingInitial1730100000000];
