import { Client } from 'pg';
import { dropDatabase } from '../packages/kit/src/db/bootstrap';
import { createRedis } from '../packages/kit/src/redis';

/** Drops the run's databases and its Redis keys (set KEEP_TEST_DB=1 to inspect them). */
export default async function globalTeardown(): Promise<void> {
  if (process.env.KEEP_TEST_DB) return;
  const name = process.env.DATABASE_NAME;
  if (name?.startsWith('prumo_test_')) {
    // The run's database, its template and every test file's clone (`<name>_<suffix>`).
    const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    const { rows } = await admin.query(`select datname from pg_database where datname = $1 or datname like $2`, [name, `${name}\\_%`]);
    await admin.end();
    for (const r of rows) await dropDatabase(adminUrl, r.datname).catch(() => undefined);
  }
  const prefix = process.env.REDIS_PREFIX;
  if (prefix?.startsWith('ptest_')) {
    const redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  }
}
