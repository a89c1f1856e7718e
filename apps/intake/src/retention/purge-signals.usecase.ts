import { Injectable } from '@nestjs/common';
import { KafkaService, purgedEvent } from '@passerelle/messaging';
import { PURGE_BATCH, PurgeJob, purgeDay, ScheduledPurge } from '@passerelle/persistence';
import { IntakeRepository } from '../feeds/intake.repository';
import { IntakeOutboxRelay } from '../outbox/intake-outbox.relay';
import { IntakeOutboxRepository } from '../outbox/intake-outbox.repository';

/**
 * The intake's purge at term: the signal and its payload, feed items, assessments (notes and
 * questions), outbox rows naming it, and dossiers left empty; its `signals.purged.v1` notice goes
 * out through the outbox, in the same transaction.
 */
@Injectable()
export class PurgeIntakeSignalsUseCase implements PurgeJob {
  constructor(
    private readonly repo: IntakeRepository,
    private readonly outbox: IntakeOutboxRepository,
    private readonly relay: IntakeOutboxRelay,
    private readonly kafka: KafkaService,
  ) {}

  async purgeBatch(now: Date): Promise<number> {
    const at = now.toISOString();
    const n = await this.repo.transaction(async (tx) => {
      const due = await tx.dueSignals(purgeDay(now), PURGE_BATCH);
      if (due.length === 0) return 0;
      const removed = await tx.purgeSignals(due);
      await this.outbox.enqueue(
        due.map((d) =>
          purgedEvent(this.kafka.topics, {
            occurredAt: at,
            signalId: d.signalId,
            traceId: d.traceId,
            agency: d.agency,
            service: 'intake',
            reason: 'retention-expired',
            retentionUntil: d.retentionUntil,
            removed: removed.get(d.signalId) ?? {},
          }),
        ),
        tx.manager,
      );
      return due.length;
    });
    if (n > 0) this.relay.nudge();
    return n;
  }
}

@Injectable()
export class IntakePurgeScheduler extends ScheduledPurge {
  constructor(job: PurgeIntakeSignalsUseCase) {
    super(job, 'intake');
  }
}
