import {
  AlertAcknowledgedEvent,
  AlertNoticeEvent,
  DisseminationRecordedEvent,
  EventType,
  EventTypes,
  FeedbackEvent,
  SealedFeedbackEvent,
  SealedFeedSignalEvent,
  SealedProductEvent,
  SealedProductReceiptEvent,
  SignalErasureRecordedEvent,
  SignalPurgedEvent,
  SignalRejectedEvent,
  SignalRoutedEvent,
  SignalSubmission,
  TopicNames,
} from '@passerelle/contracts';
import { OutgoingEvent } from './events';
import { derivedId } from '@passerelle/crypto';
import { subjectKeyReference } from '@passerelle/crypto';
import { seal } from '@passerelle/crypto';

/**
 * The one place where the router, the intake and the assessments build the events they publish:
 * their payloads, their ids and their envelopes (topic, key, CloudEvents type).
 */

/** An event before it leaves: what an outbox stores; the publisher stamps its source and time. */
export type EventDraft = Omit<OutgoingEvent, 'source' | 'time'>;

/** The envelope of a payload: its id is the payload's event id. */
export function envelope(topic: string, key: string, type: EventType, payload: { eventId: string }, traceId: string): EventDraft {
  return { topic, key, id: payload.eventId, type, traceId, payload };
}

/** Drafts as a producer publishes them itself (not through an outbox): with its source and the time. */
export function stamped(drafts: EventDraft[], source: string, time: string): OutgoingEvent[] {
  return drafts.map((d) => ({ ...d, source, time }));
}

/**
 * The ids Passerelle derives, under the deployment's secret ({@link derivedId}). An event produced in
 * reaction to an input takes an id derived from that input: a redelivered input yields the same id,
 * and downstream inboxes drop the repeat. The parts are part of the contract: changing them changes
 * every id, and the audit derives a bare submission's signal id the same way.
 */
export const eventIds = {
  /** The signal id of a bare submission: the same (agency, externalRef) always gets the same id. */
  signal: (agency: string, externalRef: string): string => derivedId('signal', agency, externalRef),
  /** The trace of a submission that came without one (32 hex digits). */
  trace: (submissionEventId: string): string => derivedId('trace', submissionEventId).replace(/-/g, ''),
  routed: (submissionEventId: string): string => derivedId(submissionEventId, 'routed'),
  feed: (submissionEventId: string, feed: string): string => derivedId(submissionEventId, 'feed', feed),
  rejected: (submissionEventId: string): string => derivedId(submissionEventId, 'rejected'),
  /** The router's feedback on a submission: routed, duplicate or rejected (one of them per submission). */
  submissionFeedback: (submissionEventId: string): string => derivedId(submissionEventId, 'feedback'),
  /**
   * The intake's delivery notice, from the feed event as its inbox knows it (topic and id): an event
   * under the same id on another feed topic is another event, and its notice must not take this id.
   */
  delivered: (feedTopic: string, feedEventId: string): string => derivedId(feedTopic, feedEventId, 'delivered'),
  /** The feedback on an analyst's assessment, one per version of the signal's assessment. */
  assessment: (signalId: string, version: number): string => derivedId(signalId, 'assessment', String(version)),
  /** A service's purge of its copies of a signal: one per (service, signal), whichever run removed them. */
  purged: (service: string, signalId: string): string => derivedId(signalId, 'purged', service),
  /** One step of an erasure request: one per (request, step). */
  erasure: (requestId: string, step: string): string => derivedId(requestId, 'erasure', step),
  /** An OCAM product to one agency: one per (product, agency), however often the dissemination runs. */
  product: (productId: string, agency: string): string => derivedId(productId, 'product', agency),
  /** The dissemination rules' decision on a product for one agency. */
  dissemination: (productId: string, agency: string): string => derivedId(productId, 'dissemination', agency),
  /** An agency's first read (`read`) or acknowledgement (`acknowledged`) of a product: one each per (product, agency). */
  productReceipt: (productId: string, agency: string, step: string): string => derivedId(productId, 'receipt', agency, step),
  /** A step of an alert to a permanence cell, for its gateway: one per (alert, step, principal). */
  alertNotice: (alertId: string, step: string, principalId: string): string => derivedId(alertId, 'alert-notice', step, principalId),
  /** A POC's acknowledgement of an alert at its gateway: one per alert (the first wins there). */
  alertAcknowledged: (alertId: string): string => derivedId(alertId, 'alert-acknowledged'),
};

