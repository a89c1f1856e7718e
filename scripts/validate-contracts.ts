/**
 * Part of `npm run contracts:check` (run by CI): validates the published contract documents with the
 * tools an agency would use on them, and prints one line per document.
 *  - docs/asyncapi.json with the official AsyncAPI parser (@asyncapi/parser);
 *  - docs/openapi*.json with an OpenAPI 3 validator (@readme/openapi-parser: schema of the declared
 *    OpenAPI version, every $ref resolved, operation ids and path parameters checked);
 *  - every docs/contracts/*.schema.json compiled on its own by ajv (draft-07 meta-schema checked);
 *  - every example in docs/examples/<kind>/ validated against the schema of its kind;
 *  - every number of every contract class bounded to what its columns hold (number-bounds.ts).
 * Exits non-zero when any document fails. `--root DIR` checks the documents under DIR instead of
 * the repository (a test runs it on a broken copy to show that it fails).
 */
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { validate as validateOpenApi } from '@readme/openapi-parser';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { numberBoundsErrors } from './number-bounds';

const OPENAPI = ['docs/openapi.json', 'docs/openapi-intake.json', 'docs/openapi-audit.json'];
const ASYNCAPI = 'docs/asyncapi.json';
const CONTRACTS = 'docs/contracts';
const EXAMPLES = 'docs/examples';
/** The schema each folder of examples is written against. A folder without one is an error. */
const EXAMPLE_SCHEMAS: Record<string, string> = { signals: 'SignalSubmission' };

/** One document checked by one tool: `errors` fail the check, `notes` (warnings, hints) do not. */
export type ContractCheck = { document: string; tool: string; errors: string[]; notes: string[] };
type Outcome = Omit<ContractCheck, 'document' | 'tool'>;

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const firstLine = (s: string) => s.split('\n').find((l) => l.trim()) ?? s;

async function check(document: string, tool: string, run: () => Promise<Outcome>): Promise<ContractCheck> {
  try {
    return { document, tool, ...(await run()) };
  } catch (e) {
    return { document, tool, errors: [firstLine((e as Error).message)], notes: [] };
  }
}

/** A fresh compiler per document, as an agency's own tool would load it. */
function ajv(): Ajv {
  return addFormats(new Ajv({ allErrors: true, strict: false }));
}

function ajvErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

function asyncApi(root: string, file: string) {
  return check(relative(root, file), '@asyncapi/parser', async () => {
    const { document, diagnostics } = await new Parser().parse(readFileSync(file, 'utf8'), { source: file });
    const where = (d: (typeof diagnostics)[number]) => `${d.code}: ${d.message}${d.path.length ? ` at ${d.path.join('/')}` : ''}`;
    const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).map(where);
    if (!document && !errors.length) errors.push('the parser returned no document');
    const notes = diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Error).map(where);
    return { errors, notes };
  });
}

function openApi(root: string, file: string) {
  return check(relative(root, file), '@readme/openapi-parser', async () => {
    const declared = (readJson(file) as { openapi?: unknown }).openapi;
    // The validator takes the path and dereferences its own copy: every $ref must resolve.
    const r = await validateOpenApi(file);
    const notes = [`openapi ${String(declared)}`, ...r.warnings.map((w) => firstLine(w.message))];
    if (r.valid) return { errors: [], notes };
    // Each error comes with a code frame; keep its headline and the offending line.
    const errors = r.errors.map((e) => {
      const lines = e.message.split('\n');
      const at = lines.find((l) => l.startsWith('>'))?.replace(/^>\s*(\d+)\s*\|\s*/, 'line $1: ');
      return at ? `${lines[0]} (${at.trim()})` : lines[0];
    });
    if (r.additionalErrors) errors.push(`and ${r.additionalErrors} more`);
    return { errors, notes };
  });
}

/** Checks every contract document under `root`, the repository or a copy of its docs/. */
export async function validateContractDocuments(root: string): Promise<ContractCheck[]> {
  const results: ContractCheck[] = [];
  const contracts = join(root, CONTRACTS);
  const schemaFiles = existsSync(contracts)
    ? readdirSync(contracts)
        .filter((f) => f.endsWith('.schema.json'))
        .sort()
    : [];
  if (!schemaFiles.length) results.push({ document: CONTRACTS, tool: 'ajv', errors: ['no *.schema.json file'], notes: [] });
  const compiled = new Map<string, ValidateFunction>();
  for (const f of schemaFiles) {
    const result = await check(`${CONTRACTS}/${f}`, 'ajv (draft-07)', async () => {
      compiled.set(f.replace(/\.schema\.json$/, ''), ajv().compile(readJson(join(contracts, f)) as object));
      return { errors: [], notes: [] };
    });
    results.push(result);
  }

  const examples = join(root, EXAMPLES);
  for (const kind of existsSync(examples) ? readdirSync(examples).sort() : []) {
    const schema = EXAMPLE_SCHEMAS[kind];
    const files = readdirSync(join(examples, kind))
      .filter((f) => f.endsWith('.json'))
      .sort();
    for (const f of files) {
      const result = await check(`${EXAMPLES}/${kind}/${f}`, `ajv against ${schema ?? '?'}`, async () => {
        if (!schema) throw new Error(`no schema is named for the examples in ${EXAMPLES}/${kind} (EXAMPLE_SCHEMAS)`);
        const validate = compiled.get(schema);
        if (!validate) throw new Error(`${CONTRACTS}/${schema}.schema.json did not compile`);
        const ok = validate(readJson(join(examples, kind, f)));
        return { errors: ok ? [] : ajvErrors(validate.errors), notes: [] };
      });
      results.push(result);
    }
  }

  results.push(await asyncApi(root, join(root, ASYNCAPI)));
  for (const f of OPENAPI) results.push(await openApi(root, join(root, f)));
  return results;
}

const MAX_ERRORS = 10;

async function main() {
  const rootArg = process.argv.indexOf('--root');
  // Run from dist/scripts/: the repository is two folders up.
  const root = resolve(rootArg > 0 ? process.argv[rootArg + 1] : join(__dirname, '..', '..'));
  const results = await validateContractDocuments(root);
  // The repository's own contracts (not a copy's documents): every number bounded to its column.
  if (rootArg < 0)
    results.push(
      await check('libs/contracts numbers against libs/persistence migrations', 'number-bounds', async () => ({
        errors: numberBoundsErrors(root),
        notes: [],
      })),
    );
  for (const r of results) {
    const status = r.errors.length ? 'FAIL' : 'ok  ';
    process.stdout.write(`${status} ${r.document} (${r.tool})${r.notes.length && !r.errors.length ? `: ${r.notes.join('; ')}` : ''}\n`);
    for (const e of r.errors.slice(0, MAX_ERRORS)) process.stdout.write(`       ${e}\n`);
    if (r.errors.length > MAX_ERRORS) process.stdout.write(`       ... and ${r.errors.length - MAX_ERRORS} more\n`);
  }
  const failed = results.filter((r) => r.errors.length);
  if (failed.length) {
    process.stderr.write(`contract documents: ${failed.length} of ${results.length} failed validation\n`);
    process.exit(1);
  }
  process.stdout.write(`contract documents valid (${results.length} checked)\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exit(1);
  });
}
