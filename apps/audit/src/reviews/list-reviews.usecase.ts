import { Injectable } from '@nestjs/common';
import { positiveInt, Principal } from '@passerelle/security';
import { RecordOversightQueryUseCase } from '../oversight/record-oversight-query.usecase';
import { ReviewsRepository } from './reviews.repository';

export const REVIEW_KINDS = ['access', 'clearance'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export interface ReviewDue {
  review: ReviewKind;
  scope: string;
  from: string;
  to: string;
  /** The last day to sign it off: the period's end plus the grace days. */
  dueBy: string;
  status: 'done' | 'due' | 'late';
  signedOff: { by: string; byName: string | null; at: string; digest: string; seq: string; late: boolean } | null;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

/**
 * For oversight: every review each scope owes — the access review each calendar quarter, the
 * clearance review each month, since the scope's first principal — and whether it was signed off
 * (done, in time or late), is still within its grace days (due) or past them (late). A review
 * covers a period when a sign-off's period contains it.
 */
@Injectable()
export class ListReviewsUseCase {
  private readonly grace: Record<ReviewKind, number> = {
    access: positiveInt('REVIEW_ACCESS_GRACE_DAYS', 30),
    clearance: positiveInt('REVIEW_CLEARANCE_GRACE_DAYS', 10),
  };

  constructor(
    private readonly repo: ReviewsRepository,
    private readonly record: RecordOversightQueryUseCase,
  ) {}

  async execute(
    who: Principal,
    q: { kind: ReviewKind; scope?: string; since?: string },
    endpoint: string,
  ): Promise<{ reviews: ReviewDue[] }> {
    await this.record.record(who, endpoint, {
      kind: q.kind,
      ...(q.scope ? { scope: q.scope } : {}),
      ...(q.since ? { from: q.since } : {}),
    });
    const today = iso(new Date());
    const months = q.kind === 'access' ? 3 : 1;
    const signOffs = await this.repo.signOffs(q.kind);
    const out: ReviewDue[] = [];
    for (const s of await this.repo.scopes()) {
      if (q.scope && s.scope !== q.scope) continue;
      const since = q.since && q.since > s.since.slice(0, 10) ? q.since : s.since.slice(0, 10);
      // Periods aligned on calendar quarters (or months), from the one holding `since`.
      const first = new Date(`${since.slice(0, 7)}-01T00:00:00Z`);
      first.setUTCMonth(first.getUTCMonth() - (first.getUTCMonth() % months));
      for (let start = first; ;) {
        const next = new Date(start);
        next.setUTCMonth(next.getUTCMonth() + months);
        const from = iso(start);
        const to = addDays(iso(next), -1);
        if (to >= today) break;
        const dueBy = addDays(to, this.grace[q.kind]);
        const done = signOffs.find((o) => o.scope === s.scope && o.from <= from && o.to >= to);
        out.push({
          review: q.kind,
          scope: s.scope,
          from,
          to,
          dueBy,
          status: done ? 'done' : today <= dueBy ? 'due' : 'late',
          signedOff: done
            ? { by: done.by, byName: done.byName, at: done.at, digest: done.digest, seq: done.seq, late: done.at.slice(0, 10) > dueBy }
            : null,
        });
        start = next;
      }
    }
    return { reviews: out };
  }
}
