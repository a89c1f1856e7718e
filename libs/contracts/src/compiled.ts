import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { contractSchemas } from './json-schema';
import { reasonCode } from './reason-codes';
import { ContractError, jsonDepthExceeds, MAX_JSON_DEPTH, validateAs } from './validate';

/**
 * Contract validators compiled once from the JSON Schemas generated from the contract classes
 * (libs/contracts json-schema.ts), for the hot paths that check every message: the same verdicts
 * as `validateAs` (class-validator: unknown fields refused, `@IsOptional` null or absent, each
 * subject by its kind), without building class instances. What a schema cannot state exactly — ISO
 * 8601, UUIDs, e-mail, coordinates, lengths as validator.js counts them, checksums, catalogues, the
 * deployment's policy, dates against today — is an `x-check-<id>` keyword that runs that constraint's
 * own class-validator function. A differential test (compiled.spec.ts) holds the two to the same
 * verdict on thousands of generated payloads.
 */
export type CompiledValidator = (value: unknown) => ContractError[];

let compiler: { ajv: Ajv; checks: ((v: unknown) => boolean)[]; names: string[] } | undefined;
const compiled = new Map<string, ValidateFunction>();

function build(): NonNullable<typeof compiler> {
  const checks: ((v: unknown) => boolean)[] = [];
  const names: string[] = [];
  const schemas = contractSchemas('#/definitions/', {
    register(check, name) {
      checks.push(check);
      names.push(name);
      return checks.length - 1;
    },
  });
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    // JavaScript's regular expressions as class-validator runs them (no `u` flag).
    unicodeRegExp: false,
    discriminator: true,
    // Formats are the delegated checks' business.
    validateFormats: false,
  });
  // One keyword per registered check (json-schema.ts names them `x-check-<id>`).
  checks.forEach((_check, i) =>
    ajv.addKeyword({
      keyword: `x-check-${i}`,
      schemaType: 'number',
      errors: false,
      // validator.js throws on some input (an unpaired surrogate in an e-mail address): a refusal.
      validate: (id: number, data: unknown) => {
        try {
          return checks[id](data);
        } catch {
          return false;
        }
      },
    }),
  );
  ajv.addSchema({ definitions: schemas }, 'contracts');
  return { ajv, checks, names };
}

/** The registered check an `x-check-<id>` error is about (its keyword names it). */
const checkId = (e: ErrorObject): number => Number(/^x-check-(\d+)$/.exec(e.keyword)?.[1] ?? -1);

function pathOf(e: ErrorObject): string {
  const parts = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'additionalProperties') parts.push(String((e.params as { additionalProperty: string }).additionalProperty));
  if (e.keyword === 'required') parts.push(String((e.params as { missingProperty: string }).missingProperty));
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

function reasonOf(e: ErrorObject, names: string[]): string {
  if (e.keyword.startsWith('x-check')) return `fails ${names[checkId(e)] ?? 'its check'}`;
  if (e.keyword === 'additionalProperties') return 'is not part of the contract';
  if (e.keyword === 'required') return 'is required';
  return e.message ?? e.keyword;
}

/** The reason as a code (reason-codes.ts), named like class-validator's for the same constraint. */
const KEYWORD_CODES: Record<string, string> = {
  additionalProperties: 'unknown-field',
  required: 'missing',
  type: 'wrong-type',
  enum: 'not-allowed',
  pattern: 'bad-format',
  discriminator: 'unknown-value',
  oneOf: 'unknown-value',
  anyOf: 'wrong-type',
};
function codeOf(e: ErrorObject, names: string[]): string {
  if (e.keyword.startsWith('x-check')) return reasonCode(names[checkId(e)] ?? 'invalid');
  return KEYWORD_CODES[e.keyword] ?? reasonCode(e.keyword);
}

/** The compiled validator of a contract class (compiled on first use, then cached). */
export function compiledValidator(cls: new () => object): CompiledValidator {
  compiler ??= build();
  const { ajv, names } = compiler;
  let validate = compiled.get(cls.name);
  if (!validate) {
    validate = ajv.getSchema(`contracts#/definitions/${cls.name}`);
    if (!validate) throw new Error(`no JSON Schema for contract ${cls.name}`);
    compiled.set(cls.name, validate);
  }
  const v = validate;
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [{ path: '', reason: 'must be a JSON object', code: 'not-an-object' }];
    if (jsonDepthExceeds(value)) return [{ path: '', reason: `nests deeper than ${MAX_JSON_DEPTH} levels`, code: 'too-deep' }];
    if (v(value)) return [];
    const seen = new Set<string>();
    const out: ContractError[] = [];
    for (const e of v.errors ?? []) {
      const error = { path: pathOf(e), reason: reasonOf(e, names), code: codeOf(e, names) };
      const key = `${error.path}\u0000${error.reason}`;
      if (!seen.has(key)) out.push(error);
      seen.add(key);
    }
    return out.length ? out : [{ path: '', reason: 'does not meet the contract', code: 'invalid' }];
  };
}

const validators = new Map<new () => object, CompiledValidator>();

/**
 * `validateAs` for hot paths that answer the sender (the gateway's batches, the router's agency
 * topics): the compiled validator decides; a value it refuses is checked again by class-validator
 * only for the wording of the reasons, as the HTTP API words them. Where the two disagree (the
 * compiled validator is the stricter on a few shapes, see compiled.spec.ts) the value is refused
 * all the same, with the compiled validator's reasons. An accepted value is returned as parsed
 * (the contract classes have no defaults or transforms, so the class instance adds nothing).
 */
export function validated<T extends object>(cls: new () => T, value: unknown, pathPrefix = ''): { value?: T; errors: ContractError[] } {
  let check = validators.get(cls);
  if (!check) validators.set(cls, (check = compiledValidator(cls)));
  const errors = check(value);
  if (errors.length === 0) return { value: value as T, errors };
  const worded = validateAs(cls, value, pathPrefix).errors;
  if (worded.length) return { errors: worded };
  const at = (path: string) =>
    !pathPrefix ? path : !path ? pathPrefix : path.startsWith('[') ? pathPrefix + path : `${pathPrefix}.${path}`;
  return { errors: errors.map((e) => ({ ...e, path: at(e.path) })) };
}
