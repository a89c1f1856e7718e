import { EventPattern, Payload } from '@nestjs/microservices';
import { Families, TopicNames } from '@passerelle/contracts';
import {
  Batch,
  ConsumerGroup,
  DeadLetterEvent,
  feedbackEvent,
  IncomingMessage,
  KafkaConsumer,
  newTraceId,
  jsonOf,
  OutgoingEvent,
  stamped,
  traceIdOfMessage,
} from '@passerelle/messaging';
import { derivedId } from '@passerelle/crypto';
import { RouteSignalsUseCase } from './route-signals.usecase';
import { claimedSignalId, refOf } from './submission-decoder';

/**
 * The agency's `failed` notice for a submission the router set aside (a value Postgres refused, a
 * handler failing again and again): the agency hears that its signal was not routed, with the
 * reasons as codes, instead of nothing. None for sealed content that cannot be opened (erased,
 * altered or replayed: not the signal's own fate), nor for a message that names no signal id
 * (UUID) and carries no reference to derive one from.
 */
export function routerFailedNotice(m: IncomingMessage, letter: DeadLetterEvent, topics: TopicNames): OutgoingEvent[] {
  const agency = topics.submittedPattern.exec(m.topic)?.[1];
  if (!agency || letter.reasons.some((r) => r.reason.startsWith('sealed-'))) return [];
  const parsed = jsonOf(m);
  const p = (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? parsed.value : {}) as Record<string, unknown>;
  const signal = (typeof p.signal === 'object' && p.signal !== null ? p.signal : p) as Record<string, unknown>;
  const signalId = claimedSignalId(agency, { ...signal, signalId: p.signalId });
  if (!signalId) return [];
  const notice = feedbackEvent(topics, {
    id: derivedId(letter.eventId, 'failed'),
    occurredAt: letter.occurredAt,
    signalId,
    traceId: traceIdOfMessage(m) ?? newTraceId(),
    agency,
    status: 'failed',
    detail: { reasons: letter.reasons, externalRef: refOf(signal) },
  });
  return stamped([notice], 'passerelle/router', letter.occurredAt);
}

/**
 * The router's consumer group of submissions: every agency's submission topic (agencies added at
 * run time are picked up), one routing transaction per fetch rather than per partition.
 */
export const routerGroup: ConsumerGroup = { name: 'router', coalesce: true, sealed: true, onDeadLetter: routerFailedNotice };

/**
 * Thin: hands each batch of submissions to the use case. No contract check in the transport: a
 * submission that breaks the contract is the agency's to hear about — the router rejects it on
 * the rejected topic and in the agency's feedback, with its reasons.
 */
@KafkaConsumer()
export class SubmissionsConsumer {
  constructor(private readonly route: RouteSignalsUseCase) {}

  @EventPattern(Families.submitted, { group: routerGroup })
  async submissions(@Payload() batch: Batch): Promise<void> {
    await this.route.handleBatch(batch);
  }
}
