export * from './quota-client';
