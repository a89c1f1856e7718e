import { Injectable } from '@nestjs/common';
import { SqlOutboxTable } from '@passerelle/messaging';
import { DataSource } from 'typeorm';

/**
 * The gateway's outbox lane for access records (points of contact's reads, refused attempts at its
 * edge): its own table, lock and relay, so that reads waiting to be published never delay a
 * submission in `gateway.outbox`.
 */
@Injectable()
export class GatewayAccessOutboxRepository extends SqlOutboxTable {
  constructor(ds: DataSource) {
    super(ds, 'gateway.access_outbox', 'passerelle/agency-gateway');
  }
}
