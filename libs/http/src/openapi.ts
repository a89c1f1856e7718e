import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { OperationObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PUBLIC_ROUTE } from '@passerelle/security';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
    detail: { type: 'string', description: "What went wrong, in the request's language (Accept-Language: fr, nl, en)" },
    code: {
      type: 'string',
      description: 'For a refusal said in words: a stable code of what went wrong (e.g. no-product, bad-limit), the same in every language',
    },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          path: { type: 'string', description: 'The failing field, e.g. subjects[0].iban: the same in every language' },
          reason: { type: 'string', description: 'Why, in English (as before), or a code' },
          code: {
            type: 'string',
            description: 'Why, as a stable code (e.g. bad-length, is-iban, unknown-field): the same in every language',
          },
          message: {
            type: 'string',
            description: "Why, in the request's language (Accept-Language: fr, nl, en), without the field's name",
          },
        },
      },
    },
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
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: `${opts.keyHolder}: an opaque key (\`psl_…\`), not a JWT` })
    .build();
  const doc = SwaggerModule.createDocument(app, config);
  doc.components = doc.components ?? {};
  doc.components.schemas = { ...(doc.components.schemas ?? {}), ...(opts.schemas ?? {}), Problem: PROBLEM_SCHEMA };
  // Nest's addBearerAuth adds `bearerFormat: JWT` by default: our keys are opaque strings.
  for (const scheme of Object.values(doc.components.securitySchemes ?? {})) delete (scheme as { bearerFormat?: string }).bearerFormat;
  listEdgeRefusals(doc);
  return doc;
}

/**
 * Statuses the HTTP edge and the roles guard answer on every protected route, whatever its
 * controller declares: 401 (no key, unknown or revoked key), 403 (a key of another role), 429 (rate
 * limit). Listed on every operation that asks for a key, so that no route's list is short of them.
 */
const EDGE_REFUSALS: Record<string, string> = {
  '401': 'no key, or an unknown or revoked key (RFC 7807 problem details, with `WWW-Authenticate: Bearer`)',
  '403': 'the key belongs to a principal of another role, or one not allowed here (RFC 7807 problem details)',
  '429': 'over the rate limit for this key or address; see `Retry-After` (RFC 7807 problem details)',
};

function listEdgeRefusals(doc: OpenAPIObject): void {
  for (const item of Object.values(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const op = (item as Record<string, OperationObject | undefined>)[method];
      if (!op || !(op.security ?? doc.security)?.length) continue;
      for (const [status, description] of Object.entries(EDGE_REFUSALS)) {
        op.responses[status] ??= { ...PROBLEM_RESPONSE, description };
      }
      // Keep the listing in status order, as Nest writes it.
      op.responses = Object.fromEntries(Object.entries(op.responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
}

/** Swagger UI's files, from the swagger-ui-dist package (served by the app itself: no CDN). */
const SWAGGER_UI_FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

function swaggerUiDir(): string {
  return dirname(require.resolve('swagger-ui-dist/package.json'));
}

function swaggerUiPage(title: string): string {
  const esc = title.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc}</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/swagger-ui-standalone-preset.js"></script>
<script src="/docs/swagger-initializer.js"></script>
</body>
</html>
`;
}

const SWAGGER_INITIALIZER = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/docs/json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
    // No badge from the online validator: the page loads nothing from elsewhere.
    validatorUrl: null,
  });
};
`;

/**
 * Serves the document at `GET /docs/json` and Swagger UI at `GET /docs` (its files under `/docs/`,
 * from the swagger-ui-dist package). `GET /docs` answers the JSON document itself to a client that
 * does not ask for HTML (curl, tools, tests), and the UI to a browser. Public: an API's description
 * holds no data (rate-limited per address).
 */
export function serveOpenApi(app: NestFastifyApplication, doc: OpenAPIObject): void {
  const fastify = app.getHttpAdapter().getInstance();
  const config = { [PUBLIC_ROUTE]: true };
  const page = swaggerUiPage(doc.info.title);
  const files = new Map<string, Buffer>();
  const file = (name: string): Buffer => {
    let b = files.get(name);
    if (!b) files.set(name, (b = readFileSync(join(swaggerUiDir(), name))));
    return b;
  };
  fastify.route({
    method: 'GET',
    url: '/docs',
    config,
    handler: (req, reply) => {
      void reply.header('vary', 'accept');
      if (/\btext\/html\b/.test(req.headers.accept ?? '')) return void reply.header('content-type', 'text/html; charset=utf-8').send(page);
      return void reply.header('content-type', 'application/json').send(doc);
    },
  });
  fastify.route({
    method: 'GET',
    url: '/docs/json',
    config,
    handler: (_req, reply) => void reply.header('content-type', 'application/json').send(doc),
  });
  fastify.route({
    method: 'GET',
    url: '/docs/swagger-initializer.js',
    config,
    handler: (_req, reply) => void reply.header('content-type', 'application/javascript; charset=utf-8').send(SWAGGER_INITIALIZER),
  });
  for (const [name, type] of Object.entries(SWAGGER_UI_FILES)) {
    fastify.route({
      method: 'GET',
      url: `/docs/${name}`,
      config,
      handler: (_req, reply) => void reply.header('content-type', type).header('cache-control', 'public, max-age=3600').send(file(name)),
    });
  }
}
