// Runs in every test worker before each test file: the global setup's variables are inherited;
// this pins what must hold inside tests and gives the file a database of its own.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

process.env.NODE_ENV = 'test';

// One database (and Redis prefix) per test file, cloned from the run's migrated template (tens of milliseconds).
// Files run two at a time and every stack runs outbox relays and dispatchers that claim rows with
// `skip locked`: on a shared database one file's stack could relay another file's events into its
// own queues. Synchronous on purpose: test files read the configuration at import time.
const template = process.env.PRUMO_TEST_TEMPLATE_DB;
if (template) {
  const name = `${template.replace(/_tpl$/, '')}_${randomBytes(4).toString('hex')}`;
  const admin = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const owner = process.env.DATABASE_OWNER_USER ?? 'prumo_owner';
  const app = process.env.DATABASE_APP_USER ?? 'prumo_app';
  const r = spawnSync('psql', [admin, '-v', 'ON_ERROR_STOP=1', '-qc', `create database "${name}" template "${template}" owner "${owner}"`, '-c', `grant connect on database "${name}" to "${app}"`], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`could not create the test file's database ${name}: ${r.stderr || r.error}`);
  process.env.DATABASE_NAME = name;
  // Its own Redis prefix too: a worker of another file would otherwise take this file's jobs and
  // write them to the other file's database. (It starts with the run's prefix: teardown clears it.)
  process.env.REDIS_PREFIX = `${process.env.REDIS_PREFIX ?? 'ptest'}_${name.slice(-8)}`;
}
