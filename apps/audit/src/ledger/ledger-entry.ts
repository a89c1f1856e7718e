import { toStorable } from '@passerelle/contracts';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** What the audit service records of one event, before it is chained. */
export interface LedgerFacts {
  eventId: string;
  occurredAt: string | null;
  actor: string;
  action: string;
  agency: string | null;
  signalId: string | null;
  correlationId: string | null;
  traceId: string | null;
  sourceTopic: string;
  sourcePartition: number;
  sourceOffset: string;
  payloadDigest: string;
  details: Record<string, unknown>;
}

export interface LedgerEntry extends LedgerFacts {
  seq: string;
  recordedAt: string;
  prevHash: string;
  hash: string;
}

/** SHA-256 over the RFC 8785 canonical JSON of the entry, previous hash included, own hash excluded. */
export function entryHash(e: Omit<LedgerEntry, 'hash'>): string {
  const canonical = canonicalize({ ...e });
  if (canonical === undefined) throw new Error('ledger entry cannot be canonicalised');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * Text exactly as Postgres will store it: an unpaired surrogate (half an emoji, from a cut or from a
 * hostile `\ud83d` escape) and NUL become U+FFFD. Hashing anything else would hash what is not
 * stored, and the chain would never verify again.
 */
export const storable = toStorable;

export function chain(facts: LedgerFacts[], head: { seq: string; hash: string } | null, recordedAt: string): LedgerEntry[] {
  let seq = head ? BigInt(head.seq) : 0n;
  let prevHash = head?.hash ?? GENESIS_HASH;
  return facts.map((f) => {
    seq += 1n;
    const unhashed = { ...storable(f), seq: seq.toString(), recordedAt, prevHash };
    const hash = entryHash(unhashed);
    prevHash = hash;
    return { ...unhashed, hash };
  });
}

/** Instants as the ledger stores them (Postgres keeps microseconds), so hashes recompute exactly. */
export function ledgerInstant(d: Date): string {
  return `${d.toISOString().slice(0, 23)}000Z`;
}
