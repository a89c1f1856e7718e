import { Injectable } from '@nestjs/common';

import { IncomingMessage, KafkaService, parseJson, traceIdOfMessage } from '@passerelle/messaging';
import { createHash } from 'node:crypto';
import { ledgerInstant, LedgerFacts } from './ledger-entry';
import { LedgerRepository } from './ledger.repository';

const str = (v: unknown, max = 200): string | null => (typeof v === 'string' && v.length > 0 ? v.slice(0, max) : null);

/** Turns any event off the log (trusted or not) into ledger facts; never throws on content. */
@Injectable()
export class RecordEventsUseCase {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly kafka: KafkaService,
  ) {}

  async handleBatch(messages: IncomingMessage[]): Promise<void> {
    await this.ledger.append(messages.map((m) => this.facts(m)));
  }

  facts(m: IncomingMessage): LedgerFacts {
    const t = this.kafka.topics;
    const parsed = parseJson(m.value);
    const p = (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? parsed.value : {}) as Record<string, unknown>;
    const type = m.headers['ce-type'];
    const submittedAgency = t.submittedPattern.exec(m.topic)?.[1];
    let action: string;
    let actor: string;
    const details: Record<string, unknown> = {};
    if (submittedAgency) {
      action = parsed.ok ? 'signal.submitted' : 'signal.submitted-unreadable';
      actor = `agency:${submittedAgency}`;
    } else if (m.topic === t.routed) {
      action = 'signal.routed';
      actor = 'service:router';
      for (const k of ['verdict', 'ruleId', 'ruleVersion', 'destinations', 'matchedKey', 'duplicateOf']) details[k] = p[k];
    } else if (m.topic === t.rejected) {
      action = 'signal.rejected';
      actor = 'service:router';
      details.reasons = p.reasons;
    } else if (t.feedPattern.test(m.topic)) {
      action = 'signal.published-to-feed';
      actor = 'service:router';
      details.feed = p.feed;
    } else if (t.feedbackPattern.test(m.topic)) {
      action = `feedback.${str(p.status, 40) ?? 'unknown'}`;
      actor = m.headers['ce-source']?.includes('intake') ? 'service:intake' : 'service:router';
      if (p.detail && typeof p.detail === 'object') Object.assign(details, p.detail);
    } else if (m.topic === t.accessRecorded) {
      action = 'access.recorded';
      actor = `principal:${str(p.principalId) ?? 'unknown'}`;
      for (const k of ['endpoint', 'role', 'principalName']) details[k] = p[k];
    } else {
      action = `event.${type ?? 'unknown'}`;
      actor = 'unknown';
    }
    const occurred = str(p.occurredAt) ?? m.headers['ce-time'];
    const occurredDate = occurred ? new Date(occurred) : null;
    return {
      eventId: m.headers['ce-id']?.slice(0, 200) || `${m.topic}/${m.partition}/${m.offset}`,
      occurredAt: occurredDate && !isNaN(occurredDate.getTime()) ? ledgerInstant(occurredDate) : null,
      actor,
      action,
      agency: str(p.agency, 40) ?? submittedAgency ?? null,
      signalId: str(p.signalId, 100),
      correlationId: str(p.correlationId, 100),
      traceId: traceIdOfMessage(m) ?? str(p.traceId, 32),
      sourceTopic: m.topic,
      sourcePartition: m.partition,
      sourceOffset: m.offset,
      payloadDigest: createHash('sha256')
        .update(m.value ?? Buffer.alloc(0))
        .digest('hex'),
      details: JSON.parse(JSON.stringify(details)) as Record<string, unknown>,
    };
  }
}
