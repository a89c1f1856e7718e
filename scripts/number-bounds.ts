/**
 * The number-bounds check (issue 32, item 1), part of `npm run contracts:check` (validate-contracts.ts)
 * and of the unit tests (number-bounds.spec.ts): every numeric property of every contract class in
 * libs/contracts has a lower and an upper bound, is listed in STORED_NUMBERS (the columns it lands
 * in), and its bounds fit each of those columns' types as the migrations create them. It fails when
 * someone adds an unbounded number, a number whose storage is not declared, or a bound wider than
 * its column.
 *
 * What it does not see: numbers outside the contract classes (HTTP path and query parameters are
 * bounded by their own pipes and DTOs), and a column the declaration forgets to name.
 */
import * as contracts from '@passerelle/contracts';
import { NumericField, numericFields, STORED_NUMBERS } from '@passerelle/contracts';
import { getMetadataStorage } from 'class-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MIGRATIONS = 'libs/persistence/src/migrations';

/** The range of each Postgres numeric type; `null`: no bound a JavaScript number can pass (floating point, numeric). */
const RANGES: Record<string, [number, number] | null> = {
  smallint: [-32768, 32767],
  int2: [-32768, 32767],
  smallserial: [1, 32767],
  int: [-2147483648, 2147483647],
  integer: [-2147483648, 2147483647],
  int4: [-2147483648, 2147483647],
  serial: [1, 2147483647],
  // ±2^63 as JavaScript numbers hold it (the nearest double): a bound a number can pass is below it.
  bigint: [-(2 ** 63), 2 ** 63],
  int8: [-(2 ** 63), 2 ** 63],
  bigserial: [1, 2 ** 63],
  real: null,
  'double precision': null,
  numeric: null,
  decimal: null,
};

const TYPE =
  '(smallint|int2|int4|int8|integer|int|bigint|smallserial|bigserial|serial|real|double precision|numeric|decimal|text|jsonb|json|uuid|boolean|bytea|timestamptz|timestamp|date|bool)';
const NOT_COLUMNS = new Set(['primary', 'constraint', 'unique', 'foreign', 'check', 'references', 'exclude', 'add', 'drop', 'alter']);

/** `schema.table.column` → every type the migrations give it (lower case). */
export function migrationColumnTypes(sources: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const put = (schema: string, table: string, column: string, type: string) => {
    const key = `${schema}.${table}.${column}`.toLowerCase();
    out.set(key, [...(out.get(key) ?? []), type.toLowerCase().replace(/\s+/g, ' ')]);
  };
  for (const src of sources) {
    for (const m of src.matchAll(/create table (?:if not exists )?(\w+)\.(\w+)\s*\(([\s\S]*?)\)\s*`/gi)) {
      for (const c of m[3].matchAll(new RegExp(`(?:^|\\n|,)\\s*(\\w+)\\s+${TYPE}\\b`, 'gi'))) {
        if (!NOT_COLUMNS.has(c[1].toLowerCase())) put(m[1], m[2], c[1], c[2]);
      }
    }
    for (const m of src.matchAll(/alter table (?:only )?(\w+)\.(\w+)([\s\S]*?)(?:`|'\))/gi)) {
      for (const c of m[3].matchAll(new RegExp(`add column (?:if not exists )?(\\w+)\\s+${TYPE}\\b`, 'gi'))) put(m[1], m[2], c[1], c[2]);
      for (const c of m[3].matchAll(new RegExp(`alter column (\\w+) (?:set data )?type ${TYPE}\\b`, 'gi'))) put(m[1], m[2], c[1], c[2]);
    }
  }
  return out;
}

export function readMigrations(root: string): string[] {
  const dir = join(root, MIGRATIONS);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.includes('.spec.'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** The contract classes of libs/contracts: its exported classes with class-validator metadata. */
export function contractClasses(): (new () => object)[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, unknown> };
  return (Object.values(contracts) as unknown[]).filter(
    (v): v is new () => object => typeof v === 'function' && storage.validationMetadatas.has(v),
  );
}

/** What is wrong, one line each; none when every number is bounded to what its columns hold. */
export function checkNumberBounds(
  fields: NumericField[],
  stored: Record<string, readonly string[]>,
  columns: Map<string, string[]>,
): string[] {
  const errors: string[] = [];
  const known = new Set(fields.map((f) => f.field));
  for (const f of fields) {
    if (f.min === undefined || f.max === undefined) {
      errors.push(`${f.field}: unbounded number (${f.min === undefined ? 'no lower bound' : 'no upper bound'}): add @Min and @Max`);
      continue;
    }
    const where = stored[f.field];
    if (!where) {
      errors.push(`${f.field}: not in STORED_NUMBERS (libs/contracts number-bounds.ts): name the columns it lands in`);
      continue;
    }
    for (const column of where) {
      const types = columns.get(column.toLowerCase());
      if (!types?.length) {
        errors.push(`${f.field}: column ${column} is created by no migration`);
        continue;
      }
      for (const type of types) {
        const base = type.replace(/\(.*$/, '');
        if (!(base in RANGES)) {
          errors.push(`${f.field}: column ${column} is ${type}, not a number`);
          continue;
        }
        const range = RANGES[base];
        if (range && (f.min < range[0] || f.max > range[1]))
          errors.push(`${f.field}: bounds [${f.min}, ${f.max}] are wider than column ${column} (${type}: [${range[0]}, ${range[1]}])`);
      }
    }
  }
  for (const field of Object.keys(stored))
    if (!known.has(field)) errors.push(`${field}: in STORED_NUMBERS but no contract has this number any more`);
  return errors;
}

/** The check on the repository at `root`. */
export function numberBoundsErrors(root: string): string[] {
  return checkNumberBounds(numericFields(contractClasses()), STORED_NUMBERS, migrationColumnTypes(readMigrations(root)));
}
