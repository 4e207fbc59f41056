export * from './storage';
export * from './file-route';
