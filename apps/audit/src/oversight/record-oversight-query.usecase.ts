import { Injectable } from '@nestjs/common';
import { Principal } from '@passerelle/security';
import canonicalize from 'canonicalize';
import { createHash, randomUUID } from 'node:crypto';
import { ledgerInstant } from '../ledger/ledger-entry';
import { LedgerRepository } from '../ledger/ledger.repository';

/** Where oversight queries are said to come from in the ledger: not a Kafka topic, the audit service's own HTTP edge. */
export const OVERSIGHT_SOURCE_TOPIC = 'audit.http';

/**
 * Who asked the ledger what. The audit service is the ledger's only writer, so it appends the
 * record itself, before answering: a query whose record failed is not answered.
 */
@Injectable()
export class RecordOversightQueryUseCase {
  constructor(private readonly ledger: LedgerRepository) {}

  /** `action`: `oversight.query`, or `review.read` for a security officer's review (issue 29). */
  async record(principal: Principal, endpoint: string, query: Record<string, unknown>, action = 'oversight.query'): Promise<void> {
    const details = {
      endpoint,
      query: JSON.parse(JSON.stringify(query)) as Record<string, unknown>,
      principalName: principal.name,
      role: principal.role,
    };
    const now = new Date();
    await this.ledger.append([
      {
        eventId: randomUUID(),
        occurredAt: ledgerInstant(now),
        actor: `principal:${principal.id}`,
        action,
        agency: principal.agency,
        signalId: null,
        correlationId: null,
        traceId: null,
        sourceTopic: OVERSIGHT_SOURCE_TOPIC,
        sourcePartition: 0,
        sourceOffset: '0',
        payloadDigest: createHash('sha256')
          .update(canonicalize(details) ?? '')
          .digest('hex'),
        details,
      },
    ]);
  }
}
