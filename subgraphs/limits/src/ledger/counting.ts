import type { FiscalProfileEntity } from '../profile/fiscal-profile.entity';

/**
 * SQL filter of the monthly rows that count as revenue under a profile. Finance income and
 * marketplace sales that also have an issued invoice (same dedupe key: "shadowed") are not counted
 * twice when documents count too. Parameters: $doc, $fin, $mkt at the given positions.
 */
export function countedFilter(first: number): string {
  const [doc, fin, mkt] = [`$${first}`, `$${first + 1}`, `$${first + 2}`];
  return `((source = 'documents' and ${doc}::boolean)
        or (source = 'finance' and ${fin}::boolean and (not shadowed or not ${doc}::boolean))
        or (source = 'marketplace' and ${mkt}::boolean and (not shadowed or not ${doc}::boolean)))`;
}

export const countedParams = (p: FiscalProfileEntity) => [p.countDocuments, p.countFinance, p.countMarketplace];
