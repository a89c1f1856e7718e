import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PUBLIC_ROUTE } from '@passerelle/security';

/** For `@ApiResponse({ status, ...PROBLEM_RESPONSE })`: every error is RFC 7807 problem details. */
export const PROBLEM_RESPONSE = {
  description: 'RFC 7807 problem details',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

const PROBLEM_SCHEMA: SchemaObject = {
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
};

export interface OpenApiOptions {
  title: string;
  description: string;
  /** Who the bearer key belongs to, e.g. "API key of an analyst". */
  keyHolder: string;
  /** Schemas referenced by hand (`#/components/schemas/Name`) in the controllers' decorators. */
  schemas?: Record<string, SchemaObject>;
}

/**
 * An app's OpenAPI document: routes, parameters and bodies from the controllers' decorators, the
 * Problem schema, and the schemas given. Every app serves its own at `GET /docs`.
 */
export function openApiDocument(app: INestApplication, opts: OpenApiOptions): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(opts.title)
    .setDescription(
      `${opts.description} Authenticate with \`Authorization: Bearer <API key>\`. ` +
        'Errors are RFC 7807 `application/problem+json` with every failing field path and reason.',
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: opts.keyHolder })
    .build();
  const doc = SwaggerModule.createDocument(app, config);
  doc.components = doc.components ?? {};
  doc.components.schemas = { ...(doc.components.schemas ?? {}), ...(opts.schemas ?? {}), Problem: PROBLEM_SCHEMA };
  return doc;
}

/** Serves the document at `GET /docs`. Public: an API's description holds no data (rate-limited per address). */
export function serveOpenApi(app: NestFastifyApplication, doc: OpenAPIObject): void {
  app
    .getHttpAdapter()
    .getInstance()
    .route({
      method: 'GET',
      url: '/docs',
      config: { [PUBLIC_ROUTE]: true },
      handler: (_req, reply) => void reply.header('content-type', 'application/json').send(doc),
    });
}
