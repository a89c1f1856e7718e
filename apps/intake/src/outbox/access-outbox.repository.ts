import { Injectable } from '@nestjs/common';
import { SqlOutboxTable } from '@passerelle/messaging';
import { DataSource } from 'typeorm';

/**
 * The intake's outbox lane for access records (reads and refused attempts, `access.recorded.v1`):
 * its own table, lock and relay, so that no number of reads waiting to be published ever delays an
 * event of `intake.outbox` (feedback, principal changes, erasures, purges). A read is still answered
 * only once its record is durable here, so no read goes unaudited even with Kafka down.
 */
@Injectable()
export class IntakeAccessOutboxRepository extends SqlOutboxTable {
  constructor(ds: DataSource) {
    super(ds, 'intake.access_outbox', 'passerelle/intake');
  }
}
