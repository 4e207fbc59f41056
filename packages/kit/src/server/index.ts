export * from './context';
export * from './schema';
export * from './subgraph-server';
export * from './pagination';
export * from './runtime';
export * from './money';
export * from './process';
