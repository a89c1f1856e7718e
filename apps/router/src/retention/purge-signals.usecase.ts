import { Injectable } from '@nestjs/common';
import { contractPolicy } from '@passerelle/contracts';
import { KafkaService, purgedEvent, stamped } from '@passerelle/messaging';
import { PURGE_BATCH, PurgeJob, purgeDay, ScheduledPurge } from '@passerelle/persistence';
import { DueSignal, RouterTx, RoutingRepository } from '../routing/routing.repository';

const SOURCE = 'passerelle/router';

/**
 * The router's purge at term: fingerprints, the subject keys a signal brought in, its links, the
 * signal, and dossiers left empty. Under the routing gate, held exclusive (routing batches hold it
 * shared: none decides on what is going), and the `signals.purged.v1` notices are published before
 * the transaction commits: if it fails, the next run purges again and publishes the same ids, which
 * the audit drops. The same removal, reason `erased`, when two security officers have approved an
 * erasure.
 */
@Injectable()
export class PurgeRouterSignalsUseCase implements PurgeJob {
  constructor(
    private readonly repo: RoutingRepository,
    private readonly kafka: KafkaService,
  ) {}

  async purgeBatch(now: Date): Promise<number> {
    return this.repo.transaction(async (tx) => {
      await tx.lockAllRouting();
      return this.remove(tx, await tx.dueSignals(purgeDay(now), PURGE_BATCH, contractPolicy().maxRetentionDays), 'retention-expired', now);
    });
  }

  /** An approved erasure (read on `signals.erasure.recorded.v1`): the same removal, now, of these signals if held here. */
  async erase(signalIds: string[], now: Date = new Date()): Promise<number> {
    return this.repo.transaction(async (tx) => {
      await tx.lockAllRouting();
      const held = await tx.signalsByIds(signalIds, contractPolicy().maxRetentionDays);
      const n = await this.remove(tx, held, 'erased', now);
      // Those it does not hold (yet): a tombstone, so that a late submission of one is not routed.
      const heldIds = new Set(held.map((h) => h.signalId));
      await tx.tombstoneErased(signalIds.filter((id) => !heldIds.has(id)));
      return n;
    });
  }

  private async remove(tx: RouterTx, due: DueSignal[], reason: 'retention-expired' | 'erased', now: Date): Promise<number> {
    const at = now.toISOString();
    if (due.length === 0) return 0;
    const removed = await tx.purgeSignals(due, reason);
    await this.kafka.publish(
      stamped(
        due.map((d) =>
          purgedEvent(this.kafka.topics, {
            occurredAt: at,
            signalId: d.signalId,
            traceId: d.traceId,
            agency: d.agency,
            service: 'router',
            reason,
            retentionUntil: d.retentionUntil,
            removed: removed.get(d.signalId) ?? {},
          }),
        ),
        SOURCE,
        at,
      ),
    );
    return due.length;
  }
}

@Injectable()
export class RouterPurgeScheduler extends ScheduledPurge {
  constructor(job: PurgeRouterSignalsUseCase) {
    super(job, 'router');
  }
}
