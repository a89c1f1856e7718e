import {
  ACCESS_CATEGORY,
  CLASSIFICATIONS,
  ACCESS_MAX_SIGNAL_IDS,
  AccessOutcome,
  AccessRecordedEvent,
  READ_SIGNAL_ID,
} from '@passerelle/contracts';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Principal } from './principal';

/** A signal an answer held, as its read record names it. */
export interface ReadSignal {
  signalId: string;
  agency: string;
  traceId: string | null;
  /** Its taxonomy category, where the reader holds it (the intake does; a POC's own signals need none). */
  category?: string;
  /** Its classification, where the reader holds it. */
  classification?: string;
}

/** A signal id as a read record may list it: itself when a UUID, else `sha256:<16 hex>` of it (never free text). */
export function readSignalId(id: string): string {
  const lower = id.toLowerCase();
  return READ_SIGNAL_ID.test(lower) ? lower : `sha256:${createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 16)}`;
}

/** What every access record by a principal starts with: a fresh id, when, who (id, name, role), through which endpoint, the outcome. */
export function accessRecordHead(principal: Principal, endpoint: string, outcome: AccessOutcome, now = new Date()) {
  return {
    eventId: randomUUID(),
    occurredAt: now.toISOString(),
    principalId: principal.id,
    principalName: principal.name,
    role: principal.role,
    endpoint,
    outcome,
  };
}

/**
 * The access records of one read of signal content: who, when, through which endpoint, under which
 * role, and every signal the answer held (`signalIds`, each once, with their `agencies`) — one record
 * per read, however many items it returned (issue 32, item 3). A read of more than
 * {@link ACCESS_MAX_SIGNAL_IDS} signals (none does today: pages stop at 500) is recorded as several
 * records of at most that many. A read of one signal also names it in `signalId`, as records always
 * did, so a consumer of that first shape still reads it.
 */
export function readRecords(principal: Principal, endpoint: string, signals: ReadSignal[], now = new Date()): AccessRecordedEvent[] {
  const bySignal = new Map<string, ReadSignal>();
  for (const s of signals) {
    const id = readSignalId(s.signalId);
    if (!bySignal.has(id)) bySignal.set(id, s);
  }
  const ids = [...bySignal.keys()];
  const records: AccessRecordedEvent[] = [];
  for (let i = 0; i < ids.length; i += ACCESS_MAX_SIGNAL_IDS) {
    const chunk = ids.slice(i, i + ACCESS_MAX_SIGNAL_IDS);
    const agencies = [...new Set(chunk.map((id) => bySignal.get(id)!.agency))].sort();
    const categories = [
      ...new Set(
        chunk.map((id) => bySignal.get(id)!.category).filter((c): c is string => typeof c === 'string' && ACCESS_CATEGORY.test(c)),
      ),
    ].sort();
    const classifications = [
      ...new Set(
        chunk
          .map((id) => bySignal.get(id)!.classification)
          .filter((c): c is string => typeof c === 'string' && (CLASSIFICATIONS as readonly string[]).includes(c)),
      ),
    ].sort();
    const one = chunk.length === 1 ? bySignal.get(chunk[0])! : null;
    records.push({
      ...accessRecordHead(principal, endpoint, 'read', now),
      ...(one ? { signalId: chunk[0] } : {}),
      ...(agencies.length === 1 ? { agency: agencies[0] } : {}),
      // A read of one signal keeps that signal's trace; a page spans many traces and gets its own.
      traceId: (one?.traceId && /^[0-9a-f]{32}$/.test(one.traceId) ? one.traceId : null) ?? randomBytes(16).toString('hex'),
      signalIds: chunk,
      agencies,
      ...(categories.length ? { categories } : {}),
      ...(classifications.length ? { classifications } : {}),
    });
  }
  return records;
}

/** What a read of something other than signal content returned: products, or one resource (an agency's filter, …). */
export interface ResourceRead {
  /** Every product the answer held: each is listed once, none dropped. */
  productIds?: readonly string[];
  /** The one thing read, where it is not a product list; a read of exactly one product names it here too. */
  resourceId?: string;
  /** The read's trace where it has one (a product's own); any other value, or none, gets a fresh one. */
  traceId?: string | null;
}

/**
 * The access records of one read of products (or of one other resource): who, when, through which
 * endpoint, under which role, the reader's agency and every product the answer held (`productIds`,
 * each once). The one builder of these records for the gateway and the intake (issue 24). A read of
 * more than {@link ACCESS_MAX_SIGNAL_IDS} products — the contract's bound on one record's list — is
 * recorded as several records of at most that many, all under the read's trace, so no product read
 * goes unrecorded. A read that returned nothing is still one record.
 */
export function resourceReadRecords(principal: Principal, endpoint: string, read: ResourceRead, now = new Date()): AccessRecordedEvent[] {
  const ids = [...new Set(read.productIds ?? [])];
  const resourceId = read.resourceId ?? (ids.length === 1 ? ids[0] : undefined);
  const traceId = read.traceId && /^[0-9a-f]{32}$/.test(read.traceId) ? read.traceId : randomBytes(16).toString('hex');
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += ACCESS_MAX_SIGNAL_IDS) chunks.push(ids.slice(i, i + ACCESS_MAX_SIGNAL_IDS));
  return (chunks.length ? chunks : [null]).map((chunk) => ({
    ...accessRecordHead(principal, endpoint, 'read', now),
    ...(resourceId ? { resourceId } : {}),
    ...(chunk ? { productIds: chunk } : {}),
    ...(principal.agency ? { agency: principal.agency, agencies: [principal.agency] } : {}),
    traceId,
  }));
}
