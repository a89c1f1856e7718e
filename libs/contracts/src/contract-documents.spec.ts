import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContractDocuments } from '../../../scripts/validate-contracts';

/**
 * The published contract documents are usable by an agency's own tools: every JSON Schema compiles
 * (a dangling `$ref` does not), every example signal is valid against the SignalSubmission schema,
 * and every `$ref` of the OpenAPI and AsyncAPI documents resolves inside its document. The official
 * tools (`npm run contracts:check` runs the same check) accept every document, and refuse a broken copy.
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

  const failures = (checks: Awaited<ReturnType<typeof validateContractDocuments>>) =>
    Object.fromEntries(checks.filter((c) => c.errors.length).map((c) => [c.document, c.errors]));

  it('the AsyncAPI parser, an OpenAPI 3 validator and ajv accept every published document and example', async () => {
    const checks = await validateContractDocuments(root);
    expect(failures(checks)).toEqual({});
    const documents = checks.map((c) => c.document);
    expect(documents).toEqual(
      expect.arrayContaining([
        'docs/asyncapi.json',
        'docs/openapi.json',
        'docs/openapi-intake.json',
        'docs/openapi-audit.json',
        'docs/contracts/SignalSubmission.schema.json',
        'docs/examples/signals/minimal.json',
      ]),
    );
    expect(documents).toHaveLength(files.length + readdirSync(join(root, 'docs/examples/signals')).length + 4);
  }, 60_000);

  it('the same check refuses a broken copy of the documents', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'passerelle-contracts-'));
    try {
      cpSync(join(root, 'docs'), join(copy, 'docs'), { recursive: true });
      const edit = (file: string, change: (text: string) => string) => {
        const before = readFileSync(join(copy, file), 'utf8');
        const after = change(before);
        expect(after).not.toEqual(before);
        writeFileSync(join(copy, file), after);
      };
      // A pointer to a definition that does not exist (as UnknownSubject once was).
      const dangle = (prefix: string) => (t: string) => t.replace(`"$ref": "${prefix}PersonSubject"`, `"$ref": "${prefix}UnknownSubject"`);
      edit('docs/asyncapi.json', dangle('#/components/schemas/'));
      edit('docs/openapi.json', dangle('#/components/schemas/'));
      edit('docs/contracts/SignalSubmittedEvent.schema.json', dangle('#/definitions/'));
      // `const` is JSON Schema, not an OpenAPI 3.0 schema keyword.
      edit('docs/openapi-audit.json', (t) => t.replace('"type": "object"', '"type": "object", "const": {}'));
      edit('docs/examples/signals/minimal.json', (t) => t.replace('"externalRef"', '"shoeSize": 44, "externalRef"'));

      const failed = failures(await validateContractDocuments(copy));
      expect(Object.keys(failed).sort()).toEqual([
        'docs/asyncapi.json',
        'docs/contracts/SignalSubmittedEvent.schema.json',
        'docs/examples/signals/minimal.json',
        'docs/openapi-audit.json',
        'docs/openapi.json',
      ]);
      expect(failed['docs/asyncapi.json'].join()).toContain('UnknownSubject');
      expect(failed['docs/openapi.json'].join()).toContain('UnknownSubject');
      expect(failed['docs/contracts/SignalSubmittedEvent.schema.json'].join()).toContain('UnknownSubject');
      expect(failed['docs/examples/signals/minimal.json'].join()).toContain('shoeSize');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
