import { PersonKeyKind } from '@passerelle/contracts';
import { matchKeys } from './match-keys';
import { loadOprfEngine } from './oprf-engine';
import { defaultThreads, inlinePool, workerPool } from './oprf-pool';
import { AgencyRecord } from './records';

/** What an agency receives for one list version: its tokens, never its entries. */
export interface TokenSet {
  list: string;
  version: number;
  suite: string;
  validFrom: string;
  validUntil: string;
  entryCount: number;
  /** Every token of every entry's keys, sorted: which tokens belong to one entry is not told. */
  tokens: string[];
}

/** The key holder's evaluation of a batch of blinded points, in order (over HTTP: `POST …/evaluations`). */
export type Evaluator = (blinded: string[]) => Promise<string[]>;

export interface Hit {
  /** The record's line in the agency's file. */
  line: number;
  ref?: string;
  keyKind: PersonKeyKind;
  entryToken: string;
}

export interface MatchResult {
  hits: Hit[];
  records: number;
  /** Distinct keys evaluated (what the key holder learns: this count, in batches). */
  keysEvaluated: number;
}

export interface MatchOptions {
  /** Keys per evaluation request (default 1,000, the key holder's maximum). */
  batchSize?: number;
  /** Worker threads for blinding and unblinding (default: one a core, or WATCHLIST_MATCH_THREADS, from 4,000 keys; 0: this thread). */
  threads?: number;
  /**
   * Batches in the pipeline at once, each blinded, evaluated and unblinded in turn (default: the
   * worker threads + 2); so also the most evaluation requests in flight at once.
   */
  lanes?: number;
}

/** Below this many keys, starting worker threads costs more than it saves. */
const THREADS_FROM_KEYS = 4000;

/**
 * The agency's side of hit/no-hit: each record's match keys, blinded, evaluated by the key holder
 * in batches, unblinded into tokens and compared with the token set locally. Returns the hits only.
 * The same key in several records is evaluated once. Blinding and unblinding run on worker threads
 * (one a core) for large files, and batches go through a pipeline: while the key holder evaluates
 * one batch, the agency blinds the next and unblinds the previous.
 */
export async function matchRecords(
  records: AgencyRecord[],
  tokens: TokenSet,
  evaluate: Evaluator,
  opts: MatchOptions = {},
): Promise<MatchResult> {
  const batchSize = opts.batchSize ?? 1000;
  await loadOprfEngine();
  const byKey = new Map<string, { kind: PersonKeyKind; records: AgencyRecord[] }>();
  for (const r of records) {
    for (const k of matchKeys(r.person)) {
      const e = byKey.get(k.key);
      if (e) e.records.push(r);
      else byKey.set(k.key, { kind: k.kind, records: [r] });
    }
  }
  const keys = [...byKey.keys()];
  const listed = new Set(tokens.tokens);
  const hits: Hit[] = [];
  const threads = opts.threads ?? (keys.length >= THREADS_FROM_KEYS ? defaultThreads() : 0);
  const pool = threads > 0 ? workerPool(threads) : inlinePool;
  const batches: string[][] = [];
  for (let from = 0; from < keys.length; from += batchSize) batches.push(keys.slice(from, from + batchSize));
  let next = 0;
  let failed = false;
  // Each lane takes the next batch through blind → evaluate → finalize; with several lanes the
  // agency's work on one batch overlaps the key holder's on another.
  const lane = async (): Promise<void> => {
    while (!failed && next < batches.length) {
      const batch = batches[next++];
      const blinded = await pool.blind(batch);
      const evaluated = await evaluate(blinded.map((b) => b.blinded));
      if (evaluated.length !== blinded.length) throw new Error(`the key holder answered ${evaluated.length} points for ${blinded.length}`);
      (await pool.finalize(blinded, evaluated)).forEach((token, i) => {
        if (!listed.has(token)) return;
        const e = byKey.get(blinded[i].key)!;
        for (const r of e.records) hits.push({ line: r.line, ...(r.ref ? { ref: r.ref } : {}), keyKind: e.kind, entryToken: token });
      });
    }
  };
  const lanes = Math.max(1, opts.lanes ?? threads + 2);
  try {
    // On a failure (a refused batch, a bad answer) the other lanes take no new batch; the first error is thrown once all have stopped.
    const settled = await Promise.allSettled(
      Array.from({ length: lanes }, () =>
        lane().catch((e: unknown) => {
          failed = true;
          throw e;
        }),
      ),
    );
    const failure = settled.find((x): x is PromiseRejectedResult => x.status === 'rejected');
    if (failure) throw failure.reason;
  } finally {
    await pool.close();
  }
  hits.sort((a, b) => a.line - b.line || a.keyKind.localeCompare(b.keyKind));
  return { hits, records: records.length, keysEvaluated: keys.length };
}
