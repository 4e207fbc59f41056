export * from './supergraph.client';
