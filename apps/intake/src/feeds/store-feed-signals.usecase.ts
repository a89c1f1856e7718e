import { Injectable } from '@nestjs/common';
import { EXERCISE_FEED, FeedSignalEvent, TopicNames, Urgency } from '@passerelle/contracts';
import {
  Batch,
  eventIdOf,
  eventIds,
  feedbackEvent,
  IncomingMessage,
  InjectTopics,
  InjectTracerName,
  traceIdOfMessage,
  consumeSpanOf,
  withSpan,
} from '@passerelle/messaging';
import { idSecret } from '@passerelle/crypto';
import { inboxKey } from '@passerelle/persistence';
import { EntityManager } from 'typeorm';
import { SpanContext } from '@opentelemetry/api';
import { IntakeOutbox } from '../outbox/intake-outbox';
import { Deadlines, parseDeadlines } from './deadlines';
import { FeedNotifier } from './feed-notifier';
import { WatchlistLedger } from '../watchlists/watchlist-ledger';
import { WatchlistsRepository } from '../watchlists/watchlists.repository';
import { IntakeRepository } from './intake.repository';
import { AlertDispatcher } from '../alerts/alert-dispatcher';
import { AlertsRepository, NewAlert } from '../alerts/alerts.repository';
import { randomUUID } from 'node:crypto';

/**
 * Stores routed signals into dossiers and feeds, links those that report a watchlist hit to the
 * list entry, and tells the source agency they were delivered.
 */
@Injectable()
export class StoreFeedSignalsUseCase {
  private readonly deadlines: Deadlines = parseDeadlines();

  constructor(
    private readonly repo: IntakeRepository,
    @InjectTopics() private readonly topics: TopicNames,
    @InjectTracerName() private readonly tracer: string,
    private readonly notifier: FeedNotifier,
    private readonly outbox: IntakeOutbox,
    private readonly watchlists: WatchlistsRepository,
    private readonly watchlistLedger: WatchlistLedger,
    private readonly alerts: AlertsRepository,
    private readonly dispatcher: AlertDispatcher,
  ) {
    // The ids the intake derives are keyed by the deployment's secret: without one it does not start.
    idSecret();
  }

  /**
   * With tracing on, the batch is stored under one span (its queries are its children): a child of
   * the first message's consume span, linked to the others'. Each signal keeps the span it was
   * stored under — that span when it is of the signal's trace, else its own consume span — and the
   * assessment joins the trace there.
   */
  async handleBatch(messages: Batch<FeedSignalEvent>): Promise<void> {
    const tracer = this.tracer;
    const consumed = messages.map((m) => consumeSpanOf(tracer, m));
    const first = consumed.find((c) => c !== undefined);
    await withSpan(
      tracer,
      'store feed signals',
      {
        parent: first,
        links: consumed.filter((c) => c !== undefined && c !== first) as NonNullable<typeof first>[],
        attributes: { 'messaging.batch.message_count': messages.length },
        remember: true,
      },
      (store) => this.store(messages, store, tracer),
    );
  }