/** A step of an alert to an agency's permanence cell, on its alerts topic, keyed by the alert: ids, codes, the link. */
export function alertNoticeEvent(
  topics: TopicNames,
  a: Omit<AlertNoticeEvent, 'eventId'>,
  traceId: string,
): EventDraft & { payload: AlertNoticeEvent } {
  const payload: AlertNoticeEvent = { eventId: eventIds.alertNotice(a.alertId, a.step, a.principalId), ...a };
  return { ...envelope(topics.alertNotices(a.agency), a.alertId, EventTypes.alertNotice, payload, traceId), payload };
}

/** A POC's acknowledgement of an alert at its gateway, back to the intake, keyed by the alert. */
export function alertAcknowledgedEvent(
  topics: TopicNames,
  a: Omit<AlertAcknowledgedEvent, 'eventId'>,
  traceId: string,
): EventDraft & { payload: AlertAcknowledgedEvent } {
  const payload: AlertAcknowledgedEvent = { eventId: eventIds.alertAcknowledged(a.alertId), ...a };
  return { ...envelope(topics.alertAcknowledgements(a.agency), a.alertId, EventTypes.alertAcknowledged, payload, traceId), payload };
}

/**
 * An OCAM product for one agency, on its products topic, keyed by the product: the facts in clear,
 * `content` sealed with the product's data key, bound to this topic, product and event.
 */
export function productEvent(
  topics: TopicNames,
  a: Omit<SealedProductEvent, 'eventId' | 'sealed'> & { content: Record<string, unknown>; dataKey: Buffer },
): EventDraft & { payload: SealedProductEvent } {
  const topic = topics.products(a.agency);
  const { content, dataKey, ...facts } = a;
  const eventId = eventIds.product(a.productId, a.agency);
  const payload: SealedProductEvent = {
    eventId,
    ...facts,
    sealed: seal(dataKey, { topic, signalId: a.productId, eventId }, content),
  };
  return { ...envelope(topic, a.productId, EventTypes.product, payload, a.traceId), payload };
}

/** A read or an acknowledgement of a product by an agency, back to the intake; a reply sealed with the product's data key. */
export function productReceiptEvent(
  topics: TopicNames,
  a: Omit<SealedProductReceiptEvent, 'eventId' | 'sealed'> & { reply?: Record<string, unknown>; dataKey?: Buffer },
): EventDraft & { payload: SealedProductReceiptEvent } {
  const topic = topics.productReceipts(a.agency);
  const { reply, dataKey, ...facts } = a;
  // A read or an acknowledgement is the agency's, once; a product held back is counted once per POC.
  const eventId =
    a.step === 'filtered-out'
      ? eventIds.productReceipt(a.productId, a.agency, `${a.step}:${a.principalId}`)
      : eventIds.productReceipt(a.productId, a.agency, a.step);
  const payload: SealedProductReceiptEvent = {
    eventId,
    ...facts,
    ...(reply && dataKey ? { sealed: seal(dataKey, { topic, signalId: a.productId, eventId }, reply) } : {}),
  };
  return { ...envelope(topic, a.productId, EventTypes.productReceipt, payload, a.traceId), payload };
}

/** A dissemination decision (sent, withheld and why) for the audit, keyed by the product. */
export function disseminationRecordedEvent(
  topics: TopicNames,
  a: Omit<DisseminationRecordedEvent, 'eventId'>,
): EventDraft & { payload: DisseminationRecordedEvent } {
  const payload: DisseminationRecordedEvent = { eventId: eventIds.dissemination(a.productId, a.agency), ...a };
  return { ...envelope(topics.disseminationRecorded, a.productId, EventTypes.disseminationRecorded, payload, a.traceId), payload };
}

