import { CLASSIFICATIONS, Classification } from '@passerelle/contracts';
import { cell } from '../reviews/access-review';

/** The classified register's item kinds: a signal an agency sent, a product OCAM disseminated. */
export const REGISTER_KINDS = ['signal', 'product'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** Held: some copy may still exist. Destroyed: erased (two officers) or purged at the end of retention. */
export const REGISTER_STATES = ['held', 'destroyed'] as const;
export type RegisterState = (typeof REGISTER_STATES)[number];

/** The levels a register lists: every classification but `unclassified`. */
export const CLASSIFIED_LEVELS = CLASSIFICATIONS.filter((c) => c !== 'unclassified') as Exclude<Classification, 'unclassified'>[];

/** The most items one reading returns (`truncated` says there are more: narrow the search). */
export const MAX_REGISTER_ITEMS = 5000;

export interface RegisterReader {
  principalId: string;
  name: string | null;
  role: string | null;
  /** The reader's agency (null: OCAM). */
  agency: string | null;
  reads: number;
  firstAt: string;
  lastAt: string;
}

/**
 * One classified item held (or once held): facts from the ledger only — ids, codes, instants,
 * principals — never a word of its content. A destroyed item stays as this row (a tombstone): the
 * ledger it is built from is never purged.
 */
export interface RegisterItem {
  kind: RegisterKind;
  id: string;
  classification: Classification;
  /** When it was received: the submission (a signal), the first dissemination (a product). */
  receivedAt: string;
  /** Who it came from: the sending agency (`ocam` for a product) and principal, when the ledger names one. */
  from: { agency: string; principalId: string | null; principalName: string | null };
  /** Who received it: `ocam` for a signal, the agencies a product was sent to (the scope's own only, for an agency). */
  to: string[];
  /** When it is to be destroyed (a signal's end of retention); null when no term was set. */
  retentionUntil: string | null;
  state: RegisterState;
  destroyed: { at: string; how: 'erased' | 'purged' } | null;
  readers: RegisterReader[];
  /** An exercise (docs/exercises.md): listed, and labelled as one. */
  exercise: boolean;
}

export interface RegisterQuery {
  /** An agency's register, or `ocam`/null for every agency (OCAM's officers, oversight). */
  agency: string | null;
  classification?: Classification;
  kind?: RegisterKind;
  state?: RegisterState;
  /** Received from..to (days, inclusive, UTC). */
  from?: string;
  to?: string;
}

export interface ClassifiedRegister {
  register: 'classified';
  scope: string;
  query: RegisterQuery;
  generatedAt: string;
  /** Per level (highest first): how many items are held and destroyed among those listed. */
  levels: { classification: Classification; held: number; destroyed: number }[];
  items: RegisterItem[];
  truncated: boolean;
}

const rank = (c: string) => CLASSIFICATIONS.indexOf(c as Classification);

/** Highest level first, then oldest first. */
export function registerOrder(a: RegisterItem, b: RegisterItem): number {
  return rank(b.classification) - rank(a.classification) || a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id);
}

export function levelCounts(items: RegisterItem[]): ClassifiedRegister['levels'] {
  return [...CLASSIFIED_LEVELS].reverse().map((classification) => ({
    classification,
    held: items.filter((i) => i.classification === classification && i.state === 'held').length,
    destroyed: items.filter((i) => i.classification === classification && i.state === 'destroyed').length,
  }));
}

const CSV_HEADER = [
  'kind',
  'id',
  'classification',
  'received_at',
  'from_agency',
  'from_principal_id',
  'from_principal_name',
  'to',
  'retention_until',
  'state',
  'destroyed_at',
  'destroyed_how',
  'reads',
  'readers',
  'exercise',
];

/**
 * The register as CSV (RFC 4180): one row per item; readers as `name (id) n reads` separated by
 * `; `. Facts only, as the JSON.
 */
export function registerCsv(r: ClassifiedRegister): string {
  const rows: (string | number | null)[][] = [CSV_HEADER];
  for (const i of r.items) {
    rows.push([
      i.kind,
      i.id,
      i.classification,
      i.receivedAt,
      i.from.agency,
      i.from.principalId,
      i.from.principalName,
      i.to.join(' '),
      i.retentionUntil,
      i.state,
      i.destroyed?.at ?? null,
      i.destroyed?.how ?? null,
      i.readers.reduce((n, x) => n + x.reads, 0),
      i.readers.map((x) => `${x.name ?? '?'} (${x.principalId}) ${x.reads}`).join('; '),
      i.exercise ? 'exercise' : '',
    ]);
  }
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
