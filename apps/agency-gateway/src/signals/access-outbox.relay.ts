import { Injectable } from '@nestjs/common';
import { KafkaService, ManagedOutboxRelay } from '@passerelle/messaging';
import { GatewayAccessOutboxRepository } from './access-outbox.repository';

/** Publishes the gateway's access records (their own lane) for the life of the app. */
@Injectable()
export class GatewayAccessOutboxRelay extends ManagedOutboxRelay {
  constructor(repo: GatewayAccessOutboxRepository, kafka: KafkaService) {
    super(repo, kafka, 'access');
  }
}
