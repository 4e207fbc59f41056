import { LimitsInitial1730200000000 } from './1730200000000-limits-initial';

/** Ordered; a landed migration is never edited. */
export const migrations = [LimitsInitial1730200000000];
