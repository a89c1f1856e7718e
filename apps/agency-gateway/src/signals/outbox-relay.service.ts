import { Injectable } from '@nestjs/common';
import { KafkaService, ManagedOutboxRelay } from '@passerelle/messaging';
import { SignalsRepository } from './signals.repository';

/** Runs the gateway's outbox relay for the life of the app. */
@Injectable()
export class GatewayOutboxRelay extends ManagedOutboxRelay {
  constructor(repo: SignalsRepository, kafka: KafkaService) {
    super(repo, kafka);
  }
}
