import { IdentityInitial1730000000000 } from './1730000000000-identity-initial';

/** Ordered; a landed migration is never edited. */
export const migrations = [IdentityInitial1730000000000];
