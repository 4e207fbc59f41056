export * from './env';
export * from './secrets';
export * from './services';
export * from './plans';
