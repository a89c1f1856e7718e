/**
 * `npm run bench:watchlist -- [--list 1000] [--records 100000]`: the cost of watchlist matching's
 * cryptography on this machine, in this one process (no HTTP, no database): the key holder
 * tokenising a list of LIST persons, then an agency matching RECORDS records (37 planted matches)
 * — blind, evaluate, finalize per distinct key — and checking it found exactly the planted ones.
 * Over HTTP the key holder's evaluation runs in the intake's process, beside the agency's work.
 */
import { blindEvaluate, entryTokens, generateSecretKey, matchRecords, OPRF_SUITE, parseRecordsCsv } from '@passerelle/watchlist';
import { numberOption } from './bench-support';
import { watchlistFixture } from './watchlist-fixtures';

async function main() {
  const listSize = numberOption('list', 1000);
  const records = numberOption('records', 100_000);
  const f = watchlistFixture({ listSize, records, plantedCount: 37 });
  const sk = generateSecretKey();
  let t = performance.now();
  const tokens = [...new Set(f.entries.flatMap((e) => entryTokens(sk, e).map((x) => x.token)))].sort();
  const tokenise = performance.now() - t;
  const parsed = parseRecordsCsv(f.csv);
  let evaluating = 0;
  t = performance.now();
  const r = await matchRecords(
    parsed,
    { list: 'bench', version: 1, suite: OPRF_SUITE, validFrom: '', validUntil: '', entryCount: listSize, tokens },
    async (blinded) => {
      const s = performance.now();
      const out = blindEvaluate(sk, blinded);
      evaluating += performance.now() - s;
      return out;
    },
  );
  const match = performance.now() - t;
  const exact = JSON.stringify(r.hits.map((h) => [h.line, h.keyKind])) === JSON.stringify(f.planted.map((p) => [p.line, p.keyKind]));
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  process.stdout.write(
    [
      `watchlist bench (${OPRF_SUITE}, @noble/curves, one process)`,
      `  tokenise the list: ${listSize} persons, ${tokens.length} tokens in ${s(tokenise)}`,
      `  match: ${records} records, ${r.keysEvaluated} distinct keys in ${s(match)} (${((match / r.keysEvaluated) * 1000).toFixed(0)} µs a key)`,
      `    of which the key holder's evaluation: ${s(evaluating)}; the agency's blinding and unblinding: ${s(match - evaluating)}`,
      `  hits: ${r.hits.length} (planted ${f.planted.length}) ${exact ? 'exactly the planted ones' : 'NOT the planted ones'}`,
      '',
    ].join('\n'),
  );
  if (!exact) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
