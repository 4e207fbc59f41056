import { IdentityInitial1730000000000 } from './1730000000000-identity-initial';
import { IdentityNotifications1731500000000 } from './1731500000000-identity-notifications';
import { IdentityCursorTimestamps1731700000000 } from './1731700000000-identity-cursor-timestamps';
import { IdentityDeliveryResends1732200000000 } from './1732200000000-identity-delivery-resends';
import { IdentityDeliveryReceipts1732600000000 } from './1732600000000-identity-delivery-receipts';
import { IdentityEarlyReceipts1733500000000 } from './1733500000000-identity-early-receipts';

/** Ordered; a landed migration is never edited. */
export const migrations = [
  IdentityInitial1730000000000,
  IdentityNotifications1731500000000,
  IdentityCursorTimestamps1731700000000,
  IdentityDeliveryResends1732200000000,
  IdentityDeliveryReceipts1732600000000,
  IdentityEarlyReceipts1733500000000,
];
