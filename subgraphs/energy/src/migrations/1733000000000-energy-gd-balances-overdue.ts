import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableSharedReadRls } from '@prumo/kit';

/**
 * - `energy.invoice_status(status, due_date)`: the one rule that turns a stored OPEN invoice whose due
 *   date has passed (São Paulo calendar day) into OVERDUE at read time, without waiting for a re-sync.
 * - Per-unit GD figures as the portal's GD page shows them (beneficiaries too): the month they refer
 *   to, kWh injected (plants), received and compensated; beneficiaries' balances and credits live in
 *   the existing columns/tables.
 * - The plant's grid-access request date and the dated Fio B exemption rule (Lei 14.300/2022, art. 26:
 *   requests up to 2023-01-07 keep the old rules until the end of 2045).
 */
export class EnergyGdBalancesOverdue1733000000000 implements MigrationInterface {
  name = 'EnergyGdBalancesOverdue1733000000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      create function energy.invoice_status(status text, due_date date) returns text
      language sql stable parallel safe as $$
        select case when status = 'OPEN' and due_date < (now() at time zone 'America/Sao_Paulo')::date then 'OVERDUE' else status end
      $$`);

    await qr.query(`
      alter table energy.units
        add column gd_reference_month char(7),
        add column injected_kwh int,
        add column received_kwh int,
        add column compensated_kwh int,
        add column access_requested_on date`);

    await qr.query(
      `create table energy.fio_b_exemption (valid_from date primary key, requested_on_or_before date not null, exempt_through date not null)`,
    );
    await qr.query(`insert into energy.fio_b_exemption (valid_from, requested_on_or_before, exempt_through) values ('2022-01-07', '2023-01-07', '2045-12-31')`);
    await enableSharedReadRls(qr, 'energy.fio_b_exemption');
  }

  async down(): Promise<void> {
    throw new Error('energy migrations are forward-only');
  }
}
