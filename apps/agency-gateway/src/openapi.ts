import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { contractSchemas } from '@passerelle/contracts';

/** The gateway's OpenAPI document: routes from the controllers, bodies from the contract classes. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Passerelle agency gateway')
    .setDescription(
      'Submission API for points of contact of support services. Authenticate with `Authorization: Bearer <API key>`. ' +
        'Errors are RFC 7807 `application/problem+json` with every failing field path and reason.',
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key of a POC principal' })
    .build();
  const doc = SwaggerModule.createDocument(app, config);
  doc.components = doc.components ?? {};
  doc.components.schemas = {
    ...(doc.components.schemas ?? {}),
    ...(contractSchemas('#/components/schemas/') as unknown as Record<string, SchemaObject>),
    Problem: {
      type: 'object',
      required: ['type', 'title', 'status'],
      properties: {
        type: { type: 'string', example: 'urn:passerelle:problem:validation' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        instance: { type: 'string' },
        errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, reason: { type: 'string' } } } },
      },
    },
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
  };
  return doc;
}
