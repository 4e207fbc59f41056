import type { DataSource } from 'typeorm';
import { saoPauloDate } from '@prumo/br';
import { byKey, decodeCursor, pageSize, runInTenant, toConnection } from '@prumo/kit';
import { EnergyInvoiceEntity } from './invoice.entity';

/** Invoices: newest reference month first; pages keyed by (reference month, id). */
export class InvoiceService {
  constructor(private readonly ds: DataSource) {}

  async loadMany(tenantId: string, ids: readonly string[]): Promise<(EnergyInvoiceEntity | null)[]> {
    const rows = await runInTenant(this.ds, tenantId, (em) =>
      em.getRepository(EnergyInvoiceEntity).createQueryBuilder('i').where('i.id = any(:ids)', { ids: [...ids] }).getMany(),
    );
    return byKey(ids, rows, (r) => r.id);
  }

  /** First page of each unit in one statement (window function): a list of units is not N+1. */
  async firstPages(tenantId: string, unitIds: readonly string[], limit: number): Promise<Map<string, EnergyInvoiceEntity[]>> {
    const rows = await runInTenant(this.ds, tenantId, (em) =>
      em
        .getRepository(EnergyInvoiceEntity)
        .createQueryBuilder('i')
        .where(
          `i.id in (select id from (select id, row_number() over (partition by unit_id order by reference_month desc, id desc) as n
             from energy.invoices where unit_id = any(:ids)) ranked where n <= :lim)`,
          { ids: [...unitIds], lim: limit + 1 },
        )
        .orderBy('i.unit_id')
        .addOrderBy('i.reference_month', 'DESC')
        .addOrderBy('i.id', 'DESC')
        .getMany(),
    );
    const map = new Map<string, EnergyInvoiceEntity[]>(unitIds.map((id) => [id, []]));
    for (const r of rows) map.get(r.unitId)?.push(r);
    return map;
  }

  async page(tenantId: string, unitId: string, first: number | undefined, after: string | undefined) {
    const limit = pageSize(first, 100, 24);
    const cursor = decodeCursor(after);
    const rows = await runInTenant(this.ds, tenantId, (em) => {
      const qb = em.getRepository(EnergyInvoiceEntity).createQueryBuilder('i').where('i.unit_id = :unitId', { unitId });
      if (cursor) qb.andWhere('(i.reference_month, i.id) < (:m, :id)', { m: cursor.at.slice(0, 7), id: cursor.id });
      return qb.orderBy('i.reference_month', 'DESC').addOrderBy('i.id', 'DESC').limit(limit + 1).getMany();
    });
    return connectionOf(rows, limit);
  }

  async pdfTarget(tenantId: string, invoiceId: string): Promise<{ uc: string; portalId: string; pdfKey: string | null; clientId: string } | null> {
    const rows: Array<{ uc: string; portal_id: string; pdf_storage_key: string | null; client_id: string }> = await runInTenant(this.ds, tenantId, (em) =>
      em.query(`select u.uc, i.portal_id, i.pdf_storage_key, u.client_id from energy.invoices i join energy.units u on u.id = i.unit_id where i.id = $1`, [invoiceId]),
    );
    return rows.length ? { uc: rows[0].uc, portalId: rows[0].portal_id, pdfKey: rows[0].pdf_storage_key, clientId: rows[0].client_id } : null;
  }

  async setPdfKey(tenantId: string, invoiceId: string, key: string): Promise<void> {
    await runInTenant(this.ds, tenantId, (em) => em.query(`update energy.invoices set pdf_storage_key = $2, updated_at = now() where id = $1`, [invoiceId, key]));
  }

  /** The energyOverview numbers (CONTRACTS.md): unpaid invoices, and the last 12 reference months in São Paulo. */
  async overview(tenantId: string, now = new Date()) {
    const today = saoPauloDate(now)!;
    const start = new Date(Date.UTC(today.year, today.month - 1 - 11, 1));
    const fromMonth = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
    const toMonth = `${today.year}-${String(today.month).padStart(2, '0')}`;
    return runInTenant(this.ds, tenantId, async (em) => {
      // Status through energy.invoice_status: the same rule as the entity (OPEN past its due date = OVERDUE).
      const [counts] = await em.query(
        `select (select count(*) from energy.clients)::int as clients, (select count(*) from energy.units)::int as units,
                coalesce((select sum(amount_cents) from energy.invoices where status <> 'PAID'), 0)::bigint as open_cents,
                (select count(*) from energy.invoices where status <> 'PAID' and energy.invoice_status(status, due_date) = 'OVERDUE')::int as overdue_count,
                coalesce((select sum(amount_cents) from energy.invoices where status <> 'PAID' and energy.invoice_status(status, due_date) = 'OVERDUE'), 0)::bigint as overdue_cents,
                coalesce((select sum(amount_cents) from energy.invoices where reference_month between $1 and $2), 0)::bigint as cost_cents,
                coalesce((select sum(kwh) from energy.invoices where reference_month between $1 and $2), 0)::bigint as kwh`,
        [fromMonth, toMonth],
      );
      const open = await em
        .getRepository(EnergyInvoiceEntity)
        .createQueryBuilder('i')
        .where(`i.status <> 'PAID'`)
        .orderBy('i.due_date', 'ASC')
        .addOrderBy('i.id', 'ASC')
        .limit(200)
        .getMany();
      return { clients: counts.clients as number, units: counts.units as number, openCents: Number(counts.open_cents), overdueCount: counts.overdue_count as number, overdueCents: Number(counts.overdue_cents), costCents: Number(counts.cost_cents), kwh: Number(counts.kwh), open };
    });
  }
}

export function connectionOf(rows: EnergyInvoiceEntity[], limit: number) {
  return toConnection(rows, limit, (r) => r, (r) => ({ at: `${r.referenceMonth}-01T00:00:00Z`, id: r.id }));
}
