import { Injectable, OnModuleInit } from '@nestjs/common';
import { Principal, visibilityOf } from '@passerelle/security';
import { randomBytes } from 'node:crypto';
import { DossierLink, linksWithin } from '../dossiers/dossier-links';
import { intakeFeeds } from '../feeds/feeds.consumer';
import { AccessRecorder } from './access-recorder';
import { CursorCodec, localizedProblem, ProblemException, refusal } from '@passerelle/http';
import { SignalRow, SignalsRepository } from './signals.repository';
import { WatchlistsRepository } from '../watchlists/watchlists.repository';
import type { FeedOrder } from './analyst.dto';

/** A signal as an analyst receives it in a feed. */
export function feedItem(r: SignalRow) {
  return {
    signalId: r.signalId,
    dossierId: r.dossierId,
    agency: r.agency,
    category: r.category,
    urgency: r.urgency,
    classification: r.classification,
    receivedAt: r.receivedAt,
    dueAt: r.dueAt,
    overdue: r.overdue,
    assessment: r.outcome ? { outcome: r.outcome, assessedAt: r.assessedAt } : null,
    version: r.version,
    traceId: r.traceId,
    signal: r.signal,
    // Shown only to those who may see an embargoed signal: the principals it names, or anyone once released.
    embargo: r.embargoedTo ? { principals: r.embargoedTo, releasedAt: r.embargoReleasedAt } : null,
    // An exercise says so at the top of every answer (docs/exercises.md); a real signal's answer is unchanged.
    ...(r.exercise ? { exercise: true } : {}),
  };
}

/** The reporter and the forwarding point of contact of a signal drafted by a field officer, when it was. */
function submittedThrough(signal: unknown): { reportedBy?: string; forwardedBy?: string } {
  const p = (signal as { provenance?: { reportedBy?: unknown; forwardedBy?: unknown } } | null)?.provenance;
  if (!p || typeof p.reportedBy !== 'string' || typeof p.forwardedBy !== 'string') return {};
  return { reportedBy: p.reportedBy, forwardedBy: p.forwardedBy };
}

/**
 * The answer to a read of something the reader may not see: 404, the same body as for something
 * that does not exist; when it is an embargo that keeps it from the reader, the ledger's record of
 * the refused attempt says so (reason `embargoed`), the reader does not learn it.
 */
export function notVisible(what: 'signal' | 'dossier', id: string, embargoed: boolean): ProblemException {
  const key = what === 'signal' ? 'problem.http-404.detail.no-readable-signal' : 'problem.http-404.detail.no-readable-dossier';
  return new ProblemException(
    localizedProblem({ type: 'urn:passerelle:problem:http-404', status: 404, code: key.slice(key.lastIndexOf('.') + 1) }, key, { id }),
    {},
    embargoed ? 'embargoed' : undefined,
  );
}

/** Every analyst read goes through here: need-to-know, clearance and expiry, then the access record. */
@Injectable()
export class AnalystReadsUseCase implements OnModuleInit {
  private codec?: CursorCodec;

  constructor(
    private readonly signals: SignalsRepository,
    private readonly access: AccessRecorder,
    private readonly watchlists: WatchlistsRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    this.codec = new CursorCodec(await this.signals.cursorKey(randomBytes(32).toString('hex')));
  }

  private cursors(): CursorCodec {
    if (!this.codec) throw new Error('cursor key not loaded');
    return this.codec;
  }

  /** The reader's visibility on a feed it is a member of (else 403: need-to-know). */
  feedVisibility(principal: Principal, feed: string) {
    if (!intakeFeeds().includes(feed)) throw refusal(404, 'problem.http-404.detail.no-feed', { feed });
    const v = visibilityOf(principal);
    if (!v.feeds.includes(feed)) throw refusal(403, 'problem.http-403.detail.not-a-feed-member', { feed });
    return v;
  }

  /**
   * A cursor is bound to its feed and to the order that gave it (`asc` cursors are the stream's
   * event ids too), so one handed to the other order is refused rather than misread.
   */
  private scope(feed: string, order: FeedOrder): string {
    return order === 'desc' ? `${feed}:desc` : feed;
  }

