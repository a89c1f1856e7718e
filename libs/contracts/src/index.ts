// The contract classes register their metadata in the order of these exports, and the generated
// documents (docs/contracts, docs/asyncapi.json, docs/openapi.json) list them in that order: keep it.
export * from './topics';
export * from './events'; // the CloudEvents headers and types; each event's payload class is in events/*.event.ts
export * from './submission';
export * from './events/signal-submitted.event';
export * from './signal-batch';
export * from './events/signal-routed.event';
export * from './events/feed-signal.event';
export * from './events/sealed-content';
export * from './events/signal-rejected.event';
export * from './events/feedback.event';
export * from './events/access-recorded.event';
export * from './events/principal-changed.event';
export * from './events/watchlist-recorded.event';
export * from './events/signal-purged.event';
export * from './events/signal-erasure.event';
export * from './products';
export * from './events/product.event';
export * from './events/alert-notice.event';
export * from './catalogues';
export * from './checks';
export * from './policy';
export * from './validate';
export * from './message-keys';
export * from './compiled';
export * from './reason-codes';
export * from './json-schema';
export { IsCalendarDate, IsInstant } from './validators';
export * from './key-reference';
export * from './subject-normalisation';
export * from './subject-keys';
export * from './number-bounds';
export * from './env-config';
