import { Injectable } from '@nestjs/common';
import { DEFAULT_LANGUAGE, Language } from '@passerelle/i18n';
import { Checkpoint } from '../checkpoints/checkpoint-signature';
import { CheckpointsRepository } from '../checkpoints/checkpoints.repository';
import { SigningKey } from '../checkpoints/signing-key';
import { ChainBreak, ChainVerifier } from './chain-verifier';
import { GENESIS_HASH } from './ledger-entry';
import { AuditSnapshot, LedgerRepository } from './ledger.repository';

/** Entries read per query while verifying: memory stays flat whatever the range. */
const CHUNK = 5000;
/** The newest checkpoints are always checked, whatever range is asked for. */
const LATEST_CHECKPOINTS = 10;

export type VerifyResult = {
  from: string;
  to: string;
  checked: number;
  checkpointsChecked: number;
  head: { seq: string; hash: string } | null;
} & ({ ok: true; latestCheckpoint: Pick<Checkpoint, 'seq' | 'hash' | 'signedAt' | 'keyId'> | null } | ({ ok: false } & ChainBreak));

/**
 * Recomputes the chain over a seq range: every hash, every link, no gap, and every checkpoint in
 * the range (plus the newest ones) signed by a trusted key and equal to the stored entry at its
 * seq. Tells the first break.
 */
@Injectable()
export class VerifyLedgerUseCase {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly checkpoints: CheckpointsRepository,
    private readonly key: SigningKey,
  ) {}

  /**
   * On one snapshot of the ledger and its checkpoints: a checkpoint signed while a long verify runs
   * (over entries appended after the head was read) is not taken for one whose entries were deleted.
   */
  async verify(range: { from?: string; to?: string } = {}, lang: Language = DEFAULT_LANGUAGE): Promise<VerifyResult> {
    return this.ledger.snapshot((snapshot) => this.verifyIn(snapshot, range, lang));
  }

  private async verifyIn(snapshot: AuditSnapshot, range: { from?: string; to?: string }, lang: Language): Promise<VerifyResult> {
    const head = await this.ledger.head(snapshot);
    const from = range.from && BigInt(range.from) > 1n ? range.from : '1';
    const headSeq = head?.seq ?? '0';
    const to = range.to && BigInt(range.to) < BigInt(headSeq) ? range.to : headSeq;
    const result = { from, to, head, checked: 0, checkpointsChecked: 0 };
    const fail = (v: ChainVerifier, b: ChainBreak): VerifyResult => ({ ...result, checked: v.checked, ok: false, ...b });

    let prevHash: string | null = GENESIS_HASH;
    if (from !== '1') {
      prevHash = await this.ledger.hashAt((BigInt(from) - 1n).toString(), snapshot);
      if (prevHash === null && BigInt(from) <= BigInt(headSeq)) {
        const v = new ChainVerifier(from, null, lang);
        return fail(v, v.missing((BigInt(from) - 1n).toString()));
      }
    }
    const verifier = new ChainVerifier(from, prevHash, lang);
    let after = (BigInt(from) - 1n).toString();
    while (BigInt(after) < BigInt(to)) {
      const chunk = await this.ledger.range(after, to, CHUNK, snapshot);
      if (chunk.length === 0) {
        return fail(verifier, verifier.missing((BigInt(after) + 1n).toString(), to));
      }
      const last = chunk[chunk.length - 1].seq;
      const bySeq = new Map<string, Checkpoint[]>();
      for (const c of await this.checkpoints.inRange(chunk[0].seq, last, snapshot)) bySeq.set(c.seq, [...(bySeq.get(c.seq) ?? []), c]);
      for (const e of chunk) {
        const broken = verifier.push(e);
        if (broken) return fail(verifier, broken);
        for (const c of bySeq.get(e.seq) ?? []) {
          const b = verifier.checkpoint(c, e.hash, this.key.trusted);
          if (b) return fail(verifier, b);
          result.checkpointsChecked++;
        }
      }
      after = last;
    }
    // Whatever the range: the newest checkpoints must still match the ledger (a rewrite of the
    // tail, or deleted tail entries, shows here first).
    const latest = await this.checkpoints.latest(LATEST_CHECKPOINTS, undefined, snapshot);
    for (const c of latest.reverse()) {
      const b = verifier.checkpoint(
        c,
        BigInt(c.seq) <= BigInt(headSeq) ? await this.ledger.hashAt(c.seq, snapshot) : null,
        this.key.trusted,
      );
      if (b) return fail(verifier, b);
      result.checkpointsChecked++;
    }
    const newest = latest[latest.length - 1];
    return {
      ...result,
      checked: verifier.checked,
      ok: true,
      latestCheckpoint: newest ? { seq: newest.seq, hash: newest.hash, signedAt: newest.signedAt, keyId: newest.keyId } : null,
    };
  }
}
