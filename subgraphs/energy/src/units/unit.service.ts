import type { DataSource, EntityManager } from 'typeorm';
import { byKey, newId, runInTenant } from '@prumo/kit';
import type { ScrapedGd, ScrapedInvoice, ScrapedUnit } from '../robot/portal-robot';
import { ConsumerUnitEntity } from './unit.entity';

/** Consumer units: batched reads for the API, idempotent upserts for the robot. */
export class UnitService {
  constructor(private readonly ds: DataSource) {}

  async ofClients(tenantId: string, clientIds: readonly string[]): Promise<ConsumerUnitEntity[]> {
    return runInTenant(this.ds, tenantId, (em) =>
      em.getRepository(ConsumerUnitEntity).createQueryBuilder('u').where('u.client_id = any(:ids)', { ids: [...clientIds] }).orderBy('u.uc', 'ASC').getMany(),
    );
  }

  async loadMany(tenantId: string, ids: readonly string[]): Promise<(ConsumerUnitEntity | null)[]> {
    const rows = await runInTenant(this.ds, tenantId, (em) =>
      em.getRepository(ConsumerUnitEntity).createQueryBuilder('u').where('u.id = any(:ids)', { ids: [...ids] }).getMany(),
    );
    return byKey(ids, rows, (r) => r.id);
  }

  /**
   * The units a sync found, with a slot in billing's `energy_units` gauge for each new one. One sync
   * of the account at a time admits new units and inserts them before it lets the next one in (a
   * transaction-scoped advisory lock), so when billing refuses, the recount of `reserveGaugeItem`
   * (units stored for the account + the ones admitted in this pass) is the true number and a slot
   * whose release was lost (billing down when a client was removed) is recovered. Units already
   * stored need no slot. `admit` reserves one unit's slot; a unit it refuses is reported, not stored.
   */
  async admitAndUpsertUnits(
    tenantId: string,
    clientId: string,
    scraped: ScrapedUnit[],
    admit: (unit: ScrapedUnit, countHolders: () => Promise<number>) => Promise<boolean>,
  ): Promise<{ ids: Map<string, string>; allowed: ScrapedUnit[] }> {
    return runInTenant(this.ds, tenantId, async (em) => {
      await em.query(`select pg_advisory_xact_lock(hashtext('energy.units'), hashtext($1))`, [tenantId]);
      const knownRows: Array<{ uc: string }> = await em.query(`select uc from energy.units where client_id = $1`, [clientId]);
      const known = new Set(knownRows.map((r) => r.uc));
      const allowed: ScrapedUnit[] = [];
      const admitted: ScrapedUnit[] = [];
      let stored: number | null = null;
      const countHolders = async () => {
        if (stored === null) {
          const [{ n }]: Array<{ n: number }> = await em.query(`select count(*)::int as n from energy.units`);
          stored = n;
        }
        return stored + admitted.length;
      };
      for (const u of scraped) {
        if (known.has(u.uc) || (await admit(u, countHolders))) {
          if (!known.has(u.uc)) admitted.push(u);
          allowed.push(u);
        }
      }
      const ids = allowed.length ? await this.upsertUnitsIn(em, tenantId, clientId, allowed) : new Map<string, string>();
      return { ids, allowed };
    });
  }

  private async upsertUnitsIn(em: EntityManager, tenantId: string, clientId: string, units: ScrapedUnit[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; uc: string }> = await em.query(
      `insert into energy.units (tenant_id, id, client_id, uc, cdc, address, tariff_class, generator, synced_at)
       select $1, u.id, $2, u.uc, u.cdc, u.address, u.tariff_class, u.generator, now()
         from unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[]) as u(id, uc, cdc, address, tariff_class, generator)
       on conflict (tenant_id, client_id, uc) do update set cdc = excluded.cdc, address = excluded.address, tariff_class = excluded.tariff_class,
         generator = excluded.generator, synced_at = now(), updated_at = now()
       returning id, uc`,
      [
        tenantId,
        clientId,
        units.map(() => newId()),
        units.map((u) => u.uc),
        units.map((u) => u.cdc),
        units.map((u) => u.address),
        units.map((u) => u.tariffClass),
        units.map((u) => u.generator),
      ],
    );
    return new Map(rows.map((r) => [r.uc, r.id]));
  }

