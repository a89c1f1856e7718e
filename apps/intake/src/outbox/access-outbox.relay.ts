import { Injectable } from '@nestjs/common';
import { KafkaService, ManagedOutboxRelay } from '@passerelle/messaging';
import { IntakeAccessOutboxRepository } from './access-outbox.repository';

/** Publishes the intake's access records (their own lane) for the life of the app. */
@Injectable()
export class IntakeAccessOutboxRelay extends ManagedOutboxRelay {
  constructor(repo: IntakeAccessOutboxRepository, kafka: KafkaService) {
    super(repo, kafka, 'access');
  }
}
