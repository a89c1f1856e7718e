import { Injectable } from '@nestjs/common';
import { CLASSIFICATIONS } from '@passerelle/contracts';
import { positiveInt } from '@passerelle/security';
import { anomalyId, cell, reviewDigest } from './access-review';
import { ReviewPeriod } from './review-scope';
import { ClearanceReviewsRepository, PrincipalChange, ReviewsRepository } from './reviews.repository';

export const CLEARANCE_FINDINGS = ['clearance-expiring', 'unused', 'above-use'] as const;
export type ClearanceFindingKind = (typeof CLEARANCE_FINDINGS)[number];
/** What the officer decided for a finding: the action itself is asked for at the intake, under the two-person rules. */
export const CLEARANCE_MARKS = ['kept', 'extended', 'lowered', 'revoked'] as const;

export interface ClearanceFinding {
  id: string;
  kind: ClearanceFindingKind;
  principalId: string;
  principalName: string;
  role: string;
  clearance: string;
  clearanceExpiresAt: string | null;
  lastReadAt: string | null;
  readsInWindow: number;
  highestRead: string | null;
  feeds: string[];
  /** Requests and changes recorded on the principal since the period began (asked, approved, done). */
  changes: PrincipalChange[];
  mark: { mark: string; by: string; at: string } | null;
}

export interface ClearanceReview {
  review: 'clearance';
  scope: string;
  from: string;
  to: string;
  /** Expiring: before this instant (the period's end plus REVIEW_CLEARANCE_WINDOW_DAYS), or lapsed already. */
  expiringBefore: string;
  /** Unused and above-use look at reads since this instant (REVIEW_UNUSED_DAYS before the period's end). */
  usedSince: string;
  principals: number;
  anomalies: ClearanceFinding[];
  open: number;
  digest: string;
  signedOff: { by: string; byName: string | null; at: string; digest: string; seq: string } | null;
}

const DAY_MS = 86_400_000;
const rank = (c: string) => (CLASSIFICATIONS as readonly string[]).indexOf(c);

/**
 * The monthly clearance review of a scope: its active principals whose clearance expires within the
 * window (or has lapsed), that read nothing for `REVIEW_UNUSED_DAYS` (90; principals younger than
 * that are not judged), or that hold a clearance above anything they read in that time (where reads
 * record classifications: the intake's do). Each finding lists what was asked for or changed on the
 * principal since the period began, from the ledger: extend, lower and revoke are asked for at the
 * intake (`PATCH`/`DELETE /v1/admin/principals/{id}`), under the two-person rules.
 */
@Injectable()
export class ClearanceReviewBuilder {
  readonly windowDays = positiveInt('REVIEW_CLEARANCE_WINDOW_DAYS', 60);
  readonly unusedDays = positiveInt('REVIEW_UNUSED_DAYS', 90);

  constructor(
    private readonly repo: ReviewsRepository,
    private readonly clearances: ClearanceReviewsRepository,
  ) {}

  async build(p: ReviewPeriod): Promise<ClearanceReview> {
    const { start, end } = await this.repo.bounds(p.from, p.to, p.hours.timeZone);
    const expiringBefore = new Date(Date.parse(end) + this.windowDays * DAY_MS).toISOString();
    const usedSince = new Date(Date.parse(end) - this.unusedDays * DAY_MS).toISOString();
    const people = await this.clearances.use(p.agency, usedSince, end);
    const changes = await this.clearances.changes(
      people.map((x) => x.id),
      start,
    );
    const findings: ClearanceFinding[] = [];
    for (const x of people) {
      const highest = x.classificationsRead.length ? x.classificationsRead.reduce((a, b) => (rank(a) >= rank(b) ? a : b)) : null;
      const kinds: ClearanceFindingKind[] = [];
      if (x.clearance !== 'unclassified' && x.clearanceExpiresAt && x.clearanceExpiresAt < expiringBefore) kinds.push('clearance-expiring');
      if (x.reads === 0 && x.createdAt <= usedSince) kinds.push('unused');
      if (x.reads > 0 && highest !== null && rank(x.clearance) > rank(highest)) kinds.push('above-use');
      for (const kind of kinds) {
        findings.push({
          id: anomalyId(kind, x.id, `${x.clearance}\u0000${x.clearanceExpiresAt ?? ''}`),
          kind,
          principalId: x.id,
          principalName: x.name,
          role: x.role,
          clearance: x.clearance,
          clearanceExpiresAt: x.clearanceExpiresAt,
          lastReadAt: x.lastReadAt,
          readsInWindow: x.reads,
          highestRead: highest,
          feeds: x.feeds,
          changes: changes.filter((c) => c.principalId === x.id),
          mark: null,
        });
      }
    }
    const marks = new Map(
      (await this.repo.marks({ review: 'clearance', scope: p.scope, from: p.from, to: p.to })).map((m) => [m.anomalyId, m]),
    );
    for (const f of findings) {
      const m = marks.get(f.id);
      if (m) f.mark = { mark: m.mark, by: m.by, at: m.at };
    }
    const facts = {
      review: 'clearance' as const,
      scope: p.scope,
      from: p.from,
      to: p.to,
      principals: people.length,
      anomalies: findings,
      open: findings.filter((f) => !f.mark).length,
    };
    const signed = (await this.repo.signOffs('clearance', p.scope)).find((s) => s.from === p.from && s.to === p.to);
    return {
      ...facts,
      expiringBefore,
      usedSince,
      digest: reviewDigest(facts),
      signedOff: signed ? { by: signed.by, byName: signed.byName, at: signed.at, digest: signed.digest, seq: signed.seq } : null,
    };
  }
}

/** The clearance review as CSV: one row per finding (its ids the ledger seqs of the changes since the period began), and the digest. */
export function clearanceReviewCsv(r: ClearanceReview): string {
  const rows: (string | number | null)[][] = [
    [
      'record',
      'principal_id',
      'principal_name',
      'role',
      'kind',
      'clearance',
      'clearance_expires_at',
      'last_read_at',
      'highest_read',
      'anomaly_id',
      'mark',
      'ids',
    ],
  ];
  for (const f of r.anomalies) {
    rows.push([
      'finding',
      f.principalId,
      f.principalName,
      f.role,
      f.kind,
      f.clearance,
      f.clearanceExpiresAt,
      f.lastReadAt,
      f.highestRead,
      f.id,
      f.mark?.mark ?? 'open',
      f.changes.map((c) => c.seq).join(' '),
    ]);
  }
  rows.push(['digest', '', '', '', r.review, '', '', '', '', '', r.signedOff ? 'signed-off' : 'open', r.digest]);
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
