import { Injectable } from '@nestjs/common';
import { KafkaService, ManagedOutboxRelay } from '@passerelle/messaging';
import { IntakeOutboxRepository } from './intake-outbox.repository';

/** Publishes the intake's outbox for the life of the app. */
@Injectable()
export class IntakeOutboxRelay extends ManagedOutboxRelay {
  constructor(repo: IntakeOutboxRepository, kafka: KafkaService) {
    super(repo, kafka);
  }
}
