import { Injectable } from '@nestjs/common';
import { AccessRecordedEvent } from '@passerelle/contracts';
import { DeniedAttemptSink } from '@passerelle/security';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { ledgerInstant } from '../ledger/ledger-entry';
import { LedgerRepository } from '../ledger/ledger.repository';
import { accessFacts } from '../ledger/record-events.usecase';
import { OVERSIGHT_SOURCE_TOPIC } from './record-oversight-query.usecase';

/**
 * Attempts refused at the audit's own edge (401, 403, 404 on the oversight API). The audit is the
 * ledger, so it appends them itself — as the entries the other apps' access records become
 * (`access.denied`), from source `audit.http` like oversight queries. One append per batch.
 */
@Injectable()
export class RecordDeniedAttemptsUseCase implements DeniedAttemptSink {
  constructor(private readonly ledger: LedgerRepository) {}

  async write(records: AccessRecordedEvent[]): Promise<void> {
    await this.ledger.append(
      records.map((r) => {
        const a = accessFacts(r as unknown as Record<string, unknown>);
        return {
          eventId: r.eventId,
          occurredAt: ledgerInstant(new Date(r.occurredAt)),
          actor: a.actor,
          action: a.action,
          agency: null,
          signalId: a.signalId,
          correlationId: null,
          traceId: null,
          sourceTopic: OVERSIGHT_SOURCE_TOPIC,
          sourcePartition: 0,
          sourceOffset: '0',
          payloadDigest: createHash('sha256')
            .update(canonicalize(r) ?? '')
            .digest('hex'),
          details: JSON.parse(JSON.stringify(a.details)) as Record<string, unknown>,
        };
      }),
    );
  }
}
