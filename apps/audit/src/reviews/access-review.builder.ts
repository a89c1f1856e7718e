import { Injectable } from '@nestjs/common';
import { positiveInt } from '@passerelle/security';
import {
  AccessAnomaly,
  AccessReview,
  AnomalyKind,
  AnomalyMark,
  anomalyId,
  MAX_ENTRIES,
  median,
  PrincipalActivity,
  reviewDigest,
  ReviewEntry,
} from './access-review';
import { ReviewPeriod } from './review-scope';
import { AccessEntry, BoundedEntries, ReviewsRepository, ScopePrincipal } from './reviews.repository';

const DAY_MS = 86_400_000;

const entry = (e: AccessEntry): ReviewEntry => ({
  seq: e.seq,
  at: e.at,
  action: e.action,
  endpoint: e.endpoint,
  reason: e.reason,
  signalIds: e.signalIds,
});

/**
 * Computes the quarterly access review of a scope from the ledger: per principal, reads by kind
 * (endpoint) and refused attempts, and the anomalies — each a fact pattern with the ledger entries
 * it stands on, never any content:
 * - `bulk-read`: a day on which the principal read more signals than `REVIEW_BULK_FACTOR` (3) times
 *   its own median day over the period and the `REVIEW_BASELINE_DAYS` (90) before it, and at least
 *   `REVIEW_BULK_MIN_SIGNALS` (50);
 * - `outside-hours`: reads or attempts outside the scope's working hours (one anomaly per principal
 *   and local day);
 * - `new-agency`, `new-category`: the first read ever of an agency's signals or of a category, for a
 *   principal that read before the period (a new principal's first reads are not news);
 * - `after-clearance-lapse`: reads or attempts after the principal's clearance (above unclassified)
 *   expired;
 * - `revoked-key`: anything recorded under the principal after it was revoked.
 */
@Injectable()
export class AccessReviewBuilder {
  readonly factor = positiveInt('REVIEW_BULK_FACTOR', 3);
  readonly minimumSignals = positiveInt('REVIEW_BULK_MIN_SIGNALS', 50);
  readonly baselineDays = positiveInt('REVIEW_BASELINE_DAYS', 90);

  constructor(private readonly repo: ReviewsRepository) {}

