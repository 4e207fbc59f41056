import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A company that is not a MEI (an LTDA, an ME or EPP in the Simples, ...) says so in its fiscal
 * profile: its revenue is still read and summed, but the MEI limit, its alerts and the DAS-MEI do
 * not apply to it.
 */
export class LimitsNotMei1733100000000 implements MigrationInterface {
  name = 'LimitsNotMei1733100000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`alter table limits.fiscal_profiles drop constraint fiscal_profiles_regime_check`);
    await qr.query(`alter table limits.fiscal_profiles add constraint fiscal_profiles_regime_check check (regime in ('MEI', 'MEI_CAMINHONEIRO', 'NOT_MEI'))`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`update limits.fiscal_profiles set regime = 'MEI' where regime = 'NOT_MEI'`);
    await qr.query(`alter table limits.fiscal_profiles drop constraint fiscal_profiles_regime_check`);
    await qr.query(`alter table limits.fiscal_profiles add constraint fiscal_profiles_regime_check check (regime in ('MEI', 'MEI_CAMINHONEIRO'))`);
  }
}
