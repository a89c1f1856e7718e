import { Checkpoint, checkSignature } from '../checkpoints/checkpoint-signature';
import type { KeyObject } from 'node:crypto';
import { DEFAULT_LANGUAGE, Language, t } from '@passerelle/i18n';
import { entryHash, GENESIS_HASH, LedgerEntry } from './ledger-entry';

export type BreakReason =
  'seq-gap' | 'link-mismatch' | 'hash-mismatch' | 'checkpoint-mismatch' | 'checkpoint-entry-missing' | 'bad-signature' | 'untrusted-key';

export interface ChainBreak {
  seq: string;
  /** Stable, the same in every language: what a client switches on. */
  reason: BreakReason;
  /** What was found, in the language the verifier was asked in (catalogue keys `audit.break.…`). */
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
    /** The language of each break's `detail` (GET /v1/audit/verify: the request's; scripts and logs: English). */
    private readonly lang: Language = DEFAULT_LANGUAGE,
  ) {
    this.expected = BigInt(firstSeq);
    if (this.expected === 1n && prevHash === null) this.prevHash = GENESIS_HASH;
  }

  push(e: LedgerEntry): ChainBreak | null {
    const seq = BigInt(e.seq);
    const say = (key: string, values: Record<string, string>) => t(this.lang, key, values);
    if (seq !== this.expected) {
      return seq > this.expected
        ? {
            seq: this.expected.toString(),
            reason: 'seq-gap',
            detail: say('audit.break.seq-gap.deleted', { from: this.expected.toString(), to: (seq - 1n).toString() }),
          }
        : {
            seq: e.seq,
            reason: 'seq-gap',
            detail: say('audit.break.seq-gap.inserted', { seq: e.seq, expected: this.expected.toString() }),
          };
    }
    const { hash, ...unhashed } = e;
    if (entryHash(unhashed) !== hash) {
      return { seq: e.seq, reason: 'hash-mismatch', detail: say('audit.break.hash-mismatch', { seq: e.seq }) };
    }
    if (this.prevHash !== null && e.prevHash !== this.prevHash) {
      return {
        seq: e.seq,
        reason: 'link-mismatch',
        detail: say('audit.break.link-mismatch', { seq: e.seq, previous: (seq - 1n).toString() }),
      };
    }
    this.prevHash = hash;
    this.expected = seq + 1n;
    this.checked++;
    return null;
  }

  /** A checkpoint against the stored entry at its seq (whose hash the caller passes, null if none). */
  checkpoint(c: Checkpoint, storedHash: string | null, trusted: KeyObject[]): ChainBreak | null {
    const say = (key: string, values: Record<string, string>) => t(this.lang, key, values);
    const sig = checkSignature(c, trusted);
    if (sig !== 'ok') {
      return {
        seq: c.seq,
        reason: sig,
        detail:
          sig === 'untrusted-key'
            ? say('audit.break.untrusted-key', { seq: c.seq, keyId: c.keyId })
            : say('audit.break.bad-signature', { seq: c.seq, signedAt: c.signedAt }),
      };
    }
    if (storedHash === null) {
      return {
        seq: c.seq,
        reason: 'checkpoint-entry-missing',
        detail: say('audit.break.checkpoint-entry-missing', { seq: c.seq, signedAt: c.signedAt }),
      };
    }
    if (storedHash !== c.hash) {
      return {
        seq: c.seq,
        reason: 'checkpoint-mismatch',
        detail: say('audit.break.checkpoint-mismatch', { seq: c.seq, signedAt: c.signedAt, lastOk: this.lastCheckpointOk ?? 'none' }),
      };
    }
    this.lastCheckpointOk = c.seq;
    return null;
  }

  /** A seq the verifier was to start after, or entries it was to read, that are not in the ledger. */
  missing(from: string, to?: string): ChainBreak {
    return {
      seq: from,
      reason: 'seq-gap',
      detail:
        to === undefined
          ? t(this.lang, 'audit.break.seq-gap.deleted-one', { seq: from })
          : t(this.lang, 'audit.break.seq-gap.missing', { from, to }),
    };
  }
}
