export * from './database';
export * from './migrate';
export * from './persistence.module';
export * from './postgres-bootstrap';
export { identityMigrations } from './migrations/identity';
export { gatewayMigrations } from './migrations/gateway';
export { routerMigrations } from './migrations/router';
export { intakeMigrations } from './migrations/intake';
export { auditMigrations } from './migrations/audit';
