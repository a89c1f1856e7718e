import { TopicNames } from '@passerelle/contracts';
import { Injectable } from '@nestjs/common';
import { InjectTopics, purgedEvent } from '@passerelle/messaging';
import { DataKeyStore, PURGE_BATCH, PurgeJob, purgeDay, ScheduledPurge } from '@passerelle/persistence';
import { EntityManager } from 'typeorm';
import { DueIntakeSignal, IntakeRepository, IntakeTx } from '../feeds/intake.repository';
import { IntakeOutbox } from '../outbox/intake-outbox';

/**
 * The intake's purge at term: the signal and its payload, feed items, assessments (notes and
 * questions), outbox rows naming it, and dossiers left empty; its `signals.purged.v1` notice goes
 * out through the outbox, in the same transaction.
 */
@Injectable()
export class PurgeIntakeSignalsUseCase implements PurgeJob {
  constructor(
    private readonly repo: IntakeRepository,
    private readonly outbox: IntakeOutbox,
    @InjectTopics() private readonly topics: TopicNames,
  ) {}

  async purgeBatch(now: Date): Promise<number> {
    const at = now.toISOString();
    const n = await this.repo.transaction(async (tx) => {
      const due = await tx.dueSignals(purgeDay(now), PURGE_BATCH);
      return this.remove(tx, due, 'retention-expired', at);
    });
    if (n > 0) {
      // The purged signals' data keys are dead tuples now: vacuumed away, not left to autovacuum.
      void this.vacuumKeys('a purge at term');
    }
    return n;
  }

  /**
   * After keys were deleted and that committed (an erasure's approval, a purge): VACUUM
   * keys.data_keys, best effort and logged (libs/persistence DataKeysVacuum). Resolves when done.
   */
  vacuumKeys(why: string): Promise<void> {
    return this.repo.keysVacuum().request(why);
  }

  /**
   * An approved erasure: the same removal, now, of whatever the intake holds of these signals, in the
   * caller's transaction (the approval's), with reason `erased` (the relay nudged once it commits).
   */
  async eraseIn(em: EntityManager, signalIds: string[], at: string): Promise<number> {
    const tx = new IntakeTx(em);
    const n = await this.remove(tx, await tx.signalsByIds(signalIds), 'erased', at);
    // The data keys go in the approval's transaction too, also of a signal the intake never held
    // (routed to feeds it does not serve): every feed copy in Kafka is unreadable once it commits.
    await new DataKeyStore(em).destroy(signalIds);
    return n;
  }

  private async remove(tx: IntakeTx, due: DueIntakeSignal[], reason: 'retention-expired' | 'erased', at: string): Promise<number> {
    if (due.length === 0) return 0;
    const removed = await tx.purgeSignals(due, reason);
    await this.outbox.enqueue(
      due.map((d) =>
        purgedEvent(this.topics, {
          occurredAt: at,
          signalId: d.signalId,
          traceId: d.traceId,
          agency: d.agency,
          service: 'intake',
          reason,
          retentionUntil: d.retentionUntil ?? undefined,
          removed: removed.get(d.signalId) ?? {},
        }),
      ),
      tx.manager,
    );
    return due.length;
  }
}

@Injectable()
export class IntakePurgeScheduler extends ScheduledPurge {
  constructor(job: PurgeIntakeSignalsUseCase) {
    super(job, 'intake');
  }
}
