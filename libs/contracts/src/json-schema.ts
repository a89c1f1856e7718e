// eslint-disable-next-line @typescript-eslint/no-require-imports -- the storage is not part of the typed entry point
const { defaultMetadataStorage } = require('class-transformer/cjs/storage');
import { getMetadataStorage } from 'class-validator';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { catalogues } from './catalogues';
import { CLASSIFICATIONS, SUBJECT_CLASSES } from './submission';

type Schema = Record<string, unknown>;

/**
 * JSON Schemas of every contract class, generated from their class-validator metadata (never
 * hand-copied). `refPrefix` is `#/definitions/` for standalone schema files and
 * `#/components/schemas/` for OpenAPI and AsyncAPI documents.
 */
export function contractSchemas(refPrefix = '#/definitions/'): Record<string, Schema> {
  const c = catalogues();
  const date = { type: 'string' as const, format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
  const schemas = validationMetadatasToSchemas({
    classValidatorMetadataStorage: getMetadataStorage(),
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: refPrefix,
    additionalConverters: {
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
      isRetentionDate: { ...date, description: 'after today, at most MAX_RETENTION_DAYS ahead' },
      isPastInstant: { type: 'string' as const, format: 'date-time', description: 'ISO 8601 instant with a time zone, not in the future' },
      isTaxonomyCode: { type: 'string' as const, enum: c.categoryCodes, description: `taxonomy ${c.taxonomyVersion}` },
      isIndicatorCode: { type: 'string' as const, enum: c.indicatorCodes, description: `indicator catalogue ${c.indicatorsVersion}` },
      isAccreditedClassification: {
        type: 'string',
        enum: [...CLASSIFICATIONS],
        description: 'levels above the deployment accreditation (ACCREDITED_MAX_CLASSIFICATION, default confidential) are refused',
      },
    },
  });
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
  return fixRefs(schemas, refPrefix) as Record<string, Schema>;
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
