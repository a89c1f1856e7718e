import { TopicNames } from '@passerelle/contracts';
import { Injectable } from '@nestjs/common';
import { InjectTopics, purgedEvent, stamped } from '@passerelle/messaging';
import { PURGE_BATCH, PurgeJob, purgeDay, ScheduledPurge } from '@passerelle/persistence';
import { PurgedSignal, SignalsRepository } from '../signals/signals.repository';
import { GatewayOutboxRelay } from '../signals/outbox-relay.service';

const SOURCE = 'passerelle/agency-gateway';

/**
 * The gateway's purge at term: the signal, its receipt statuses, its outbox rows and the notices in
 * its agency's inbox; a `signals.purged.v1` notice per signal goes out through the outbox. The same
 * removal, reason `erased`, when two security officers have approved an erasure.
 */
@Injectable()
export class PurgeGatewaySignalsUseCase implements PurgeJob {
  constructor(
    private readonly signals: SignalsRepository,
    @InjectTopics() private readonly topics: TopicNames,
    private readonly relay: GatewayOutboxRelay,
  ) {}

  async purgeBatch(now: Date): Promise<number> {
    const n = await this.signals.purgeDue(purgeDay(now), PURGE_BATCH, this.notices('retention-expired', now.toISOString()));
    if (n > 0) this.relay.nudge();
    return n;
  }

  /** An approved erasure (read on `signals.erasure.recorded.v1`): the same removal, now, of these signals if held here. */
  async erase(signalIds: string[], now: Date = new Date()): Promise<number> {
    const n = await this.signals.erase(signalIds, this.notices('erased', now.toISOString()));
    if (n > 0) this.relay.nudge();
    return n;
  }

  private notices(reason: 'retention-expired' | 'erased', at: string) {
    return (purged: PurgedSignal[]) =>
      stamped(
        purged.map((p) =>
          purgedEvent(this.topics, {
            occurredAt: at,
            signalId: p.id,
            traceId: p.traceId,
            agency: p.agency,
            service: 'gateway',
            reason,
            retentionUntil: p.retentionUntil ?? undefined,
            removed: p.removed,
          }),
        ),
        SOURCE,
        at,
      );
  }
}

@Injectable()
export class GatewayPurgeScheduler extends ScheduledPurge {
  constructor(job: PurgeGatewaySignalsUseCase) {
    super(job, 'gateway');
  }
}
