export * from './http';
export * from './health';
