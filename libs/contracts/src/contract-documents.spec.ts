import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The published contract documents are usable by an agency's own tools: every JSON Schema compiles
 * (a dangling `$ref` does not), every example signal is valid against the SignalSubmission schema,
 * and every `$ref` of the OpenAPI and AsyncAPI documents resolves inside its document.
 */
const root = join(__dirname, '..', '..', '..');
const contracts = join(root, 'docs/contracts');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('contract documents', () => {
  const files = readdirSync(contracts).filter((f) => f.endsWith('.schema.json'));

  it.each(files)('%s compiles with a JSON Schema compiler', (file) => {
    const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
    expect(() => ajv.compile(read(join(contracts, file)))).not.toThrow();
  });

  it('accepts every example signal and refuses a broken one', () => {
    const validate = addFormats(new Ajv({ strict: false, allErrors: true })).compile(read(join(contracts, 'SignalSubmission.schema.json')));
    const examples = join(root, 'docs/examples/signals');
    for (const f of readdirSync(examples).filter((x) => x.endsWith('.json'))) {
      const ok = validate(read(join(examples, f)));
      expect({ f, ok, errors: validate.errors }).toEqual({ f, ok: true, errors: null });
    }
    const broken = { ...read(join(examples, 'minimal.json')), subjects: [{ kind: 'person', shoeSize: 44 }] };
    expect(validate(broken)).toBe(false);
  });

  it.each(['openapi.json', 'openapi-intake.json', 'openapi-audit.json', 'asyncapi.json'])(
    'every $ref of %s resolves in the document',
    (file) => {
      const doc = read(join(root, 'docs', file));
      const dangling: string[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) return v.forEach(walk);
        if (!v || typeof v !== 'object') return;
        for (const [k, x] of Object.entries(v)) {
          if (k === '$ref' && typeof x === 'string') {
            const target = x
              .replace(/^#\//, '')
              .split('/')
              .reduce<unknown>(
                (o, part) =>
                  o && typeof o === 'object' ? (o as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined,
                doc,
              );
            if (!x.startsWith('#/') || target === undefined) dangling.push(x);
          } else walk(x);
        }
      };
      walk(doc);
      expect(dangling).toEqual([]);
    },
  );
});
