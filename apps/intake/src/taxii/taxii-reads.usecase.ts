import { Injectable, OnModuleInit } from '@nestjs/common';
import { catalogueDocuments } from '@passerelle/contracts';
import { CursorCodec, refusal } from '@passerelle/http';
import { Principal, visibilityOf, Visibility } from '@passerelle/security';
import { randomBytes } from 'node:crypto';
import { sharedKeyLinks } from '../dossiers/dossier-links';
import { intakeFeeds } from '../feeds/feeds.consumer';
import { AccessRecorder } from '../signals/access-recorder';
import { AnalystReadsUseCase } from '../signals/analyst-reads.usecase';
import { SignalRow, SignalsRepository } from '../signals/signals.repository';
import {
  collectionId,
  IndicatorLabels,
  PASSERELLE_OBJECTS_CREATED,
  passerelleObjects,
  signalToStix,
  StixDossierLink,
  StixObject,
  stixTime,
  versionOf,
} from './stix-mapping';

/** Objects per signal are far fewer (≤ 95): a position is the feed seq × this + the object's index. */
const PER_SIGNAL = 4096n;
export const TAXII_MAX_LIMIT = 1000;
export const TAXII_DEFAULT_LIMIT = 100;

export interface TaxiiPageQuery {
  limit?: number;
  addedAfter?: string;
  next?: string;
  types?: string[];
  ids?: string[];
}

export interface TaxiiItem {
  object: StixObject;
  dateAdded: string;
}

export interface TaxiiPage {
  items: TaxiiItem[];
  more: boolean;
  next?: string;
}

/**
 * TAXII 2.1 reads of the feeds (docs/interoperability.md). The collections are the feeds the
 * caller may read; a page of a collection is the feed's signals under the very rules of the feed
 * API (`AnalystReadsUseCase.feedVisibility`, then the visibility filter in SQL), each mapped to
 * STIX, and every signal whose objects a page shows is recorded as read through the same
 * `AccessRecorder.record` the feed API uses, before the page is returned.
 */
@Injectable()
export class TaxiiReadsUseCase implements OnModuleInit {
  private codec?: CursorCodec;
  private labels?: IndicatorLabels;

  constructor(
    private readonly reads: AnalystReadsUseCase,
    private readonly signals: SignalsRepository,
    private readonly access: AccessRecorder,
  ) {}

  async onModuleInit(): Promise<void> {
    // The intake's cursor key; TAXII cursors are bound to a scope of their own (below), so a feed
    // API cursor is no TAXII cursor and the other way round.
    this.codec = new CursorCodec(await this.signals.cursorKey(randomBytes(32).toString('hex')));
    this.labels = new Map(catalogueDocuments().indicators.indicators.map((i) => [i.code, i.label]));
  }

  /** The feeds this principal may read at this intake, as TAXII collections. */
  collections(principal: Principal) {
    const v = visibilityOf(principal);
    return intakeFeeds()
      .filter((f) => v.feeds.includes(f))
      .map((feed) => ({
        id: collectionId(feed),
        title: feed,
        description: `The signals of feed '${feed}' you may read (your clearance and need-to-know), as STIX 2.1.`,
        can_read: true,
        can_write: false,
        media_types: ['application/stix+json;version=2.1'],
      }));
  }

  collection(principal: Principal, id: string) {
    const c = this.collections(principal).find((x) => x.id === id);
    // A feed the caller may not read is not disclosed: it answers like a collection that does not exist.
    if (!c) throw refusal(404, 'problem.http-404.detail.no-collection', { id });
    return c;
  }

  /** A cursor holds the position and is bound to the caller and the collection: another's is refused. */
  private scope(principal: Principal, feed: string): string {
    return `taxii:${principal.id}:${feed}`;
  }

