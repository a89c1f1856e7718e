import { Injectable } from '@nestjs/common';
import { localizedProblem, ProblemException } from '@passerelle/http';
import { CheckpointsRepository } from '../checkpoints/checkpoints.repository';
import { MakeCheckpointUseCase } from '../checkpoints/make-checkpoint.usecase';
import { LedgerRepository } from './ledger.repository';

const CHUNK = 2000;

/**
 * NDJSON export, verifiable offline (scripts/verify-export.ts). Lines, in this order:
 *   {"type":"checkpoint","checkpoint":{…}}  every checkpoint with from <= seq <= end, ascending;
 *                                            the last one is at `end` and covers the whole export
 *   {"type":"entry","entry":{…}}             entries from..end, ascending seq
 * `end` is the seq of the first checkpoint at or after `to` (the head is signed now if none is),
 * so the last entry is always one the service signed.
 */
@Injectable()
export class ExportLedgerUseCase {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly checkpoints: CheckpointsRepository,
    private readonly make: MakeCheckpointUseCase,
  ) {}

  /** Resolves the range and the covering checkpoint (errors surface before any byte is sent). */
  async prepare(range: { from?: string; to?: string }): Promise<AsyncGenerator<string>> {
    const head = await this.ledger.head();
    if (!head)
      throw new ProblemException(
        localizedProblem({ type: 'urn:passerelle:problem:http-404', status: 404 }, 'problem.http-404.detail.ledger-empty'),
      );
    const from = range.from ?? '1';
    const to = range.to && BigInt(range.to) < BigInt(head.seq) ? range.to : head.seq;
    if (BigInt(from) > BigInt(to)) {
      throw new ProblemException(
        localizedProblem({ type: 'urn:passerelle:problem:validation', status: 400 }, 'problem.validation.detail.from-after-to', {
          from,
          to,
        }),
      );
    }
    const covering = await this.make.covering(to);
    if (!covering)
      throw new ProblemException(
        localizedProblem({ type: 'urn:passerelle:problem:http-404', status: 404 }, 'problem.http-404.detail.ledger-empty'),
      );
    const end = covering.seq;
    const checkpoints = (await this.checkpoints.inRange(from, end)).filter(
      (c) => c !== covering && !(c.seq === end && c.keyId === covering.keyId),
    );
    const ledger = this.ledger;
    return (async function* lines() {
      for (const c of [...checkpoints, covering]) yield JSON.stringify({ type: 'checkpoint', checkpoint: c }) + '\n';
      let after = (BigInt(from) - 1n).toString();
      while (BigInt(after) < BigInt(end)) {
        const chunk = await ledger.range(after, end, CHUNK);
        if (chunk.length === 0) return;
        yield chunk.map((e) => JSON.stringify({ type: 'entry', entry: e }) + '\n').join('');
        after = chunk[chunk.length - 1].seq;
      }
    })();
  }
}