  private async store(messages: Batch<FeedSignalEvent>, storeSpan: SpanContext | undefined, tracer: string): Promise<void> {
    const feeds = await this.repo.transaction(async (tx) => {
      const withIds = messages.map((m) => ({ m, eventId: eventIdOf(m) }));
      const fresh = await tx.claim(
        withIds.map(({ m, eventId }) => ({ eventId, topic: m.topic, partition: m.partition, offset: m.offset })),
      );
      const events: { e: FeedSignalEvent; eventId: string; m: IncomingMessage; dueAt: Date; traceSpanId?: string }[] = [];
      const received = Date.now();
      for (const { m, eventId } of withIds) {
        if (!fresh.delete(inboxKey({ topic: m.topic, eventId }))) continue;
        // The transport checked the payload against FeedSignalEvent (feeds.consumer.ts): what fails it is dead-lettered.
        const e = m.payload;
        const allowed = this.deadlines[e.signal.urgency as Urgency] ?? this.deadlines.routine;
        events.push({
          e,
          eventId,
          m,
          dueAt: new Date(received + allowed),
          traceSpanId: [storeSpan, consumeSpanOf(tracer, m)].find((sc) => sc?.traceId === e.traceId)?.spanId,
        });
      }
      const stored = await tx.insertSignals(events);
      await this.linkWatchlistHits(
        events.filter(({ e }) => stored.has(e.signalId)).map(({ e }) => e),
        tx.manager,
      );
      await this.raiseAlerts(
        events.filter(({ e }) => stored.has(e.signalId)).map(({ e }) => e),
        tx.manager,
      );
      const now = new Date().toISOString();
      const out = events
        .filter(({ e }) => stored.has(e.signalId))
        .map(({ e, eventId, m }) =>
          feedbackEvent(this.topics, {
            // From the feed event as its inbox knows it (topic and id), see eventIds.delivered.
            id: eventIds.delivered(m.topic, eventId),
            occurredAt: now,
            signalId: e.signalId,
            traceId: traceIdOfMessage(m) ?? e.traceId,
            agency: e.agency,
            status: 'delivered',
            detail: { feed: e.feed },
          }),
        );
      // Through the outbox, in this transaction: the delivery notice is as durable as the delivery,
      // and no broker round trip holds up the batch.
      await this.outbox.enqueue(out, tx.manager);
      const feeds = events.map(({ e }) => e.feed);
      await this.notifier.notifyOnCommit(tx.manager, feeds);
      return feeds;
    });
    this.notifier.notify(feeds);
  }

  /**
   * An immediate signal alerts the analyst on duty (issue 29, item 7): the alert and its deliveries
   * are written in the feed's transaction (the alerts outbox), sent later by the AlertDispatcher.
   */
  private async raiseAlerts(events: FeedSignalEvent[], em: EntityManager): Promise<void> {
    const first = this.dispatcher.recipientAt(0)!;
    const seen = new Set<string>();
    const alerts: NewAlert[] = [];
    for (const e of events) {
      if (e.signal.urgency !== 'immediate' || seen.has(e.signalId)) continue;
      seen.add(e.signalId);
      alerts.push({
        id: randomUUID(),
        kind: 'immediate-signal',
        level: 'immediate',
        signalId: e.signalId,
        rotaVersion: this.dispatcher.rota.version,
        recipient: first.name,
        escalateAt: this.dispatcher.recipientAt(1) ? this.dispatcher.nextEscalation() : null,
        // A drill's alert says it is one: nobody must take an exercise for a real alert.
        exercise: e.signal.exercise === true || e.feed === EXERCISE_FEED,
      });
    }
    const webhook = this.dispatcher.webhook.url;
    await this.alerts.raise(
      alerts,
      () => [{ channel: 'email' as const, target: first.email }, ...(webhook ? [{ channel: 'webhook' as const, target: webhook }] : [])],
      em,
      this.dispatcher.record,
    );
  }

  /**
   * A signal that reports a watchlist hit is linked to the entry whose token it names (or recorded
   * as unmatched when the token is none of that version's), in the feed's transaction; the ledger
   * gets the hit's facts: list, version, entry id, key kind, signal and agency.
   */
  private async linkWatchlistHits(events: FeedSignalEvent[], em: EntityManager): Promise<void> {
    const hits = events
      .filter((e) => e.signal.watchlistHit)
      .map((e) => ({ signalId: e.signalId, agency: e.agency, traceId: e.traceId, ...e.signal.watchlistHit! }));
    if (hits.length === 0) return;
    const links = await this.watchlists.linkHits(hits, em);
    const byId = new Map(hits.map((h) => [h.signalId, h]));
    await this.watchlistLedger.record(
      links.map((l) => {
        const h = byId.get(l.signalId)!;
        return {
          action: l.entryId ? ('hit-linked' as const) : ('hit-unmatched' as const),
          list: h.list,
          version: h.version,
          agency: h.agency,
          signalId: h.signalId,
          keyKind: h.keyKind,
          ...(l.entryId ? { entryId: l.entryId } : {}),
          traceId: h.traceId,
        };
      }),
      em,
    );
  }
}
