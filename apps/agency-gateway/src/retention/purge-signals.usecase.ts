import { Injectable } from '@nestjs/common';
import { KafkaService, purgedEvent, stamped } from '@passerelle/messaging';
import { PURGE_BATCH, PurgeJob, purgeDay, ScheduledPurge } from '@passerelle/persistence';
import { SignalsRepository } from '../signals/signals.repository';
import { GatewayOutboxRelay } from '../signals/outbox-relay.service';

const SOURCE = 'passerelle/agency-gateway';

/**
 * The gateway's purge at term: the signal, its receipt statuses, its outbox rows and the notices in
 * its agency's inbox; a `signals.purged.v1` notice per signal goes out through the outbox.
 */
@Injectable()
export class PurgeGatewaySignalsUseCase implements PurgeJob {
  constructor(
    private readonly signals: SignalsRepository,
    private readonly kafka: KafkaService,
    private readonly relay: GatewayOutboxRelay,
  ) {}

  async purgeBatch(now: Date): Promise<number> {
    const at = now.toISOString();
    const n = await this.signals.purgeDue(purgeDay(now), PURGE_BATCH, (purged) =>
      stamped(
        purged.map((p) =>
          purgedEvent(this.kafka.topics, {
            occurredAt: at,
            signalId: p.id,
            traceId: p.traceId,
            agency: p.agency,
            service: 'gateway',
            reason: 'retention-expired',
            retentionUntil: p.retentionUntil,
            removed: p.removed,
          }),
        ),
        SOURCE,
        at,
      ),
    );
    if (n > 0) this.relay.nudge();
    return n;
  }
}

@Injectable()
export class GatewayPurgeScheduler extends ScheduledPurge {
  constructor(job: PurgeGatewaySignalsUseCase) {
    super(job, 'gateway');
  }
}