/** Where a signal went and why, on the routed topic, keyed by its correlation. */
export function routedEvent(
  topics: TopicNames,
  a: {
    id: string;
    occurredAt: string;
    signalId: string;
    traceId: string;
    agency: string;
    correlationId: string;
    verdict: SignalRoutedEvent['verdict'];
    ruleId: string;
    ruleVersion: number;
    destinations: string[];
    /** The subject key that linked the signal: the event names its kind and digest, never the key. */
    matchedKey: string | null;
    duplicateOf: string | null;
    /** The signal's classification and end of retention (facts for the classified register). */
    classification?: SignalRoutedEvent['classification'];
    retentionUntil?: string;
    /** An exercise (docs/exercises.md): said on the event, so that no figure counts it. */
    exercise?: boolean;
  },
): EventDraft & { payload: SignalRoutedEvent } {
  const payload: SignalRoutedEvent = {
    eventId: a.id,
    occurredAt: a.occurredAt,
    signalId: a.signalId,
    traceId: a.traceId,
    agency: a.agency,
    correlationId: a.correlationId,
    verdict: a.verdict,
    ruleId: a.ruleId,
    ruleVersion: a.ruleVersion,
    destinations: a.destinations,
    ...(a.matchedKey ? { matchedKey: subjectKeyReference(a.matchedKey) } : {}),
    ...(a.duplicateOf ? { duplicateOf: a.duplicateOf } : {}),
    ...(a.classification ? { classification: a.classification } : {}),
    ...(a.retentionUntil ? { retentionUntil: a.retentionUntil } : {}),
    ...(a.exercise ? { exercise: true } : {}),
  };
  return { ...envelope(topics.routed, a.correlationId, EventTypes.signalRouted, payload, a.traceId), payload };
}

/**
 * A routed signal for one feed, as its routing event says. Keyed by correlation: one subject's
 * signals stay in order on one partition.
 */
export function feedSignalEvent(
  topics: TopicNames,
  a: { id: string; feed: string; routed: SignalRoutedEvent; signal: SignalSubmission; dataKey: Buffer },
): EventDraft & { payload: SealedFeedSignalEvent } {
  const r = a.routed;
  const topic = topics.feed(a.feed);
  const payload: SealedFeedSignalEvent = {
    eventId: a.id,
    occurredAt: r.occurredAt,
    signalId: r.signalId,
    traceId: r.traceId,
    agency: r.agency,
    feed: a.feed,
    correlationId: r.correlationId,
    ruleId: r.ruleId,
    ruleVersion: r.ruleVersion,
    ...(r.matchedKey ? { matchedKey: r.matchedKey } : {}),
    // The content sealed with the signal's data key, bound to this topic, signal and event.
    sealed: seal(a.dataKey, { topic, signalId: r.signalId, eventId: a.id }, a.signal),
  };
  return { ...envelope(topic, r.correlationId, EventTypes.feedSignal, payload, r.traceId), payload };
}

/** A refused submission with its reasons, on the rejected topic. */
export function rejectedEvent(
  topics: TopicNames,
  a: {
    id: string;
    occurredAt: string;
    /** The signal id the message claimed, when it may be shown. */
    signalId: string | null;
    traceId: string;
    agency: string | null;
    topic: string;
    partition: number;
    offset: string;
    reasons: { path: string; reason: string }[];
    /** Keys the event when it names no signal. */
    submissionEventId: string;
  },
): EventDraft & { payload: SignalRejectedEvent } {
  const payload: SignalRejectedEvent = {
    eventId: a.id,
    occurredAt: a.occurredAt,
    signalId: a.signalId,
    traceId: a.traceId,
    agency: a.agency,
    topic: a.topic,
    partition: a.partition,
    offset: a.offset,
    reasons: a.reasons,
  };
  return { ...envelope(topics.rejected, a.signalId ?? a.submissionEventId, EventTypes.signalRejected, payload, a.traceId), payload };
}

