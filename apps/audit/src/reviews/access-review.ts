import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { WorkingHours } from './working-hours';

/** What the quarterly access review flags (docs/security-officer.md, _The quarterly access-log review_). */
export const ANOMALY_KINDS = ['bulk-read', 'outside-hours', 'new-agency', 'new-category', 'after-clearance-lapse', 'revoked-key'] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

export const ANOMALY_MARKS = ['explained', 'escalated'] as const;
export type AnomalyMark = (typeof ANOMALY_MARKS)[number];

/** One ledger entry an anomaly stands on: facts only (no content was ever in the ledger). */
export interface ReviewEntry {
  seq: string;
  at: string;
  action: string;
  endpoint: string | null;
  reason: string | null;
  signalIds: string[];
}

export interface AccessAnomaly {
  id: string;
  kind: AnomalyKind;
  principalId: string;
  principalName: string;
  /** When it began: the first entry's instant. */
  at: string;
  /** What makes it one: the day and counts, the agency or category first read, the lapse or revocation instant. */
  facts: Record<string, string | number>;
  /** The entries it stands on, at most {@link MAX_ENTRIES} (entryCount tells how many there are). */
  entries: ReviewEntry[];
  entryCount: number;
  mark: { mark: AnomalyMark; by: string; at: string } | null;
}

export interface PrincipalActivity {
  principalId: string;
  name: string;
  role: string;
  clearance: string;
  reads: { endpoint: string; reads: number; signals: number }[];
  denied: { endpoint: string; reason: string; attempts: number }[];
  readsTotal: number;
  signalsTotal: number;
  deniedTotal: number;
  anomalies: number;
}

export interface AccessReview {
  review: 'access';
  scope: string;
  from: string;
  to: string;
  /** The instants the ledger was read over: [periodStart, periodEnd). */
  periodStart: string;
  periodEnd: string;
  workingHours: WorkingHours;
  bulk: { factor: number; minimumSignals: number; baselineDays: number };
  principals: PrincipalActivity[];
  anomalies: AccessAnomaly[];
  open: number;
  /** SHA-256 of the review's facts and marks (RFC 8785): what a sign-off names. */
  digest: string;
  signedOff: { by: string; byName: string | null; at: string; digest: string; seq: string } | null;
}

export const MAX_ENTRIES = 50;

/** A stable id for an anomaly: the same facts give the same id on every reading of the review. */
export function anomalyId(kind: string, principalId: string, key: string): string {
  return `anomaly-${createHash('sha256').update(`${kind}\u0000${principalId}\u0000${key}`).digest('hex').slice(0, 20)}`;
}

/** The median of positive numbers (0 for none). */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The digest a sign-off names: everything the review states but when it was generated and the sign-off itself. */
export function reviewDigest(r: object): string {
  return createHash('sha256')
    .update(canonicalize(r) ?? '')
    .digest('hex');
}

const CSV_HEADER = [
  'record',
  'principal_id',
  'principal_name',
  'role',
  'kind',
  'endpoint',
  'reason',
  'count',
  'signals',
  'at',
  'anomaly_id',
  'mark',
  'ids',
];

export const cell = (v: string | number | null | undefined): string => {
  const s = v === null || v === undefined ? '' : String(v);
  // Quoted when needed (RFC 4180); a leading formula character is neutralised for spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * The review as CSV (RFC 4180): one row per principal and kind of read (`read`), per kind of refused
 * attempt (`denied`), per anomaly (`anomaly`, its ids the ledger seqs it stands on), and a last
 * `digest` row.
 */
export function accessReviewCsv(r: AccessReview): string {
  const rows: (string | number | null)[][] = [CSV_HEADER];
  for (const p of r.principals) {
    for (const k of p.reads) rows.push(['read', p.principalId, p.name, p.role, '', k.endpoint, '', k.reads, k.signals, '', '', '', '']);
    for (const d of p.denied)
      rows.push(['denied', p.principalId, p.name, p.role, '', d.endpoint, d.reason, d.attempts, '', '', '', '', '']);
  }
  const roles = new Map(r.principals.map((p) => [p.principalId, p.role]));
  for (const a of r.anomalies) {
    rows.push([
      'anomaly',
      a.principalId,
      a.principalName,
      roles.get(a.principalId) ?? '',
      a.kind,
      '',
      '',
      a.entryCount,
      '',
      a.at,
      a.id,
      a.mark?.mark ?? 'open',
      a.entries.map((e) => e.seq).join(' '),
    ]);
  }
  rows.push(['digest', '', '', '', r.review, '', '', '', '', r.periodEnd, '', r.signedOff ? 'signed-off' : 'open', r.digest]);
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
