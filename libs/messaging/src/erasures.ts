import { SignalErasureRecordedEvent } from '@passerelle/contracts';
import { BatchHandlerExtras, Batch } from './batch-transport';
import { mustBeStorableInstant } from './dead-letters';
import { parseJson } from './events';

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
export function approvedErasures(batch: Batch): string[] {
  const ids = new Set<string>();
  for (const m of batch) {
    const parsed = parseJson(m.value);
    if (!parsed.ok) continue;
    const p = parsed.value as Partial<SignalErasureRecordedEvent>;
    if (p.step === 'approved' && typeof p.signalId === 'string') ids.add(p.signalId);
  }
  return [...ids];
}
