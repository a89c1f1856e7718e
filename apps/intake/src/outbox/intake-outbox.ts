import { Injectable, Optional } from '@nestjs/common';
import { OutgoingEvent } from '@passerelle/messaging';
import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { IntakeAccessOutboxRelay } from './access-outbox.relay';
import { IntakeAccessOutboxRepository } from './access-outbox.repository';
import { IntakeOutboxRelay } from './intake-outbox.relay';
import { IntakeOutboxRepository } from './intake-outbox.repository';

/** One row of an outbox lane, as the lanes' `enqueue` takes it. */
export type OutboxEvent = Omit<OutgoingEvent, 'source' | 'time'> & { time?: string };

/** What wakes a lane's relay (absent in the principals CLI, where the app's relay publishes the rows when it next runs). */
interface Nudgeable {
  nudge(): void;
}

/**
 * The intake's one way to write an outbox row (its unit of work for outbox writes): the row is
 * written in the caller's transaction (`em`), and the lane's relay is nudged once that transaction
 * commits — never before, never for a transaction rolled back — so no caller has to remember it.
 * Without `em` (or outside a transaction) the row commits on its own and the relay is nudged at once.
 *
 * Commits are seen through TypeORM's transaction events on the app's DataSource: any transaction
 * (`ds.transaction`, a repository's `transaction`) qualifies, and a savepoint's release is not the
 * commit (only the outermost one is).
 */
@Injectable()
export class IntakeOutbox implements EntitySubscriberInterface {
  private readonly waiting = new WeakMap<QueryRunner, Set<Nudgeable>>();

  constructor(
    ds: DataSource,
    private readonly events: IntakeOutboxRepository,
    private readonly access: IntakeAccessOutboxRepository,
    @Optional() private readonly eventsRelay?: IntakeOutboxRelay,
    @Optional() private readonly accessRelay?: IntakeAccessOutboxRelay,
  ) {
    if (!ds.subscribers.includes(this)) ds.subscribers.push(this);
  }

  /** Events (feedback, principal changes, erasures, purges, ledger facts) on `intake.outbox`. */
  async enqueue(events: OutboxEvent[], em?: EntityManager): Promise<void> {
    if (events.length === 0) return;
    await this.events.enqueue(events, em);
    this.nudgeAfterCommit(this.eventsRelay, em);
  }

  /** Access records (reads, refused attempts) on their own lane, `intake.access_outbox`. */
  async enqueueAccess(events: OutboxEvent[], em?: EntityManager): Promise<void> {
    if (events.length === 0) return;
    await this.access.enqueue(events, em);
    this.nudgeAfterCommit(this.accessRelay, em);
  }

  afterTransactionCommit(e: TransactionCommitEvent): void {
    // A released savepoint leaves the transaction open: its rows are not out yet.
    if (e.queryRunner.isTransactionActive) return;
    const relays = this.waiting.get(e.queryRunner);
    this.waiting.delete(e.queryRunner);
    relays?.forEach((r) => r.nudge());
  }

  afterTransactionRollback(e: TransactionRollbackEvent): void {
    if (!e.queryRunner.isTransactionActive) this.waiting.delete(e.queryRunner);
  }

  private nudgeAfterCommit(relay: Nudgeable | undefined, em: EntityManager | undefined): void {
    if (!relay) return;
    const qr = em?.queryRunner;
    if (!qr?.isTransactionActive) return relay.nudge();
    const relays = this.waiting.get(qr) ?? new Set<Nudgeable>();
    relays.add(relay);
    this.waiting.set(qr, relays);
  }
}
