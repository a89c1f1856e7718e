export * from './oprf';
export * from './match-keys';
export * from './records';
export * from './match';
export * from './client';
export { loadOprfEngine, oprfEngine, useOprfEngine, LIBSODIUM_PACKAGE } from './oprf-engine';
export { defaultThreads } from './oprf-pool';
export type { OprfEngineName } from './oprf-engine';
