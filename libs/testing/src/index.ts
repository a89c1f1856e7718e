export * from './harness';
export * from './kafka';
export * from './outbox-store';
