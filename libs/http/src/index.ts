export * from './problem';
export * from './health';
export * from './bootstrap';
export * from './edge';
export * from './openapi';
export * from './paging';
export * from './cursor';
export * from './metrics-token';
