import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { runInTenant, runOutsideTenant, type EventHandlers } from '@prumo/kit';
import { lockAccountLedger, type LedgerService } from './ledger.service';

/** revenue.recorded / revenue.voided from documents, finance and marketplace (exactly once each). */
export function ledgerHandlers(ledger: LedgerService): EventHandlers {
  return {
    'revenue.recorded': async (event, em) => ledger.record(em, event.tenantId!, event.payload),
    'revenue.voided': async (event, em) => ledger.void(em, event.tenantId!, event.payload),
  };
}

/**
 * Nightly (00:05 in São Paulo): rebuilds every account's monthly aggregates from the ledger, fixes
 * any difference and records it as drift. Incremental updates should make this a no-op; a drift
 * row is a bug report.
 */
export async function rebuildAggregates(ds: DataSource, logger: Logger): Promise<{ tenants: number; drifts: number }> {
  const tenants: Array<{ tenant_id: string }> = await runOutsideTenant(ds, (em) => em.query(`select distinct tenant_id from limits.ledger_entries`), { staff: true });
  let drifts = 0;
  for (const { tenant_id } of tenants) {
    drifts += await runInTenant(ds, tenant_id, async (em) => {
      // An event committed between the sums and the fix would otherwise be overwritten by the fix.
      await lockAccountLedger(em, tenant_id);
      const diffs: Array<{ month: string; source: string; shadowed: boolean; stored: string; rebuilt: string; entries: number }> = await em.query(
        `with rebuilt as (
           select month, source, shadowed, sum(amount_cents) as cents, count(*)::int as entries
             from limits.ledger_entries where not cancelled group by month, source, shadowed
         )
         select coalesce(r.month, m.month) as month, coalesce(r.source, m.source) as source, coalesce(r.shadowed, m.shadowed) as shadowed,
                coalesce(m.amount_cents, 0) as stored, coalesce(r.cents, 0) as rebuilt, coalesce(r.entries, 0) as entries
           from rebuilt r full join limits.monthly_revenue m on m.month = r.month and m.source = r.source and m.shadowed = r.shadowed
          where coalesce(m.amount_cents, 0) <> coalesce(r.cents, 0) or coalesce(m.entries, 0) <> coalesce(r.entries, 0)`,
      );
      for (const d of diffs) {
        await em.query(
          `insert into limits.aggregate_drift (tenant_id, month, source, shadowed, stored_cents, rebuilt_cents) values ($1, $2, $3, $4, $5, $6)`,
          [tenant_id, d.month, d.source, d.shadowed, d.stored, d.rebuilt],
        );
        await em.query(
          `insert into limits.monthly_revenue (tenant_id, month, source, shadowed, amount_cents, entries) values ($1, $2, $3, $4, $5, $6)
           on conflict (tenant_id, month, source, shadowed) do update set amount_cents = excluded.amount_cents, entries = excluded.entries`,
          [tenant_id, d.month, d.source, d.shadowed, d.rebuilt, d.entries],
        );
        logger.warn({ tenantId: tenant_id, ...d }, 'revenue aggregate drift fixed');
      }
      return diffs.length;
    });
  }
  return { tenants: tenants.length, drifts };
}