  async build(p: ReviewPeriod): Promise<AccessReview> {
    const { start, end } = await this.repo.bounds(p.from, p.to, p.hours.timeZone);
    const people = await this.repo.scopePrincipals(p.agency);
    const actorOf = (x: ScopePrincipal) => `principal:${x.id}`;
    const byActor = new Map(people.map((x) => [actorOf(x), x]));
    const actors = [...byActor.keys()];
    const anomalies: AccessAnomaly[] = [];
    const add = (
      kind: AnomalyKind,
      who: ScopePrincipal,
      key: string,
      facts: AccessAnomaly['facts'],
      { entries, total }: BoundedEntries,
    ) => {
      if (total === 0 || entries.length === 0) return;
      anomalies.push({
        id: anomalyId(kind, who.id, key),
        kind,
        principalId: who.id,
        principalName: who.name,
        at: entries[0].at,
        facts,
        entries: entries.slice(0, MAX_ENTRIES).map(entry),
        entryCount: total,
        mark: null,
      });
    };

    // Bulk: each day against the principal's own median day.
    const baselineStart = new Date(Date.parse(start) - this.baselineDays * DAY_MS).toISOString();
    const days = await this.repo.days(actors, baselineStart, end, p.hours.timeZone);
    for (const actor of actors) {
      const mine = days.filter((d) => d.actor === actor && d.signals > 0);
      const usual = median(mine.map((d) => d.signals));
      const threshold = Math.max(this.minimumSignals, Math.floor(this.factor * usual) + 1);
      for (const d of mine) {
        if (d.day < p.from || d.day > p.to || d.signals < threshold) continue;
        const reads = await this.repo.readsOfDay(actor, d.day, p.hours.timeZone, MAX_ENTRIES);
        add(
          'bulk-read',
          byActor.get(actor)!,
          d.day,
          { day: d.day, signals: d.signals, reads: d.reads, usualPerDay: usual, threshold },
          reads,
        );
      }
    }

    // Outside working hours: one anomaly per principal and local day.
    // Counted and cut to MAX_ENTRIES per principal and day in SQL: memory follows the anomalies, not the reads.
    const outside = await this.repo.outsideHours(actors, start, end, p.hours, MAX_ENTRIES);
    const groups = new Map<string, BoundedEntries>();
    for (const { day, total, ...e } of outside) {
      const key = `${e.actor}\u0000${day}`;
      const g = groups.get(key) ?? { entries: [], total };
      g.entries.push(e);
      groups.set(key, g);
    }
    for (const [key, g] of groups) {
      const [actor, day] = key.split('\u0000');
      add('outside-hours', byActor.get(actor)!, day, { day, entries: g.total }, g);
    }

    // First reads ever of an agency's signals or a category, by principals that read before.
    const known = await this.repo.readBefore(actors, start);
    for (const [list, kind, fact] of [
      ['agencies', 'new-agency', 'agency'],
      ['categories', 'new-category', 'category'],
    ] as const) {
      for (const t of await this.repo.firstTouches(actors, list, end)) {
        if (!known.has(t.actor) || t.at < start) continue;
        add(kind, byActor.get(t.actor)!, t.value, { [fact]: t.value }, { entries: [t], total: 1 });
      }
    }

    // Use after a clearance lapsed, or of a revoked principal's key.
    for (const x of people) {
      if (x.clearance !== 'unclassified' && x.clearanceExpiresAt && x.clearanceExpiresAt < end) {
        const after = await this.repo.after(actorOf(x), x.clearanceExpiresAt, start, end, MAX_ENTRIES);
        add('after-clearance-lapse', x, x.clearanceExpiresAt, { clearance: x.clearance, clearanceExpiresAt: x.clearanceExpiresAt }, after);
      }
      if (x.revokedAt && x.revokedAt < end) {
        add(
          'revoked-key',
          x,
          x.revokedAt,
          { revokedAt: x.revokedAt },
          await this.repo.after(actorOf(x), x.revokedAt, start, end, MAX_ENTRIES),
        );
      }
    }

    const marks = new Map(
      (await this.repo.marks({ review: 'access', scope: p.scope, from: p.from, to: p.to })).map((m) => [m.anomalyId, m]),
    );
    for (const a of anomalies) {
      const m = marks.get(a.id);
      if (m) a.mark = { mark: m.mark as AnomalyMark, by: m.by, at: m.at };
    }
    anomalies.sort((a, b) => a.principalName.localeCompare(b.principalName) || a.at.localeCompare(b.at) || a.kind.localeCompare(b.kind));

    const kinds = await this.repo.kinds(actors, start, end);
    const principals: PrincipalActivity[] = people
      .map((x) => {
        const mine = kinds.filter((k) => k.actor === actorOf(x));
        const reads = mine
          .filter((k) => k.action === 'access.recorded')
          .map((k) => ({ endpoint: k.endpoint ?? 'unknown', reads: k.entries, signals: k.signals }));
        const denied = mine
          .filter((k) => k.action === 'access.denied')
          .map((k) => ({ endpoint: k.endpoint ?? 'unknown', reason: k.reason ?? 'counted', attempts: k.entries }));
        return {
          principalId: x.id,
          name: x.name,
          role: x.role,
          clearance: x.clearance,
          reads,
          denied,
          readsTotal: reads.reduce((n, k) => n + k.reads, 0),
          signalsTotal: reads.reduce((n, k) => n + k.signals, 0),
          deniedTotal: denied.reduce((n, k) => n + k.attempts, 0),
          anomalies: anomalies.filter((a) => a.principalId === x.id).length,
        };
      })
      // A principal that did not exist during the period, and did nothing in it, is not part of it.
      .filter((a) => {
        const x = byActor.get(`principal:${a.principalId}`)!;
        return a.readsTotal + a.deniedTotal + a.anomalies > 0 || (x.createdAt < end && (!x.revokedAt || x.revokedAt >= start));
      });

    const facts = {
      review: 'access' as const,
      scope: p.scope,
      from: p.from,
      to: p.to,
      periodStart: start,
      periodEnd: end,
      workingHours: p.hours,
      bulk: { factor: this.factor, minimumSignals: this.minimumSignals, baselineDays: this.baselineDays },
      principals,
      anomalies,
      open: anomalies.filter((a) => !a.mark).length,
    };
    const signed = (await this.repo.signOffs('access', p.scope)).find((s) => s.from === p.from && s.to === p.to);
    // The instants read over are not digested: a period that includes today ends at "now", which
    // moves; what was read in it is in the facts.
    const { periodStart: _s, periodEnd: _e, ...digested } = facts;
    return {
      ...facts,
      digest: reviewDigest(digested),
      signedOff: signed ? { by: signed.by, byName: signed.byName, at: signed.at, digest: signed.digest, seq: signed.seq } : null,
    };
  }
}
