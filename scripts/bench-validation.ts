/**
 * `npm run bench:validation`: what checking one message against its contract costs, class-validator
 * (`validateAs`: class-transformer instances, then the decorators' metadata) against the compiled
 * validator (libs/contracts compiled.ts, the transport's check), on the same payloads in the same
 * run: every example signal, bare and as the feed event the intake consumes.
 *
 *   npm run bench:validation -- [--rounds 2000]
 */
import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compiledValidator, FeedSignalEvent, SignalSubmission, validateAs } from '@passerelle/contracts';
import { numberOption, percentiles } from './bench-support';

const ROOT = join(__dirname, '..', '..');
const rounds = numberOption('rounds', 2000);
const signals = readdirSync(join(ROOT, 'docs/examples/signals')).map(
  (f) => JSON.parse(readFileSync(join(ROOT, 'docs/examples/signals', f), 'utf8')) as object,
);
const feedEvent = (signal: object) => ({
  eventId: 'bench',
  occurredAt: new Date().toISOString(),
  signalId: '6f1d3c2e-1111-4a4a-8b8b-123456789abc',
  traceId: 'ab'.repeat(16),
  agency: 'customs',
  feed: 'ocam',
  correlationId: '6f1d3c2e-1111-4a4a-8b8b-123456789abc',
  ruleId: 'default',
  ruleVersion: 1,
  signal,
});

function measure(check: (doc: object) => number, docs: object[]): { perMessageUs: ReturnType<typeof percentiles>; perSecond: number } {
  for (let i = 0; i < 200; i++) check(docs[i % docs.length]); // warm-up
  const samples: number[] = [];
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) {
    const s = process.hrtime.bigint();
    if (check(docs[i % docs.length]) !== 0) throw new Error('an example failed its contract');
    samples.push(Number(process.hrtime.bigint() - s) / 1000);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { perMessageUs: percentiles(samples), perSecond: Math.round(rounds / seconds) };
}

const rows: [string, string, ReturnType<typeof measure>][] = [];
const contracts: [string, new () => object, object[]][] = [
  ['SignalSubmission', SignalSubmission, signals],
  ['FeedSignalEvent', FeedSignalEvent, signals.map(feedEvent)],
];
for (const [name, cls, docs] of contracts) {
  const compiled = compiledValidator(cls);
  rows.push([name, 'class-validator', measure((d) => validateAs(cls, d).errors.length, docs)]);
  rows.push([name, 'compiled', measure((d) => compiled(d).length, docs)]);
}
const f = (x: number) => x.toFixed(1).padStart(8);
process.stdout.write(`contract validation, ${rounds} messages each (${signals.length} example signals), µs per message\n`);
process.stdout.write(`${'contract'.padEnd(18)}${'validator'.padEnd(17)}     p50     p95     p99   msgs/s\n`);
for (const [name, v, r] of rows)
  process.stdout.write(
    `${name.padEnd(18)}${v.padEnd(17)}${f(r.perMessageUs.p50)}${f(r.perMessageUs.p95)}${f(r.perMessageUs.p99)}${String(r.perSecond).padStart(9)}\n`,
  );
