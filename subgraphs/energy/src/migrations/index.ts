import { EnergyInitial1730600000000 } from './1730600000000-energy-initial';
import { EnergyGdBalancesOverdue1733000000000 } from './1733000000000-energy-gd-balances-overdue';
import { EnergyFkIndexes1733300000000 } from './1733300000000-energy-fk-indexes';

/** Ordered; a landed migration is never edited. */
export const migrations = [EnergyInitial1730600000000, EnergyGdBalancesOverdue1733000000000, EnergyFkIndexes1733300000000];
