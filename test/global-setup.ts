import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrapDatabase, generateDevSecrets, loadConfig } from '../packages/kit/src';
import { ALL_MIGRATIONS } from './platform';

/**
 * Once per `npm test`: a fresh database (roles, schemas, every migration) kept as the template of
 * each test file's own database, a unique Redis prefix, generated keys. Workers inherit these variables.
 */
export default async function globalSetup(): Promise<void> {
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'prumo-test-'));
  const secrets = generateDevSecrets();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_NAME: `prumo_test_${run}`,
    REDIS_PREFIX: `ptest_${run}`,
    DATA_DIR: dataDir,
    JWT_PRIVATE_KEY: secrets.jwtPrivateKey,
    SERVICE_TOKEN_SECRET: secrets.serviceTokenSecret,
    ENCRYPTION_KEY: secrets.encryptionKey,
    PRUMO_TEST_RUN: run,
    // Many tests share 127.0.0.1 and a minute: the limits get their own test with low values.
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMITS_PER_MINUTE: 'free:1000000,pro:1000000,enterprise:1000000',
  });
  if (!process.env.LOG_LEVEL) process.env.LOG_LEVEL = 'silent';
  writeFileSync(join(dataDir, 'run.json'), JSON.stringify({ run }));
  const config = loadConfig();
  await bootstrapDatabase(config, ALL_MIGRATIONS);
  // The migrated database becomes the template every test file clones (test/setup-env.ts); nothing
  // connects to the template itself, which PostgreSQL requires for a copy.
  const template = `${config.DATABASE_NAME}_tpl`;
  const admin = new Client({ connectionString: config.DATABASE_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database "${template}" template "${config.DATABASE_NAME}" owner "${config.DATABASE_OWNER_USER}"`);
  } finally {
    await admin.end();
  }
  process.env.PRUMO_TEST_TEMPLATE_DB = template;
}
