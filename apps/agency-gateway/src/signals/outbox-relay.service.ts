import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { KafkaService, OutboxRelay } from '@passerelle/messaging';
import { SignalsRepository } from './signals.repository';

/** Runs the outbox relay for the life of the gateway. */
@Injectable()
export class GatewayOutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly relay: OutboxRelay;

  constructor(repo: SignalsRepository, kafka: KafkaService) {
    this.relay = new OutboxRelay(repo, kafka, {
      batchSize: Number(process.env.OUTBOX_BATCH_SIZE ?? 500),
      idleMs: Number(process.env.OUTBOX_POLL_MS ?? 1000),
    });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  nudge(): void {
    this.relay.nudge();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
