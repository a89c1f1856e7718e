import { SignalErasureRecordedEvent } from '@passerelle/contracts';
import { BatchHandlerExtras, Batch } from './batch-transport';
import { mustBeStorableInstant } from './dead-letters';

/**
 * What the services that hold copies of signals (the gateway, the router) read on
 * `signals.erasure.recorded.v1`: only the intake writes it (ACLs), and the transport checks each
 * message against its contract before the handler runs.
 */
export const erasureContract: BatchHandlerExtras<SignalErasureRecordedEvent> = {
  contract: SignalErasureRecordedEvent,
  check: (e) => mustBeStorableInstant('occurredAt', e.occurredAt),
};

/** The signals of the approved erasures in a batch (requests, refusals and expiries remove nothing). */
export function approvedErasures(batch: Batch<SignalErasureRecordedEvent>): string[] {
  const ids = new Set<string>();
  // The transport checked each payload against SignalErasureRecordedEvent ({@link erasureContract}).
  for (const { payload: p } of batch) if (p.step === 'approved') ids.add(p.signalId);
  return [...ids];
}