  async page(principal: Principal, id: string, q: TaxiiPageQuery, endpoint: string): Promise<TaxiiPage> {
    const feed = this.collection(principal, id).title;
    const v = this.reads.feedVisibility(principal, feed);
    const codec = this.codec!;
    const limit = Math.min(q.limit ?? TAXII_DEFAULT_LIMIT, TAXII_MAX_LIMIT);
    let pos = 0n;
    if (q.next) {
      const decoded = codec.decode(this.scope(principal, feed), q.next);
      if (decoded === null) throw refusal(400, 'problem.http-400.detail.bad-next');
      pos = decoded;
    }
    const after = q.addedAfter ?? null;
    const matches = (o: StixObject) => (!q.types || q.types.includes(o.type)) && (!q.ids || q.ids.includes(o.id));
    const items: TaxiiItem[] = [];
    const read: SignalRow[] = [];
    let nextPos: bigint | null = null;
    let seq = pos / PER_SIGNAL;
    let skip = Number(pos % PER_SIGNAL);

    // Position 0 holds what describes Passerelle itself (its identity and extension definitions).
    if (seq === 0n) {
      if (after === null || PASSERELLE_OBJECTS_CREATED > after) {
        const own = passerelleObjects();
        for (let i = skip; i < own.length && nextPos === null; i++) {
          if (items.length === limit) nextPos = BigInt(i);
          else if (matches(own[i])) items.push({ object: own[i], dateAdded: PASSERELLE_OBJECTS_CREATED });
        }
      }
      seq = 1n;
      skip = 0;
    }

    // Every signal gives at least 4 objects (statement, a subject, report, note): without filters a
    // page needs at most limit / 4 signals, and one more tells whether there is more.
    const batch = q.types || q.ids ? limit + 1 : Math.ceil(limit / 4) + 1;
    while (nextPos === null) {
      const rows = await this.signals.feedFrom(feed, seq, v, after, batch);
      if (rows.length === 0) break;
      const links = await this.dossierLinks(rows, v);
      for (const r of rows) {
        const at = BigInt(r.seq);
        const objects = signalToStix(r, this.labels!, links.get(r.signalId) ?? null);
        const dateAdded = stixTime(r.receivedAt);
        let shown = false;
        for (let i = at === seq ? skip : 0; i < objects.length; i++) {
          if (items.length === limit) {
            nextPos = at * PER_SIGNAL + BigInt(i);
            break;
          }
          if (!matches(objects[i])) continue;
          items.push({ object: objects[i], dateAdded });
          shown = true;
        }
        if (shown) read.push(r);
        if (nextPos !== null) break;
        seq = at + 1n;
        skip = 0;
      }
      if (rows.length < batch) break;
    }
    // Recorded (durably, in the outbox) before anything is returned, like every read of the feed API.
    await this.access.record(principal, endpoint, read);
    return {
      items,
      more: nextPos !== null,
      ...(nextPos !== null ? { next: codec.encode(this.scope(principal, feed), nextPos) } : {}),
    };
  }

  /** The manifest entry of an item. */
  static manifestEntry(i: TaxiiItem) {
    return {
      id: i.object.id,
      date_added: i.dateAdded,
      version: versionOf(i.object, i.dateAdded),
      media_type: 'application/stix+json;version=2.1',
    };
  }

  /**
   * Each signal's dossier link as this reader sees it: computed over the dossier's signals the
   * reader may see (the feed API's `linksWithin`), so a link never names a signal the reader may not see.
   */
  private async dossierLinks(rows: SignalRow[], v: Visibility): Promise<Map<string, StixDossierLink>> {
    const dossiers = [...new Set(rows.map((r) => r.dossierId).filter((d): d is string => d !== null))];
    const members = await this.signals.dossiersMembers(dossiers, v);
    const byDossier = new Map<string, { signalId: string; signal: unknown }[]>();
    for (const m of members) byDossier.set(m.dossierId, [...(byDossier.get(m.dossierId) ?? []), m]);
    const out = new Map<string, StixDossierLink>();
    for (const list of byDossier.values()) for (const [signalId, link] of sharedKeyLinks(list)) out.set(signalId, link);
    return out;
  }
}
