import { Client } from 'pg';
import type { BaseConfig } from '../config';
import { createDataSource } from './datasource';

export interface SubgraphMigrations {
  /** Schema name = subgraph name. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  migrations: Function[];
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe identifier: ${name}`);
  return `"${name}"`;
};
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Extensions are created by the superuser; `vector` only where the server has it. */
const EXTENSIONS = ['pgcrypto', 'unaccent', 'pg_trgm'];
const OPTIONAL_EXTENSIONS = ['vector'];

/**
 * Creates what the services need and cannot create themselves: the database, the owner role that
 * runs migrations, the app role (no BYPASSRLS, not an owner, so RLS always applies), the extensions
 * and one schema per subgraph. Then runs each subgraph's migrations as the owner. Idempotent.
 */
export async function bootstrapDatabase(config: BaseConfig, subgraphs: SubgraphMigrations[]): Promise<void> {
  const admin = new Client({ connectionString: config.DATABASE_ADMIN_URL });
  await admin.connect();
  try {
    // Roles are cluster-wide; concurrent bootstraps (parallel test runs) may race, so serialise.
    await admin.query(`select pg_advisory_lock(724001)`);
    for (const [user, password] of [
      [config.DATABASE_OWNER_USER, config.DATABASE_OWNER_PASSWORD],
      [config.DATABASE_APP_USER, config.DATABASE_APP_PASSWORD],
    ]) {
      const exists = await admin.query(`select 1 from pg_roles where rolname = $1`, [user]);
      const verb = exists.rowCount ? 'alter' : 'create';
      await admin.query(
        `${verb} role ${ident(user)} with login nosuperuser nobypassrls nocreatedb nocreaterole password ${literal(password)}`,
      );
    }
    const db = await admin.query(`select 1 from pg_database where datname = $1`, [config.DATABASE_NAME]);
    if (!db.rowCount) {
      await admin.query(`create database ${ident(config.DATABASE_NAME)} owner ${ident(config.DATABASE_OWNER_USER)}`);
    }
    await admin.query(`select pg_advisory_unlock(724001)`);
  } finally {
    await admin.end();
  }

  const url = new URL(config.DATABASE_ADMIN_URL);
  url.pathname = `/${config.DATABASE_NAME}`;
  const dbAdmin = new Client({ connectionString: url.toString() });
  await dbAdmin.connect();
  try {
    for (const ext of EXTENSIONS) await dbAdmin.query(`create extension if not exists ${ext}`);
    for (const ext of OPTIONAL_EXTENSIONS) {
      const available = await dbAdmin.query(`select 1 from pg_available_extensions where name = $1`, [ext]);
      if (available.rowCount) await dbAdmin.query(`create extension if not exists ${ext}`);
    }
    const owner = ident(config.DATABASE_OWNER_USER);
    const app = ident(config.DATABASE_APP_USER);
    await dbAdmin.query(`grant connect on database ${ident(config.DATABASE_NAME)} to ${app}`);
    await dbAdmin.query(`revoke create on schema public from public`);
    for (const { schema } of subgraphs) {
      const s = ident(schema);
      await dbAdmin.query(`create schema if not exists ${s} authorization ${owner}`);
      await dbAdmin.query(`grant usage on schema ${s} to ${app}`);
      await dbAdmin.query(
        `alter default privileges for role ${owner} in schema ${s} grant select, insert, update, delete on tables to ${app}`,
      );
      await dbAdmin.query(`alter default privileges for role ${owner} in schema ${s} grant usage, select on sequences to ${app}`);
      await dbAdmin.query(`alter default privileges for role ${owner} in schema ${s} grant execute on functions to ${app}`);
    }
  } finally {
    await dbAdmin.end();
  }

  for (const { schema, migrations } of subgraphs) {
    const ds = createDataSource({ config, schema, entities: [], migrations, role: 'owner', poolMax: 1 });
    await ds.initialize();
    try {
      await ds.runMigrations({ transaction: 'each' });
    } finally {
      await ds.destroy();
    }
  }
}

/** Drops a database (tests): terminates its connections first. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [name]);
    await admin.query(`drop database if exists ${ident(name)}`);
  } finally {
    await admin.end();
  }
}
