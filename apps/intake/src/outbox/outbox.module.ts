import { Module } from '@nestjs/common';
import { IntakeAccessOutboxRelay } from './access-outbox.relay';
import { IntakeAccessOutboxRepository } from './access-outbox.repository';
import { IntakeOutbox } from './intake-outbox';
import { IntakeOutboxRelay } from './intake-outbox.relay';
import { IntakeOutboxRepository } from './intake-outbox.repository';

/** The intake's two outbox lanes (events; access records on a lane of their own), their relays, and IntakeOutbox: the one way to write to them. */
@Module({
  providers: [
    IntakeOutboxRepository,
    IntakeOutboxRelay,
    // Access records (reads, refused attempts) on a lane of their own: never in front of the events above.
    IntakeAccessOutboxRepository,
    IntakeAccessOutboxRelay,
    // Writes a row in the caller's transaction and nudges the lane's relay once it commits.
    IntakeOutbox,
  ],
  exports: [IntakeOutbox],
})
export class OutboxModule {}
