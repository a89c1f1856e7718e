import { Injectable } from '@nestjs/common';
import { localizedProblem, ProblemException, refusal } from '@passerelle/http';
import { CheckpointsRepository } from '../checkpoints/checkpoints.repository';
import { MakeCheckpointUseCase } from '../checkpoints/make-checkpoint.usecase';
import { SigningKey } from '../checkpoints/signing-key';
import { LedgerRepository } from './ledger.repository';

/** What an export is asked for: a seq range, narrowed to a period (instants) and/or one signal's span. */
export interface ExportFilter {
  from?: string;
  to?: string;
  since?: string;
  until?: string;
  signal?: string;
}

/** What an export would hold, told before it is downloaded. */
export interface ExportSize {
  from: string;
  to: string;
  /** Entries from `from` to the checkpoint that covers `to` (the head when none does yet: it is signed then). */
  entries: number;
  /** About how many bytes the NDJSON will be: the entries' count times the average line of a sample. */
  approximateBytes: number;
}

/** Entries whose NDJSON lines are measured to estimate an export's size. */
const SAMPLE = 200;

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
    private readonly key: SigningKey,
  ) {}

  /**
   * The seq range a filter asks for: from..to, narrowed to the entries recorded in [since, until] and
   * to the span from the signal's first entry to its last (every entry between them: the chain has
   * no gap to verify across). A filter that leaves nothing is a 404, said before any byte is sent.
   */
  async range(f: ExportFilter): Promise<{ from?: string; to?: string }> {
    if (f.since === undefined && f.until === undefined && f.signal === undefined) return { from: f.from, to: f.to };
    const span = await this.ledger.span({
      // Normalised: ISO 8601 allows offsets that Postgres does not read.
      since: f.since && new Date(f.since).toISOString(),
      until: f.until && new Date(f.until).toISOString(),
      signalId: f.signal,
    });
    const max = (a: string, b?: string) => (b !== undefined && BigInt(b) > BigInt(a) ? b : a);
    const min = (a: string, b?: string) => (b !== undefined && BigInt(b) < BigInt(a) ? b : a);
    const from = span && max(span.first, f.from);
    const to = span && min(span.last, f.to);
    if (!from || !to || BigInt(from) > BigInt(to)) throw refusal(404, 'problem.http-404.detail.export-empty');
    return { from, to };
  }

  /** What the export of a range would hold: its entries and about how many bytes, without signing anything. */
  async size(range: { from?: string; to?: string }): Promise<ExportSize> {
    const head = await this.ledger.head();
    if (!head)
      throw new ProblemException(
        localizedProblem({ type: 'urn:passerelle:problem:http-404', status: 404 }, 'problem.http-404.detail.ledger-empty'),
      );
    const from = range.from ?? '1';
    const to = range.to && BigInt(range.to) < BigInt(head.seq) ? range.to : head.seq;
    // As prepare: the export runs on to the checkpoint covering `to`, or to the head it would sign.
    const end = (await this.checkpoints.firstAtOrAfter(to, this.key.keyId))?.seq ?? head.seq;
    const entries = Number(BigInt(end) - BigInt(from) + 1n);
    const sample = await this.ledger.range((BigInt(from) - 1n).toString(), end, SAMPLE);
    const average = sample.length
      ? sample.reduce((n, e) => n + JSON.stringify({ type: 'entry', entry: e }).length + 1, 0) / sample.length
      : 0;
    return { from, to: end, entries, approximateBytes: Math.round(entries * average) };
  }

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
