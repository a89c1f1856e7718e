import { Injectable, Logger } from '@nestjs/common';
import { localizedProblem, ProblemException } from '@passerelle/http';
import { ledgerInstant } from '../ledger/ledger-entry';
import { LedgerRepository } from '../ledger/ledger.repository';
import { VerifyLedgerUseCase } from '../ledger/verify-ledger.usecase';
import { Checkpoint, signCheckpoint } from './checkpoint-signature';
import { CheckpointsRepository } from './checkpoints.repository';
import { SigningKey } from './signing-key';

/**
 * Signs the head of the ledger. Before signing, the entries since the previous checkpoint are
 * verified (and that checkpoint still matches): the key never vouches for a chain that was
 * already tampered with, so a rewrite cannot be laundered by the next checkpoint.
 */
@Injectable()
export class MakeCheckpointUseCase {
  private readonly logger = new Logger('Checkpoints');

  constructor(
    private readonly ledger: LedgerRepository,
    private readonly checkpoints: CheckpointsRepository,
    private readonly verifier: VerifyLedgerUseCase,
    private readonly key: SigningKey,
  ) {}

  /** Null when the ledger is empty, or (onlyIfMoved) when the head is already signed. */
  async checkpointHead(opts: { onlyIfMoved: boolean }): Promise<{ checkpoint: Checkpoint; created: boolean } | null> {
    const head = await this.ledger.head();
    if (!head) return null;
    const [previous] = await this.checkpoints.latest(1, this.key.keyId);
    if (previous && BigInt(previous.seq) >= BigInt(head.seq)) {
      return opts.onlyIfMoved ? null : { checkpoint: previous, created: false };
    }
    const check = await this.verifier.verify({ from: previous?.seq ?? '1', to: head.seq });
    if (!check.ok) {
      // The verifier's own account (English, precise) goes to the log; the answer says it in the request's language.
      this.logger.error(`refusing to sign the ledger head ${head.seq}: ${check.reason} at seq ${check.seq}: ${check.detail}`);
      throw new ProblemException(
        localizedProblem(
          {
            type: 'urn:passerelle:problem:audit-ledger-broken',
            status: 409,
            code: 'no-checkpoint',
            brokenSeq: check.seq,
            reason: check.reason,
          },
          'problem.audit-ledger-broken.detail.no-checkpoint',
          // ICU select keys cannot hold a hyphen.
          { seq: check.seq, cause: check.reason.replace(/-/g, '_') },
        ),
      );
    }
    return this.checkpoints.insert(signCheckpoint(head, ledgerInstant(new Date()), this.key.privateKey));
  }

  /** The checkpoint that covers seq (the first one at or after it), signing the head if none does. */
  async covering(seq: string): Promise<Checkpoint | null> {
    const existing = await this.checkpoints.firstAtOrAfter(seq, this.key.keyId);
    if (existing) return existing;
    return (await this.checkpointHead({ onlyIfMoved: false }))?.checkpoint ?? null;
  }
}
