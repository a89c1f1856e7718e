// eslint-disable-next-line @typescript-eslint/no-require-imports -- the storage is not part of the typed entry point
const { defaultMetadataStorage } = require('class-transformer/cjs/storage');
import { getFromContainer, getMetadataStorage, ValidatorConstraintInterface } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import type { ISchemaConverters } from 'class-validator-jsonschema/build/defaultConverters';
import type { IOptions } from 'class-validator-jsonschema/build/options';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- not re-exported by the package's entry point
const { defaultConverters } = require('class-validator-jsonschema/build/defaultConverters') as { defaultConverters: ISchemaConverters };
import { catalogues } from './catalogues';
import { CLASSIFICATIONS, SUBJECT_CLASSES } from './submission';

type Schema = Record<string, unknown>;

/**
 * JSON Schemas of every contract class, generated from their class-validator metadata (never
 * hand-copied). `refPrefix` is `#/definitions/` for standalone schema files and
 * `#/components/schemas/` for OpenAPI and AsyncAPI documents.
 */
export function contractSchemas(refPrefix = '#/definitions/', checks?: CheckRegistry): Record<string, Schema> {
  const c = catalogues();
  const date = { type: 'string' as const, format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
  const converters: Record<string, ISchemaConverters[string]> = {
    isIban: {
      type: 'string' as const,
      pattern: '^[A-Z]{2}\\d{2}[A-Z0-9 ]{11,40}$',
      description: 'IBAN; the mod-97 checksum is verified',
    },
    isImo: { type: 'string' as const, pattern: '^(IMO ?)?\\d{7}$', description: 'IMO number; the check digit is verified' },
    isContainerNumber: {
      type: 'string' as const,
      pattern: '^[A-Z]{3}[UJZ] ?\\d{6} ?\\d$',
      description: 'ISO 6346; the check digit is verified',
    },
    isCalendarDate: date,
    isCounts: (meta: ValidationMetadata) => ({
      type: 'object',
      additionalProperties: { type: 'integer', minimum: meta.constraints?.[0] as number, maximum: meta.constraints?.[1] as number },
    }),
    isRetentionDate: { ...date, description: 'after today, at most MAX_RETENTION_DAYS ahead' },
    isPastInstant: { type: 'string' as const, format: 'date-time', description: 'ISO 8601 instant with a time zone, not in the future' },
    isTaxonomyCode: { type: 'string' as const, enum: c.categoryCodes, description: `taxonomy ${c.taxonomyVersion}` },
    isIndicatorCode: { type: 'string' as const, enum: c.indicatorCodes, description: `indicator catalogue ${c.indicatorsVersion}` },
    isAccreditedClassification: {
      type: 'string',
      enum: [...CLASSIFICATIONS],
      description: 'levels above the deployment accreditation (ACCREDITED_MAX_CLASSIFICATION, default confidential) are refused',
    },
  };
  const schemas = validationMetadatasToSchemas({
    classValidatorMetadataStorage: getMetadataStorage(),
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: refPrefix,
    additionalConverters: checks ? withChecks(converters, checks) : converters,
  });
  if (checks) allowNullWhereOptional(schemas as unknown as Record<string, Schema>);
  // Every contract class refuses unknown fields.
  for (const s of Object.values(schemas)) (s as Schema).additionalProperties = false;
  // Each subject class admits exactly its own kind (the discriminator of SignalSubmission.subjects).
  // A one-value `enum`, not `const`: OpenAPI 3.0 schema objects have no `const`.
  for (const [kind, cls] of Object.entries(SUBJECT_CLASSES)) {
    const props = (schemas[cls.name] as Schema | undefined)?.properties as Record<string, Schema> | undefined;
    if (props) props.kind = { type: 'string', enum: [kind] };
  }
  // Only a validation device for unknown kinds, not a contract: no schema may point at it (the
  // subjects' `oneOf` says what a subject is), and every pointer uses this document's prefix.
  delete schemas.UnknownSubject;
  if (checks) {
    // Validators pick the subject's schema by its kind, as class-transformer picks its class. Stated
    // here rather than read from the `@JSONSchema` decorator's metadata: that metadata lives in
    // reflect-metadata's registry, and a process that loaded reflect-metadata twice (the test global
    // setup beside a test file) read none of it — every object passed as a subject.
    const subjects = ((schemas.SignalSubmission as Schema | undefined)?.properties as Record<string, Schema> | undefined)?.subjects;
    if (!subjects) throw new Error('no SignalSubmission.subjects in the contract schemas');
    subjects.items = {
      type: 'object',
      oneOf: Object.values(SUBJECT_CLASSES).map((cls) => ({ $ref: `${refPrefix}${cls.name}` })),
      discriminator: { propertyName: 'kind' },
    };
  }
  return fixRefs(schemas, refPrefix) as Record<string, Schema>;
}

/**
 * The checks a JSON Schema cannot state exactly, as class-validator runs them: for schemas that
 * validate (never for the published documents), each such constraint becomes an `x-check-<id>`
 * keyword naming a function registered here — the constraint's own validator.
 */
export interface CheckRegistry {
  register(check: (value: unknown) => boolean, name: string): number;
}

/**
 * Constraints whose JSON Schema form states exactly what class-validator checks (their converter
 * gives the type with the keyword). Every other constraint — validator.js's ISO 8601, e-mail, UUID,
 * country codes and coordinates, its length count (code points less presentation selectors), array
 * sizes and minimums (which JSON Schema applies only to values of the right type), and every custom
 * constraint of libs/contracts (checksums, catalogues, the deployment's policy, dates against today)
 * — runs as the constraint's own function.
 */
const EXACT = new Set(['isString', 'isIn', 'matches', 'isArray', 'isObject', 'isNumber', 'isInt']);
const STRUCTURAL = new Set(['nestedValidation', 'whitelistValidation', 'conditionalValidation', 'isDefined']);

type Converter = ISchemaConverters[string];

function withChecks(converters: Record<string, Converter>, checks: CheckRegistry): Record<string, Converter> {
  const delegate =
    (name: string): Converter =>
    (meta: ValidationMetadata) => {
      const constraint = getFromContainer(meta.constraintCls as new () => ValidatorConstraintInterface);
      const args = { constraints: meta.constraints ?? [], targetName: '', object: {}, property: meta.propertyName, value: undefined };
      const id = checks.register((value) => constraint.validate(value, { ...args, value }) === true, meta.type ?? name);
      // The constraint's own validator decides, type included: no approximation beside it. One
      // keyword per check (`x-check-<id>`): the converters' schemas of one property are merged
      // (lodash merge), and a shared `x-check` key kept only the last of them — `@Min(1) @Max(n)`
      // checked the minimum only, and 2147483648 passed the router (issue 32, item 1).
      return { [`x-check-${id}`]: id };
    };
  const out: Record<string, Converter> = { ...defaultConverters, ...converters };
  for (const name of Object.keys(out)) if (!EXACT.has(name) && !STRUCTURAL.has(name)) out[name] = delegate(name);
  // Constraints without a converter of their own land here (class-validator-jsonschema's fallback).
  const fallback = defaultConverters.customValidation;
  out.customValidation = (meta: ValidationMetadata, options: IOptions) =>
    meta.constraintCls
      ? (delegate(meta.type) as (m: ValidationMetadata) => Schema)(meta)
      : typeof fallback === 'function'
        ? fallback(meta, options)
        : fallback;
  return out;
}

/** `@IsOptional()` lets null through as well as an absent field (class-validator skips both). */
function allowNullWhereOptional(schemas: Record<string, Schema>): void {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, ValidationMetadata[]> };
  for (const metas of storage.validationMetadatas.values()) {
    for (const m of metas) {
      if (m.name !== 'isOptional' || typeof m.target !== 'function') continue;
      const props = schemas[(m.target as { name: string }).name]?.properties as Record<string, Schema> | undefined;
      const p = props?.[m.propertyName];
      if (p && !p.anyOf) props![m.propertyName] = { anyOf: [{ type: 'null' }, p] };
    }
  }
}

function fixRefs(v: unknown, refPrefix: string): unknown {
  if (Array.isArray(v)) return v.map((x) => fixRefs(x, refPrefix));
  if (!v || typeof v !== 'object') return v;
  const out: Schema = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === '$ref' && typeof x === 'string') {
      const name = x.slice(x.lastIndexOf('/') + 1);
      if (name !== 'UnknownSubject') out.$ref = `${refPrefix}${name}`;
    } else out[k] = fixRefs(x, refPrefix);
  }
  return out;
}