/** Feedback to the source agency about one of its signals, on its feedback topic, keyed by the signal. */
export function feedbackEvent(
  topics: TopicNames,
  a: {
    id: string;
    occurredAt: string;
    signalId: string;
    traceId: string;
    agency: string;
    status: FeedbackEvent['status'];
    detail: Record<string, unknown>;
  },
): EventDraft & { payload: FeedbackEvent } {
  const payload: FeedbackEvent = {
    eventId: a.id,
    occurredAt: a.occurredAt,
    signalId: a.signalId,
    traceId: a.traceId,
    agency: a.agency,
    status: a.status,
    detail: a.detail,
  };
  return { ...envelope(topics.feedback(a.agency), a.signalId, EventTypes.feedback, payload, a.traceId), payload };
}

/**
 * An analyst's feedback to the source agency, on its feedback topic, keyed by the signal: `detail`
 * (what the analyst wrote) sealed with the signal's data key, bound to this topic, signal and event;
 * `facts` in clear (codes and keyed digests only: what the audit records). The agency's inbox in the
 * gateway opens it; its own Kafka client, holding no key, sees the facts; once the signal is erased
 * or purged, nobody opens it.
 */
export function sealedFeedbackEvent(
  topics: TopicNames,
  a: {
    id: string;
    occurredAt: string;
    signalId: string;
    traceId: string;
    agency: string;
    status: SealedFeedbackEvent['status'];
    detail: Record<string, unknown>;
    facts: Record<string, string | number | boolean>;
    dataKey: Buffer;
  },
): EventDraft & { payload: SealedFeedbackEvent } {
  const topic = topics.feedback(a.agency);
  const payload: SealedFeedbackEvent = {
    eventId: a.id,
    occurredAt: a.occurredAt,
    signalId: a.signalId,
    traceId: a.traceId,
    agency: a.agency,
    status: a.status,
    detail: a.facts,
    sealed: seal(a.dataKey, { topic, signalId: a.signalId, eventId: a.id }, a.detail),
  };
  return { ...envelope(topic, a.signalId, EventTypes.feedback, payload, a.traceId), payload };
}

/** A service removed its copies of a signal at term: facts only, keyed by the signal. */
export function purgedEvent(
  topics: TopicNames,
  a: Omit<SignalPurgedEvent, 'eventId' | 'traceId'> & { traceId: string | null },
): EventDraft & { payload: SignalPurgedEvent } {
  const payload: SignalPurgedEvent = {
    eventId: eventIds.purged(a.service, a.signalId),
    occurredAt: a.occurredAt,
    signalId: a.signalId,
    traceId: a.traceId ?? derivedId('trace', a.signalId).replace(/-/g, ''),
    ...(a.agency ? { agency: a.agency } : {}),
    service: a.service,
    reason: a.reason,
    ...(a.retentionUntil ? { retentionUntil: a.retentionUntil } : {}),
    removed: a.removed,
  };
  return { ...envelope(topics.purged, a.signalId, EventTypes.signalPurged, payload, payload.traceId), payload };
}

/** One step of an erasure request (requested, approved, refused): ids and codes, keyed by the signal. */
export function erasureEvent(
  topics: TopicNames,
  a: Omit<SignalErasureRecordedEvent, 'eventId' | 'traceId'> & { traceId?: string | null },
): EventDraft & { payload: SignalErasureRecordedEvent } {
  const payload: SignalErasureRecordedEvent = {
    eventId: eventIds.erasure(a.requestId, a.step),
    occurredAt: a.occurredAt,
    signalId: a.signalId,
    traceId: a.traceId ?? derivedId('trace', a.signalId).replace(/-/g, ''),
    requestId: a.requestId,
    step: a.step,
    reason: a.reason,
    requestedBy: a.requestedBy,
    ...(a.decidedBy ? { decidedBy: a.decidedBy } : {}),
  };
  return { ...envelope(topics.erasures, a.signalId, EventTypes.signalErasure, payload, payload.traceId), payload };
}
