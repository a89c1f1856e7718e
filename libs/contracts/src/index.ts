export * from './topics';
export * from './events';
export * from './signal';
export * from './catalogues';
export * from './checks';
export * from './policy';
export * from './validate';
export * from './json-schema';
export { IsInstant } from './validators';
