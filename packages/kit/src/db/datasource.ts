import 'reflect-metadata';
import { DataSource, type EntitySchema, type Logger as OrmLogger, type MixedList } from 'typeorm';
import type { BaseConfig } from '../config';
import { currentLogContext } from '../logger';
import { countStatement } from './statements';

export type DbRole = 'app' | 'owner';

export interface DataSourceOptions {
  config: BaseConfig;
  /** The subgraph's own PostgreSQL schema (identity, billing, ...). */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: MixedList<Function | string | EntitySchema<any>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  migrations?: MixedList<Function | string>;
  /** Services connect as `app` (subject to RLS); migrations run as `owner`. */
  role?: DbRole;
  poolMax?: number;
}

/** Counts statements (tests assert them to catch N+1) and logs slow or failed ones. */
class StatementLogger implements OrmLogger {
  logQuery(): void {
    countStatement();
  }
  logQueryError(error: string | Error, query: string): void {
    if (process.env.LOG_SQL_ERRORS) console.error('[sql error]', error, query, currentLogContext());
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export function createDataSource(opts: DataSourceOptions): DataSource {
  const { config } = opts;
  const role = opts.role ?? 'app';
  return new DataSource({
    type: 'postgres',
    host: config.DATABASE_HOST,
    port: config.DATABASE_PORT,
    database: config.DATABASE_NAME,
    username: role === 'owner' ? config.DATABASE_OWNER_USER : config.DATABASE_APP_USER,
    password: role === 'owner' ? config.DATABASE_OWNER_PASSWORD : config.DATABASE_APP_PASSWORD,
    schema: opts.schema,
    entities: opts.entities,
    migrations: opts.migrations ?? [],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error'],
    logger: new StatementLogger(),
    extra: { max: opts.poolMax ?? config.DATABASE_POOL_MAX, application_name: `prumo-${opts.schema}-${role}` },
  });
}
