export * from './claims';
export * from './tokens';
export * from './jwks';
export * from './guards';
