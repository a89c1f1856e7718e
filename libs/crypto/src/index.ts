export * from './ids';
export * from './keys';
export * from './sealing';
export { FileKekProvider, kekProvider, useKekProvider } from './kek-provider';
export type { KekProvider } from './kek-provider';
export * from './secret-file';
