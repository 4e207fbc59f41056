export * from './llm.service';
export * from './offline-model';
export * from './sources';
export * from './text';
export * from './tokens';
