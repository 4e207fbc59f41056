import { FinanceInitial1730600000000 } from './1730600000000-finance-initial';
import { FinanceSearchText1732200000000 } from './1732200000000-finance-search-text';

/** Ordered; a landed migration is never edited. */
export const migrations = [FinanceInitial1730600000000, FinanceSearchText1732200000000];
