/**
 * `npm run bench:watchlist -- [--list 1000] [--records 100000] [--threads N] [--baseline-records 2000]`:
 * the cost of watchlist matching's cryptography on this machine, in this one process (no HTTP, no
 * database): the key holder tokenising a list of LIST persons, then an agency matching RECORDS
 * records (37 planted matches) — blind, evaluate, finalize per distinct key — and checking it found
 * exactly the planted ones. The key holder's evaluation runs on the main thread, the agency's
 * blinding and unblinding on N worker threads (default one a core), as `watchlist:match` does.
 * Also: what one key costs at each step (blind, evaluate, finalize), on one thread.
 *
 * The baseline, in the same run: the first BASELINE records (0: none) matched the way the first
 * version did — @noble/curves, everything on one thread — and its rate extrapolated to RECORDS.
 */
import {
  blindAll,
  blindEvaluate,
  defaultThreads,
  entryTokens,
  finalizeAll,
  generateSecretKey,
  loadOprfEngine,
  matchRecords,
  MatchResult,
  OPRF_SUITE,
  oprfEngine,
  parseRecordsCsv,
  TokenSet,
  useOprfEngine,
} from '@passerelle/watchlist';
import { numberOption } from './bench-support';
import { watchlistFixture } from './watchlist-fixtures';

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const int = (n: number): string => Math.round(n).toLocaleString('en');

/** Wall and CPU (all threads of the process) time of `fn`. */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const used = process.cpuUsage(c);
  return { value, wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

async function main() {
  const listSize = numberOption('list', 1000);
  const records = numberOption('records', 100_000);
  const threads = numberOption('threads', defaultThreads());
  const baselineRecords = Math.min(records, numberOption('baseline-records', 2000));
  const engine = (await loadOprfEngine()).name;
  const f = watchlistFixture({ listSize, records, plantedCount: 37 });
  const sk = generateSecretKey();

  const tokenise = await timed(async () => [...new Set(f.entries.flatMap((e) => entryTokens(sk, e).map((x) => x.token)))].sort());
  const tokens = tokenise.value;
  const set: TokenSet = { list: 'bench', version: 1, suite: OPRF_SUITE, validFrom: '', validUntil: '', entryCount: listSize, tokens };
  const parsed = parseRecordsCsv(f.csv);

  const evaluate = async (blinded: string[]) => blindEvaluate(sk, blinded);

  // Where a key's time goes, on one thread: 2,000 keys through each step (CPU time: the machine may be shared).
  const sample = Array.from({ length: 2000 }, (_v, i) => `person:bench sample ${i}:2000-01-01`);
  const step = <T>(fn: () => T): { value: T; us: number } => {
    const c = process.cpuUsage();
    const value = fn();
    const used = process.cpuUsage(c);
    return { value, us: (used.user + used.system) / sample.length };
  };
  const sb = step(() => blindAll(sample));
  const se = step(() =>
    blindEvaluate(
      sk,
      sb.value.map((b) => b.blinded),
    ),
  );
  const sf = step(() => finalizeAll(sb.value, se.value));

  let baseline: { wall: number; cpu: number; keys: number } | undefined;
  if (baselineRecords > 0) {
    await useOprfEngine('noble');
    const b = await timed(() => matchRecords(parsed.slice(0, baselineRecords), set, evaluate, { threads: 0 }));
    baseline = { wall: b.wall, cpu: b.cpu, keys: b.value.keysEvaluated };
    await useOprfEngine(engine);
  }

  const m = await timed<MatchResult>(() => matchRecords(parsed, set, evaluate, { threads }));
  const r = m.value;
  const exact = JSON.stringify(r.hits.map((h) => [h.line, h.keyKind])) === JSON.stringify(f.planted.map((p) => [p.line, p.keyKind]));
  const lines = [
    `watchlist bench (${OPRF_SUITE}, engine ${oprfEngine().name}, ${threads} worker thread(s) for the agency, one process)`,
    `  tokenise the list: ${int(listSize)} persons, ${int(tokens.length)} tokens in ${s(tokenise.wall)} (CPU ${s(tokenise.cpu)})`,
    `  match: ${int(records)} records, ${int(r.keysEvaluated)} distinct keys in ${s(m.wall)} (CPU ${s(m.cpu)}): ` +
      `${int((records / m.wall) * 1000)} records/s, ${int((m.cpu / r.keysEvaluated) * 1000)} µs of CPU a key`,
    `  a key on one thread (CPU): blind ${int(sb.us)} µs, evaluate ${int(se.us)} µs (the key holder), finalize ${int(sf.us)} µs`,
    `  tokenise + match: ${s(tokenise.wall + m.wall)}`,
  ];
  if (baseline) {
    const perKey = baseline.wall / baseline.keys;
    lines.push(
      `  baseline (noble, one thread) on the first ${int(baselineRecords)} records: ${int(baseline.keys)} keys in ${s(baseline.wall)} ` +
        `(${int(perKey * 1000)} µs a key, CPU ${int((baseline.cpu / baseline.keys) * 1000)} µs) → about ${s(perKey * r.keysEvaluated)} ` +
        `for ${int(records)} records; now ${(perKey / (m.wall / r.keysEvaluated)).toFixed(1)}× faster`,
    );
  }
  lines.push(`  hits: ${r.hits.length} (planted ${f.planted.length}) ${exact ? 'exactly the planted ones' : 'NOT the planted ones'}`, '');
  process.stdout.write(lines.join('\n'));
  if (!exact) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