  /** The position a cursor stands for; absent: 0 (before the oldest) in `asc`, null (after the newest) in `desc`. */
  decodeCursor(feed: string, cursor: string | undefined, order: FeedOrder = 'asc'): bigint | null {
    if (!cursor) return order === 'desc' ? null : 0n;
    const seq = this.cursors().decode(this.scope(feed, order), cursor);
    if (seq === null) throw refusal(400, 'problem.http-400.detail.bad-feed-cursor', { feed, order });
    return seq;
  }

  encodeCursor(feed: string, seq: bigint, order: FeedOrder = 'asc'): string {
    return this.cursors().encode(this.scope(feed, order), seq);
  }

  /**
   * A page of the feed as this reader may see it: after `from` oldest first, or with `desc` before
   * `from` (null: from the newest) newest first. `last` is the position of the page's last item
   * (`from` when the page is empty).
   */
  async feedPage(principal: Principal, feed: string, from: bigint | null, limit: number, endpoint: string, order: FeedOrder = 'asc') {
    const v = this.feedVisibility(principal, feed);
    const rows = await this.signals.feedPage(feed, from, v, limit, order);
    await this.access.record(principal, endpoint, rows);
    const last = rows.length ? BigInt(rows[rows.length - 1].seq) : from;
    return {
      items: rows.map((r) => ({ ...feedItem(r), cursor: this.encodeCursor(feed, BigInt(r.seq), order) })),
      first: rows.length ? BigInt(rows[0].seq) : null,
      last,
    };
  }

  /**
   * The signal if this reader may read it, not yet recorded as read. Purged at term: 410 to a
   * reader who could have read it; to anybody else, as if it never existed (not visible and not
   * there answer the same: existence is not disclosed). The MISP export selects through here too.
   */
  async visibleSignal(principal: Principal, id: string) {
    const v = visibilityOf(principal);
    const row = await this.signals.findVisible(id, v);
    if (row) return row;
    const purged = await this.signals.purgedVisible(id, v);
    if (purged === 'erased') throw refusal(410, 'problem.http-410.detail.erased', { id });
    if (purged) throw refusal(410, 'problem.http-410.detail.purged', { id });
    throw notVisible('signal', id, await this.signals.embargoedFrom(id, v));
  }

  /** The signals of a dossier this reader may read, in dossier order (none: 404), not yet recorded as read. */
  async visibleDossier(principal: Principal, id: string): Promise<SignalRow[]> {
    const v = visibilityOf(principal);
    const rows = await this.signals.dossierSignals(id, v);
    if (rows.length === 0) throw notVisible('dossier', id, await this.signals.dossierEmbargoedFrom(id, v));
    return rows;
  }

  async signal(principal: Principal, id: string, endpoint: string) {
    const v = visibilityOf(principal);
    const row = await this.visibleSignal(principal, id);
    await this.access.record(principal, endpoint, [row]);
    const assessments = await this.signals.assessments(id);
    // "Hit on list X, entry Y, by document / by name and birth date", when the signal reports one.
    const watchlistLink = await this.watchlists.hitOf(id);
    // Why it is in its dossier, computed over the dossier's signals this reader may see, like the dossier itself.
    const mates = row.dossierId ? await this.signals.dossierSignals(row.dossierId, v) : [row];
    return {
      ...feedItem(row),
      feeds: row.feeds,
      provenance: {
        agency: row.agency,
        receivedAt: row.receivedAt,
        routedBy: { ruleId: row.ruleId, ruleVersion: row.ruleVersion },
        // A field officer's draft forwarded by the agency's permanence cell names both (issue 29, item 6).
        ...submittedThrough(row.signal),
        linkedBy: linksWithin(mates).get(row.signalId) ?? ({ reason: 'opened-dossier' } satisfies DossierLink),
      },
      assessments,
      watchlistLink,
    };
  }

  /**
   * A dossier as this reader may see it: its signals the reader may read, and their agencies and
   * links computed over those signals only. Nothing about the others — not their ids, number,
   * agencies or the keys that link them — goes into the answer, and a dossier with nothing the
   * reader may read answers 404 like one that does not exist.
   */
  async dossier(principal: Principal, id: string, endpoint: string) {
    const rows = await this.visibleDossier(principal, id);
    await this.access.record(principal, endpoint, rows);
    const links = linksWithin(rows);
    return {
      dossierId: id,
      agencies: [...new Set(rows.map((r) => r.agency))].sort(),
      signals: rows.map((r) => ({ ...feedItem(r), linkedBy: links.get(r.signalId)! })),
    };
  }
}
