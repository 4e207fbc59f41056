import { BillingInitial1730100000000 } from './1730100000000-billing-initial';
import { BillingFreeConsultant1731000200000 } from './1731000200000-billing-free-consultant';
import { BillingCursorTimestamps1731700000000 } from './1731700000000-billing-cursor-timestamps';
import { BillingStripeFetchedAt1733400000000 } from './1733400000000-billing-stripe-fetched-at';

/** Ordered; a landed migration is never edited. */
export const migrations = [
  BillingInitial1730100000000,
  BillingFreeConsultant1731000200000,
  BillingCursorTimestamps1731700000000,
  BillingStripeFetchedAt1733400000000,
];
