import { INestApplication } from '@nestjs/common';
import { OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { contractSchemas } from '@passerelle/contracts';
import { openApiDocument as build } from '@passerelle/http';

/** The gateway's OpenAPI document: routes from the controllers, bodies from the contract classes. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return build(app, {
    title: 'Passerelle agency gateway',
    description: 'Submission API for points of contact of support services.',
    keyHolder: 'API key of a POC principal',
    schemas: {
      ...(contractSchemas('#/components/schemas/') as unknown as Record<string, SchemaObject>),
      SubmissionReceipt: {
        type: 'object',
        properties: {
          signalId: { type: 'string', format: 'uuid' },
          externalRef: { type: 'string' },
          traceId: { type: 'string' },
          status: { type: 'string', enum: ['accepted'] },
          acceptedAt: { type: 'string', format: 'date-time' },
          repeated: { type: 'boolean' },
          receiptUrl: { type: 'string' },
        },
      },
    },
  });
}