  /**
   * What the plant's GD page shows, in one transaction: the plant's figures, balance and access
   * request date; each beneficiary's link, percent, month figures, balance; and the credits by origin
   * month of every unit of the tree (replaced, so used and expired ones disappear). Units that left
   * the group are unlinked and lose the figures and credits this page used to give them. Beneficiaries
   * not tracked here (e.g. over the plan's unit limit) are skipped.
   */
  async applyGd(tenantId: string, clientId: string, generatorId: string, gd: ScrapedGd): Promise<void> {
    const bens = gd.beneficiaries;
    await runInTenant(this.ds, tenantId, async (em) => {
      const [plant]: Array<{ uc: string }> = await em.query(`select uc from energy.units where id = $1`, [generatorId]);
      if (!plant) return;
      await em.query(
        `update energy.units set credit_balance_kwh = $2, gd_reference_month = $3, injected_kwh = $4, received_kwh = $5, compensated_kwh = $6,
           access_requested_on = $7, updated_at = now() where id = $1`,
        [generatorId, gd.balanceKwh, gd.referenceMonth, gd.injectedKwh, gd.receivedKwh, gd.compensatedKwh, gd.accessRequestedOn],
      );
      await em.query(
        `with gone as (
           update energy.units set parent_unit_id = null, parent_uc = null, allocation_percent = null, credit_balance_kwh = 0,
                  gd_reference_month = null, received_kwh = null, compensated_kwh = null, updated_at = now()
            where client_id = $1 and parent_unit_id = $2 and not (uc = any($3)) returning id)
         delete from energy.credits where unit_id in (select id from gone)`,
        [clientId, generatorId, bens.map((b) => b.uc)],
      );
      if (bens.length) {
        await em.query(
          `update energy.units u set parent_unit_id = $2, parent_uc = $3, allocation_percent = b.percent, credit_balance_kwh = b.balance,
                  gd_reference_month = $4, received_kwh = b.received, compensated_kwh = b.compensated, updated_at = now()
             from unnest($5::text[], $6::numeric[], $7::int[], $8::int[], $9::int[]) as b(uc, percent, balance, received, compensated)
            where u.client_id = $1 and u.uc = b.uc and u.id <> $2`,
          [
            clientId,
            generatorId,
            plant.uc,
            gd.referenceMonth,
            bens.map((b) => b.uc),
            bens.map((b) => b.percent),
            bens.map((b) => b.balanceKwh),
            bens.map((b) => b.receivedKwh),
            bens.map((b) => b.compensatedKwh),
          ],
        );
      }
      // Credits of the whole tree, one row per (uc, origin month).
      const rows = [
        ...gd.credits.map((c) => ({ uc: plant.uc, ...c })),
        ...bens.flatMap((b) => b.credits.map((c) => ({ uc: b.uc, ...c }))),
      ];
      const treeUcs = [plant.uc, ...bens.map((b) => b.uc)];
      await em.query(
        `delete from energy.credits c using energy.units u
          where c.unit_id = u.id and u.client_id = $1 and u.uc = any($2)
            and not exists (select 1 from unnest($3::text[], $4::text[]) as k(uc, origin) where k.uc = u.uc and k.origin = c.origin_month)`,
        [clientId, treeUcs, rows.map((r) => r.uc), rows.map((r) => r.originMonth)],
      );
      if (rows.length) {
        await em.query(
          `insert into energy.credits (tenant_id, unit_id, origin_month, kwh, expires_month)
           select $1, u.id, c.origin, c.kwh, c.expires
             from unnest($3::text[], $4::text[], $5::int[], $6::text[]) as c(uc, origin, kwh, expires)
             join energy.units u on u.client_id = $2 and u.uc = c.uc
           on conflict (tenant_id, unit_id, origin_month) do update set kwh = excluded.kwh, expires_month = excluded.expires_month`,
          [tenantId, clientId, rows.map((r) => r.uc), rows.map((r) => r.originMonth), rows.map((r) => r.kwh), rows.map((r) => r.expiresMonth)],
        );
      }
    });
  }

  /** Keyed by (tenant, unit, portal invoice id): a re-sync updates, never duplicates. */
  async upsertInvoices(tenantId: string, unitId: string, invoices: ScrapedInvoice[]): Promise<void> {
    await runInTenant(this.ds, tenantId, async (em) => {
      if (invoices.length) {
        const col = <T,>(f: (i: ScrapedInvoice) => T) => invoices.map(f);
        await em.query(
          `insert into energy.invoices (tenant_id, id, unit_id, portal_id, reference_month, due_date, amount_cents, kwh, status, barcode_line, barcode_valid, pix_copy_paste, pix_valid, items)
           select $1, i.id, $2, i.portal_id, i.reference_month, i.due_date, i.amount_cents, i.kwh, i.status, i.barcode_line, i.barcode_valid, i.pix, i.pix_valid, i.items
             from unnest($3::uuid[], $4::text[], $5::text[], $6::date[], $7::bigint[], $8::int[], $9::text[], $10::text[], $11::boolean[], $12::text[], $13::boolean[], $14::jsonb[])
               as i(id, portal_id, reference_month, due_date, amount_cents, kwh, status, barcode_line, barcode_valid, pix, pix_valid, items)
           on conflict (tenant_id, unit_id, portal_id) do update set reference_month = excluded.reference_month, due_date = excluded.due_date,
             amount_cents = excluded.amount_cents, kwh = excluded.kwh, status = excluded.status, barcode_line = excluded.barcode_line,
             barcode_valid = excluded.barcode_valid, pix_copy_paste = excluded.pix_copy_paste, pix_valid = excluded.pix_valid, items = excluded.items, updated_at = now()`,
          [
            tenantId,
            unitId,
            col(() => newId()),
            col((i) => i.portalId),
            col((i) => i.referenceMonth),
            col((i) => i.dueDate),
            col((i) => i.amountCents),
            col((i) => i.kwh),
            col((i) => i.status),
            col((i) => i.barcodeLine),
            col((i) => i.barcodeValid),
            col((i) => i.pixCopyPaste),
            col((i) => i.pixValid),
            col((i) => JSON.stringify(i.items)),
          ],
        );
      }
      await em.query(`update energy.units set last_error = null, synced_at = now(), updated_at = now() where id = $1`, [unitId]);
    });
  }

  async setUnitError(tenantId: string, unitId: string, message: string): Promise<void> {
    await runInTenant(this.ds, tenantId, (em) => em.query(`update energy.units set last_error = $2, updated_at = now() where id = $1`, [unitId, message]));
  }
}
