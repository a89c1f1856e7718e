export * from './trace';
export * from './events';
export * from './kafka-settings';
export * from './kafka.service';
export * from './messaging.module';
export * from './outbox-relay';
export * from './ids';
export * from './provision';
