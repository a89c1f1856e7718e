/** CloudEvents 1.0 attribute names carried as Kafka headers on every message. */
export const Headers = {
  id: 'ce-id',
  type: 'ce-type',
  source: 'ce-source',
  time: 'ce-time',
  specversion: 'ce-specversion',
  traceparent: 'traceparent',
  contentType: 'content-type',
} as const;

/** `ce-type` values. Versioned like topics: a breaking change is a new type. */
export const EventTypes = {
  signalSubmitted: 'be.passerelle.signal.submitted.v1',
  signalRouted: 'be.passerelle.signal.routed.v1',
  signalRejected: 'be.passerelle.signal.rejected.v1',
  feedSignal: 'be.passerelle.feed.signal.v2',
  feedback: 'be.passerelle.feedback.v2',
  accessRecorded: 'be.passerelle.access.recorded.v1',
  principalChanged: 'be.passerelle.principal.changed.v1',
  watchlistRecorded: 'be.passerelle.watchlist.recorded.v1',
  deadLetter: 'be.passerelle.dead-letter.v1',
  signalPurged: 'be.passerelle.signal.purged.v1',
  signalErasure: 'be.passerelle.signal.erasure.v1',
  product: 'be.passerelle.product.v1',
  productReceipt: 'be.passerelle.product.receipt.v1',
  disseminationRecorded: 'be.passerelle.dissemination.recorded.v1',
  /** A service notice raised or cleared by a gateway (issue 30), on `access.recorded.v1`. */
  serviceIncident: 'be.passerelle.service.incident.v1',
  /**
   * A step of an alert to a person (issue 29, item 7): raised, sent, escalated, parked,
   * acknowledged — on `access.recorded.v1`; ids, codes and a link only (docs/audit.md).
   */
  alertRecorded: 'be.passerelle.alert.recorded.v1',
  /** A step of an alert to an agency's permanence cell, for its gateway (`alerts.<agency>.v1`). */
  alertNotice: 'be.passerelle.alert.notice.v1',
  /** A POC acknowledged an alert at its gateway (`alerts.<agency>.acknowledged.v1`). */
  alertAcknowledged: 'be.passerelle.alert.acknowledged.v1',
} as const;
export type EventType = (typeof EventTypes)[keyof typeof EventTypes];

/** Fields every event payload carries (CONVENTIONS: eventId, occurredAt, signal id, trace id). */
export interface EventEnvelope {
  eventId: string;
  occurredAt: string;
  signalId: string;
  traceId: string;
}
