export * from './principal';
export * from './api-key';
export * from './principals.repository';
export * from './auth';
export * from './security.module';
export * from './demo-principals';
export * from './access-policy';
