import { Checkpoint, checkSignature } from '../checkpoints/checkpoint-signature';
import type { KeyObject } from 'node:crypto';
import { entryHash, GENESIS_HASH, LedgerEntry } from './ledger-entry';

export type BreakReason =
  'seq-gap' | 'link-mismatch' | 'hash-mismatch' | 'checkpoint-mismatch' | 'checkpoint-entry-missing' | 'bad-signature' | 'untrusted-key';

export interface ChainBreak {
  seq: string;
  reason: BreakReason;
  detail: string;
}

/**
 * Walks entries in seq order, one at a time (so callers stream any number of them), and tells the
 * first one that breaks the chain. Shared by GET /v1/audit/verify and scripts/verify-export.ts.
 */
export class ChainVerifier {
  checked = 0;
  private expected: bigint;
  private lastCheckpointOk: string | null = null;

  /**
   * @param firstSeq the seq the first entry must have
   * @param prevHash the hash the first entry must link to; null accepts whatever it links to
   *   (an export that starts after the genesis entry)
   */
  constructor(
    firstSeq: string,
    private prevHash: string | null,
  ) {
    this.expected = BigInt(firstSeq);
    if (this.expected === 1n && prevHash === null) this.prevHash = GENESIS_HASH;
  }

  push(e: LedgerEntry): ChainBreak | null {
    const seq = BigInt(e.seq);
    if (seq !== this.expected) {
      return seq > this.expected
        ? {
            seq: this.expected.toString(),
            reason: 'seq-gap',
            detail: `entries ${this.expected}..${seq - 1n} are missing: deleted from the ledger`,
          }
        : { seq: e.seq, reason: 'seq-gap', detail: `entry ${e.seq} appears where ${this.expected} was expected: inserted or out of order` };
    }
    const { hash, ...unhashed } = e;
    if (entryHash(unhashed) !== hash) {
      return {
        seq: e.seq,
        reason: 'hash-mismatch',
        detail: `entry ${e.seq} does not match its own hash: its content was changed after it was recorded`,
      };
    }
    if (this.prevHash !== null && e.prevHash !== this.prevHash) {
      return {
        seq: e.seq,
        reason: 'link-mismatch',
        detail: `entry ${e.seq} does not link to the hash of entry ${seq - 1n}: an entry before it was deleted, inserted or rewritten`,
      };
    }
    this.prevHash = hash;
    this.expected = seq + 1n;
    this.checked++;
    return null;
  }

  /** A checkpoint against the stored entry at its seq (whose hash the caller passes, null if none). */
  checkpoint(c: Checkpoint, storedHash: string | null, trusted: KeyObject[]): ChainBreak | null {
    const sig = checkSignature(c, trusted);
    if (sig !== 'ok') {
      return {
        seq: c.seq,
        reason: sig,
        detail:
          sig === 'untrusted-key'
            ? `the checkpoint at seq ${c.seq} is signed with key ${c.keyId}, which is not trusted`
            : `the signature of the checkpoint at seq ${c.seq} (signed ${c.signedAt}) does not verify: the checkpoint was forged or altered`,
      };
    }
    if (storedHash === null) {
      return {
        seq: c.seq,
        reason: 'checkpoint-entry-missing',
        detail: `a checkpoint signed ${c.signedAt} covers seq ${c.seq}, which is no longer in the ledger: entries were deleted`,
      };
    }
    if (storedHash !== c.hash) {
      return {
        seq: c.seq,
        reason: 'checkpoint-mismatch',
        detail:
          `entry ${c.seq} differs from the checkpoint signed ${c.signedAt}: history was rewritten at or before seq ${c.seq}` +
          (this.lastCheckpointOk ? ` (after seq ${this.lastCheckpointOk}, the last checkpoint that still matches)` : ''),
      };
    }
    this.lastCheckpointOk = c.seq;
    return null;
  }
}
