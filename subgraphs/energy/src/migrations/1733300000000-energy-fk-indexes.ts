import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the foreign keys that had none leading with their column. A foreign-key check
 * ignores RLS and filters on the column alone, so deleting an energy client scanned every tenant's
 * units and invoices once per deleted unit (50 units against 10,000 units / 240,000 invoices:
 * 424 ms; with these indexes 2.3 ms, measured in review).
 */
export class EnergyFkIndexes1733300000000 implements MigrationInterface {
  name = 'EnergyFkIndexes1733300000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`create index units_parent on energy.units (parent_unit_id) where parent_unit_id is not null`);
    await qr.query(`create index invoices_unit on energy.invoices (unit_id)`);
    await qr.query(`create index credits_unit on energy.credits (unit_id)`);
    await qr.query(`create index allocation_requests_client on energy.allocation_requests (client_id)`);
    await qr.query(`create index allocation_requests_generator on energy.allocation_requests (generator_unit_id)`);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const i of ['units_parent', 'invoices_unit', 'credits_unit', 'allocation_requests_client', 'allocation_requests_generator']) await qr.query(`drop index energy.${i}`);
  }
}
