export * from './oprf';
export * from './match-keys';
export * from './records';
export * from './match';
export * from './client';
