export * from './datasource';
export * from './statements';
export * from './tenancy';
export * from './rls';
export * from './loaders';
export * from './bootstrap';
export * from './ids';
export * from './sql-functions';
