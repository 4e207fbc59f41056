import { LimitsInitial1730200000000 } from './1730200000000-limits-initial';
import { LimitsNotMei1733100000000 } from './1733100000000-limits-not-mei';

/** Ordered; a landed migration is never edited. */
export const migrations = [LimitsInitial1730200000000, LimitsNotMei1733100000000];
