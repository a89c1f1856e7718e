import { Injectable } from '@nestjs/common';
import { SqlOutboxTable } from '@passerelle/messaging';
import { DataSource } from 'typeorm';

/**
 * The intake's transactional outbox: assessment feedback, principal changes, erasures and purges are
 * written in the same transaction as the fact they report, and published by the relay. Access
 * records have a lane of their own (access-outbox.repository.ts).
 */
@Injectable()
export class IntakeOutboxRepository extends SqlOutboxTable {
  constructor(ds: DataSource) {
    super(ds, 'intake.outbox', 'passerelle/intake');
  }
}
