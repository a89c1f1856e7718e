export * from './harness';
export * from './kafka';
