import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Parameter = { name: string; in: string; required?: boolean };

/** The generated OpenAPI documents (npm run contracts): no client has to send Accept-Language or traceparent. */
describe('optional request headers in the OpenAPI documents', () => {
  it.each(['openapi.json', 'openapi-intake.json', 'openapi-audit.json'])('%s lists accept-language and traceparent as optional', (file) => {
    const doc = JSON.parse(readFileSync(join(__dirname, '../../../docs', file), 'utf8')) as {
      paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
    };
    const required = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        (op.parameters ?? [])
          .filter((p) => p.in === 'header' && ['accept-language', 'traceparent'].includes(p.name.toLowerCase()) && p.required !== false)
          .map((p) => `${method} ${path} ${p.name}`),
      ),
    );
    expect(required).toEqual([]);
  });
});
