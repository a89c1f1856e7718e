import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { catalogues, closeCodes } from './catalogues';
import { refusedCode, withMessageKey } from './message-keys';
import { reasonCode } from './reason-codes';
import { SignalSubmission } from './submission';

export interface ContractError {
  path: string;
  /** For the sender: may quote what it refuses (the HTTP answer to the one who sent it). */
  reason: string;
  /** The same as a code (reason-codes.ts): what may be stored or passed on, never the value. */
  code?: string;
}

export function flattenErrors(errors: ValidationError[], parent = ''): ContractError[] {
  const out: ContractError[] = [];
  for (const e of errors) {
    const path = /^\d+$/.test(e.property) ? `${parent}[${e.property}]` : parent ? `${parent}.${e.property}` : e.property;
    for (const [name, reason] of Object.entries(e.constraints ?? {})) {
      const error: ContractError = { path, reason, code: reasonCode(name) };
      const key = (e.contexts?.[name] as { messageKey?: unknown } | undefined)?.messageKey;
      const codes = CODE_LISTS[name]?.();
      if (codes) out.push(refusedOf(error, e.value, codes));
      else out.push(typeof key === 'string' ? withMessageKey(error, key) : error);
    }
    if (e.children?.length) out.push(...flattenErrors(e.children, path));
  }
  return out;
}

/** The catalogues whose codes a constraint checks: a refusal names the refused code and the close ones. */
const CODE_LISTS: Record<string, (() => string[]) | undefined> = {
  isTaxonomyCode: () => catalogues().categoryCodes,
  isIndicatorCode: () => catalogues().indicatorCodes,
};

/** The refused code (the first one of a list that is not in the catalogue) and the codes close to it. */
function refusedOf(error: ContractError, value: unknown, codes: string[]): ContractError {
  const refused = Array.isArray(value) ? value.find((v) => typeof v !== 'string' || !codes.includes(v)) : value;
  if (typeof refused !== 'string') return error;
  return refusedCode(error, refused, { close: closeCodes(refused, codes) });
}

/** Why class-transformer could not read a value: a null or a primitive where an object belongs. */
export function unreadable(e: unknown): string {
  if (e instanceof URIError) return 'contains an unpaired surrogate (\\ud800-\\udfff), which is not text';
  const m = /reading '([^']+)'/.exec(String((e as Error)?.message));
  return m ? `a list element is null or not an object where an object with '${m[1]}' is expected` : 'has a shape no contract accepts';
}

/**
 * No contract nests anywhere near this deep. Deeper input is refused before the recursive
 * transformer and validator see it: they would overflow the stack (a RangeError, not an answer).
 */
export const MAX_JSON_DEPTH = 256;

/** True when arrays/objects nest more than `max` levels; iterative, so any depth is safe to ask. */
export function jsonDepthExceeds(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Validates untrusted JSON against a contract class, exactly as the HTTP edge does (whitelist,
 * unknown fields refused). Used by the gateway's batch endpoint and by the router for direct
 * Kafka submissions, so both entry paths apply the same rules.
 */
export function validateAs<T extends object>(cls: new () => T, value: unknown, pathPrefix = ''): { value?: T; errors: ContractError[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { errors: [{ path: pathPrefix, reason: 'must be a JSON object', code: 'not-an-object' }] };
  }
  if (jsonDepthExceeds(value))
    return { errors: [{ path: pathPrefix, reason: `nests deeper than ${MAX_JSON_DEPTH} levels`, code: 'too-deep' }] };
  let instance: T;
  let errors: ContractError[];
  try {
    instance = plainToInstance(cls, value);
    errors = flattenErrors(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }), pathPrefix);
  } catch (e) {
    // class-transformer and validator.js throw on some shapes (a null where a discriminated object
    // is expected, e.g. "subjects": [null]; an unpaired surrogate in an e-mail address): an answer,
    // not an exception that would block a partition.
    return { errors: [{ path: pathPrefix, reason: unreadable(e), code: 'unreadable-shape' }] };
  }
  return errors.length ? { errors } : { value: instance, errors };
}

export const validateSignal = (value: unknown, pathPrefix = '') => validateAs(SignalSubmission, value, pathPrefix);

export const UNSTORABLE = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Every string and key of a parsed document is free of NUL and unpaired surrogates (iterative):
 * what Postgres text and jsonb can hold. Anything else is refused at the edge, never half-stored.
 */
export function jsonStorable(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (UNSTORABLE.test(v)) return false;
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, child] of Object.entries(v)) {
        if (UNSTORABLE.test(k)) return false;
        stack.push(child);
      }
    }
  }
  return true;
}

/**
 * The value with every string and key as Postgres text can hold it: unpaired surrogates and NUL
 * become U+FFFD (what a UTF-8 encoder writes for the former). For facts derived from hostile input
 * that must still be stored and hashed exactly as stored. A value that is storable already — nearly
 * every one — comes back as it is (the audit calls this for every ledger entry: checking first costs
 * ~2.4 µs an entry, rebuilding ~6.6 µs); anything else as a copy.
 */
export function toStorable<T>(v: T): T {
  return jsonStorable(v) ? v : rebuildStorable(v);
}

function rebuildStorable<T>(v: T): T {
  if (typeof v === 'string') return v.toWellFormed().replaceAll('\u0000', '\ufffd') as T;
  if (Array.isArray(v)) return v.map(rebuildStorable) as T;
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [rebuildStorable(k), rebuildStorable(x)])) as T;
  }
  return v;
}
