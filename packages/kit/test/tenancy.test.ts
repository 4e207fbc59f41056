import { randomUUID } from 'node:crypto';
import { createDataSource, loadConfig, runInTenant, countStatements } from '../src';

test('the tenant setting is transaction-local: the pooled connection forgets it after commit', async () => {
  const ds = createDataSource({ config: loadConfig(), schema: 'identity', entities: [], poolMax: 1 });
  await ds.initialize();
  try {
    const tenant = randomUUID();
    const inside = await runInTenant(ds, tenant, (em) => em.query(`select current_setting('app.tenant_id') as t`));
    expect(inside[0].t).toBe(tenant);
    // Same single pooled connection, outside any tenant transaction.
    const after = await ds.query(`select current_setting('app.tenant_id', true) as t`);
    expect(after[0].t === '' || after[0].t === null).toBe(true);
  } finally {
    await ds.destroy();
  }
});

test('countStatements counts what runs inside its scope (begin, set_config, query, commit)', async () => {
  const ds = createDataSource({ config: loadConfig(), schema: 'identity', entities: [], poolMax: 1 });
  await ds.initialize();
  try {
    const { statements } = await countStatements(() => runInTenant(ds, randomUUID(), (em) => em.query('select 1')));
    expect(statements).toBe(4);
  } finally {
    await ds.destroy();
  }
});
