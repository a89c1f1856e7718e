import { PersonKeyKind } from '@passerelle/contracts';
import { matchKeys } from './match-keys';
import { blind, Blinded, finalize } from './oprf';
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

/**
 * The agency's side of hit/no-hit: each record's match keys, blinded, evaluated by the key holder
 * in batches, unblinded into tokens and compared with the token set locally. Returns the hits only.
 * The same key in several records is evaluated once. The next batch is blinded while the key holder
 * evaluates the current one.
 */
export async function matchRecords(
  records: AgencyRecord[],
  tokens: TokenSet,
  evaluate: Evaluator,
  opts: { batchSize?: number } = {},
): Promise<MatchResult> {
  const batchSize = opts.batchSize ?? 1000;
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
  const blindBatch = (from: number): Blinded[] => keys.slice(from, from + batchSize).map(blind);
  const send = (batch: Blinded[]): Promise<string[]> | null => (batch.length ? evaluate(batch.map((b) => b.blinded)) : null);
  let current = blindBatch(0);
  let pending = send(current);
  for (let from = 0; pending; from += batchSize) {
    // Blinding and unblinding are CPU work here, evaluation CPU work at the key holder: the next
    // batch is blinded while the current one is evaluated, and sent as soon as the answer is in.
    const next = blindBatch(from + batchSize);
    const evaluated = await pending;
    pending = send(next);
    if (evaluated.length !== current.length) throw new Error(`the key holder answered ${evaluated.length} points for ${current.length}`);
    current.forEach((b, i) => {
      const token = finalize(b, evaluated[i]);
      if (!listed.has(token)) return;
      const e = byKey.get(b.key)!;
      for (const r of e.records) hits.push({ line: r.line, ...(r.ref ? { ref: r.ref } : {}), keyKind: e.kind, entryToken: token });
    });
    current = next;
  }
  hits.sort((a, b) => a.line - b.line || a.keyKind.localeCompare(b.keyKind));
  return { hits, records: records.length, keysEvaluated: keys.length };
}
