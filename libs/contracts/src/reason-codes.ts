import { getMetadataStorage } from 'class-validator';

/**
 * Why a message was refused, as facts that can be stored anywhere (the ledger, rejection events,
 * logs): a field path made of contract field names and indexes, and a code. Never the value, and
 * never text the sender chose — a refused message's unknown field names are the sender's text too.
 */
export interface CodedReason {
  path: string;
  reason: string;
}

/** What a reason code looks like: lower-case words joined by dashes. */
export const REASON_CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** A path segment that is not a field of any contract (an unknown field's name is the sender's text). */
export const UNKNOWN_FIELD = '*';

/** class-validator constraint names whose code says more than the name itself. */
const CODES: Record<string, string> = {
  whitelistValidation: 'unknown-field',
  isTaxonomyCode: 'unknown-code',
  isIndicatorCode: 'unknown-code',
  isIn: 'not-allowed',
  matches: 'bad-format',
  isLength: 'bad-length',
  isAccreditedClassification: 'above-accreditation',
  isRetentionDate: 'bad-retention-date',
  nestedValidation: 'not-an-object',
  unknownValue: 'unknown-value',
};

/** The code of a class-validator constraint (`isIban` → `is-iban`, `whitelistValidation` → `unknown-field`). */
export function reasonCode(constraint: string): string {
  const code =
    CODES[constraint] ??
    constraint
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .toLowerCase()
      .replace(/^-+|-+$/g, '');
  return REASON_CODE.test(code) && code.length <= 60 ? code : 'invalid';
}

let known: Set<string> | undefined;

/** Every property name any contract class validates (class-validator's registered metadata). */
function knownFields(): Set<string> {
  if (!known) {
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { propertyName: string }[]> };
    known = new Set<string>();
    for (const list of storage.validationMetadatas.values()) for (const m of list) if (m.propertyName) known.add(m.propertyName);
  }
  return known;
}

/**
 * A field path as a fact: each segment kept when it is an index or the name of a contract field,
 * `*` otherwise (`subjects[0].familyName` stays; `subjects[0].Jane Roe` becomes `subjects[0].*`).
 */
export function factPath(path: string): string {
  if (typeof path !== 'string' || path === '') return '';
  const fields = knownFields();
  const segments = path.slice(0, 300).match(/\[\d{1,4}\]|[^.[\]]+|\[[^\]]*\]/g) ?? [];
  return segments
    .map((s, i) => {
      if (/^\[\d{1,4}\]$/.test(s)) return s;
      const name = fields.has(s) && /^[A-Za-z][A-Za-z0-9]{0,59}$/.test(s) ? s : UNKNOWN_FIELD;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

/**
 * Reasons as codes with field paths: the code a reason carries (`code`), else the reason itself
 * when it already is a code, else `invalid`. At most `max` of them, repeats folded.
 */
export function codedReasons(reasons: { path: string; reason: string; code?: string }[], max = 50): CodedReason[] {
  const out: CodedReason[] = [];
  const seen = new Set<string>();
  for (const r of reasons) {
    const code = r.code && REASON_CODE.test(r.code) ? r.code : REASON_CODE.test(r.reason) && r.reason.length <= 60 ? r.reason : 'invalid';
    const c = { path: factPath(r.path), reason: code };
    const k = `${c.path}\u0000${c.reason}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
    if (out.length >= max) break;
  }
  return out;
}
