import { INestApplication } from '@nestjs/common';
import { OpenAPIObject } from '@nestjs/swagger';
import { HttpAppOptions, openApiDocument, serveOpenApi } from '@passerelle/http';
import { ConsumerGroup } from '@passerelle/messaging';
import { auditGroup } from './ledger/audited-topics.consumer';

/** The audit's consumer group, declared beside its handler: every topic of the pipeline. */
export const auditConsumers = (): ConsumerGroup[] => [auditGroup];

/** The audit's OpenAPI document: the oversight API, read-only, every query itself recorded. */
export function auditOpenApi(app: INestApplication): OpenAPIObject {
  return openApiDocument(app, {
    title: 'Passerelle audit ledger',
    description:
      'Oversight API over the tamper-evident ledger (role oversight): trails, filtered events, verification, export and signed ' +
      'checkpoints. Every query is itself recorded in the ledger.',
    keyHolder: 'API key of an oversight principal',
  });
}

/** The audit's HTTP settings, used by main.ts and by the end-to-end tests alike. */
export const AUDIT_HTTP: HttpAppOptions = {
  name: 'audit',
  defaultPort: 3004,
  // Per principal (default 600 a minute); read when the app is built.
  rateLimitEnv: 'AUDIT_RATE_LIMIT_PER_MINUTE',
  configure: (app) => serveOpenApi(app, auditOpenApi(app)),
  consumers: auditConsumers,
};
