/**
 * `npm run bench:audit -- [--entries 5000000] [--batch 5000] [--samples 1000] [--quick] [--keep]`
 *
 * The audit ledger at scale, on real Postgres: a scratch database (passerelle_bench_audit, dropped
 * afterwards unless --keep) with the audit migrations, ENTRIES chained entries appended through
 * the real LedgerRepository.append in batches (as the app's writer role), then
 *   - trail query (GET /v1/audit/signals/:id/trail) latency over random signals of ~8 entries,
 *   - filtered /v1/audit/events query latency (agency, action, agency+action, actor+time window,
 *     signal), each a 100-entry page from a random cursor,
 *   - chain verification rate (GET /v1/audit/verify over the whole ledger).
 * Prints a table and writes the JSON to bench-results/audit-<time>.json. --quick: 200 000 entries.
 */
import 'reflect-metadata';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  AUDIT_WRITER_ROLE,
  auditMigrations,
  databaseUrlFromEnv,
  identityMigrations,
  migrateSchema,
  withDatabase,
} from '@passerelle/persistence';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CheckpointsRepository } from '../apps/audit/src/checkpoints/checkpoints.repository';
import { SigningKey } from '../apps/audit/src/checkpoints/signing-key';
import { ledgerInstant, LedgerFacts } from '../apps/audit/src/ledger/ledger-entry';
import { LedgerRepository, LedgerSearch } from '../apps/audit/src/ledger/ledger.repository';
import { VerifyLedgerUseCase } from '../apps/audit/src/ledger/verify-ledger.usecase';
import { flag, numberOption, percentiles } from './bench-support';

const root = resolve(__dirname, '..', '..');

const AGENCIES = ['customs', 'mobility', 'foreign-affairs', 'immigration', 'police', 'finance', 'justice', 'defence'];
const FEEDS = ['ocam', 'police-organised-crime'];
/** A signal's life as the ledger sees it: eight entries, from submission to two reads. */
const STAGES: { action: string; actor: (agency: string) => string; topic: string }[] = [
  { action: 'signal.submitted', actor: (a) => `agency:${a}`, topic: 'signals.<agency>.submitted.v1' },
  { action: 'signal.routed', actor: () => 'service:router', topic: 'signals.routed.v1' },
  { action: 'signal.published-to-feed', actor: () => 'service:router', topic: 'feeds.ocam.v2' },
  { action: 'feedback.routed', actor: () => 'service:router', topic: 'feedback.<agency>.v2' },
  { action: 'feedback.delivered', actor: () => 'service:intake', topic: 'feedback.<agency>.v2' },
  { action: 'feedback.assessed', actor: () => 'service:intake', topic: 'feedback.<agency>.v2' },
  { action: 'access.recorded', actor: () => 'principal:analyst-1', topic: 'access.recorded.v1' },
  { action: 'access.recorded', actor: () => 'principal:analyst-2', topic: 'access.recorded.v1' },
];
/** Signals in flight at once: a signal's entries spread over GROUP * 8 entries of the ledger. */
const GROUP = 2000;

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** The facts of entries [start, start + n), deterministic in their index. */
function factsFor(start: number, n: number, signalIds: (i: number) => string, startTime: number): LedgerFacts[] {
  const out: LedgerFacts[] = [];
  for (let i = start; i < start + n; i++) {
    const group = Math.floor(i / (GROUP * STAGES.length));
    const inGroup = i % (GROUP * STAGES.length);
    const stage = Math.floor(inGroup / GROUP);
    const signal = group * GROUP + (inGroup % GROUP);
    const agency = AGENCIES[signal % AGENCIES.length];
    const s = STAGES[stage];
    const details: Record<string, unknown> =
      stage === 1
        ? { verdict: 'routed', ruleId: 'default', ruleVersion: 3, destinations: [FEEDS[signal % 2]], matchedKey: null, duplicateOf: null }
        : stage === 2
          ? { feed: FEEDS[signal % 2] }
          : stage >= 6
            ? { endpoint: 'GET /v1/feeds/:feed/signals/:id', role: 'analyst', principalName: `analyst-${stage - 5}` }
            : stage >= 3
              ? { status: s.action.slice(9), reason: null }
              : {};
    out.push({
      eventId: randomUUID(),
      occurredAt: ledgerInstant(new Date(startTime + i * 10)),
      actor: s.actor(agency),
      action: s.action,
      agency,
      signalId: signalIds(signal),
      correlationId: signal % 10 === 0 ? signalIds(signal - (signal % 100)) : null,
      traceId: randomBytes(16).toString('hex'),
      sourceTopic: s.topic.replace('<agency>', agency),
      sourcePartition: signal % 6,
      sourceOffset: String(Math.floor(i / 6)),
      payloadDigest: randomBytes(32).toString('hex'),
      details,
    });
  }
  return out;
}

async function main() {
  const entries = flag('quick') ? numberOption('entries', 200_000) : numberOption('entries', 5_000_000);
  const batch = numberOption('batch', 5000);
  const samples = numberOption('samples', 1000);
  const keep = flag('keep');
  const dbName = 'passerelle_bench_audit';
  const dbUrl = withDatabase(databaseUrlFromEnv(), dbName);
  const admin = new Client({ connectionString: withDatabase(dbUrl, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.query(`create database ${dbName}`);
  await migrateSchema(dbUrl, 'identity', identityMigrations);
  await migrateSchema(dbUrl, 'audit', auditMigrations);

  // As the app connects: the writer role, SELECT and INSERT only.
  const ds = await new DataSource({
    type: 'postgres',
    url: dbUrl,
    logging: false,
    extra: { max: 4, options: `-c role=${AUDIT_WRITER_ROLE}` },
  }).initialize();
  const ledger = new LedgerRepository(ds);
  // A throwaway signing key: the bench never touches .passerelle/.
  process.env.AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const verifier = new VerifyLedgerUseCase(ledger, new CheckpointsRepository(ds), new SigningKey());

  // Signal ids: a uuid per signal, derived from its number so that they need not be kept.
  const salt = randomBytes(4).toString('hex');
  const signalIds = (n: number) =>
    `${salt}${n.toString(16).padStart(24, '0')}`.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
  const startTime = Date.now() - entries * 10;

  process.stdout.write(`appending ${entries} entries in batches of ${batch} to ${dbName}…\n`);
  const t0 = process.hrtime.bigint();
  let lastReport = Date.now();
  const tail: number[] = [];
  for (let i = 0; i < entries; i += batch) {
    const b0 = process.hrtime.bigint();
    const n = Math.min(batch, entries - i);
    await ledger.append(factsFor(i, n, signalIds, startTime));
    tail.push((n / ms(b0)) * 1000);
    if (Date.now() - lastReport > 10000) {
      lastReport = Date.now();
      process.stdout.write(`  ${i + n} entries, ${Math.round(((i + n) / ms(t0)) * 1000)} entries/s\n`);
    }
  }
  const insertMs = ms(t0);
  await admin.end();
  const su = new Client({ connectionString: dbUrl });
  await su.connect();
  await su.query('vacuum analyze audit.ledger');

  // Signals whose eight entries are all in the ledger.
  const signals = Math.floor(entries / (GROUP * STAGES.length)) * GROUP || Math.ceil(entries / STAGES.length);
  const randomSignal = () => signalIds(Math.floor(Math.random() * signals));

  // Trail: every entry of one signal.
  const trail: number[] = [];
  let trailEntries = 0;
  for (let k = 0; k < samples; k++) {
    const q0 = process.hrtime.bigint();
    trailEntries += (await ledger.trail(randomSignal())).length;
    trail.push(ms(q0));
  }

  // /events pages: one 100-entry page per query, from a random cursor.
  const {
    rows: [{ lo, hi }],
  } = await su.query(
    `select to_char(min(recorded_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as lo, to_char(max(recorded_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as hi from audit.ledger`,
  );
  const span = new Date(hi).getTime() - new Date(lo).getTime();
  const kinds: Record<string, () => LedgerSearch> = {
    agency: () => ({ agency: AGENCIES[k8()], limit: 100 }),
    action: () => ({ action: STAGES[k8()].action, limit: 100 }),
    'agency+action': () => ({ agency: AGENCIES[k8()], action: STAGES[k8()].action, limit: 100 }),
    'actor+1h window': () => {
      const from = new Date(new Date(lo).getTime() + Math.random() * span).toISOString();
      return { actor: 'service:intake', from, to: new Date(new Date(from).getTime() + 3600_000).toISOString(), limit: 100 };
    },
    'agency, from cursor': () => ({ agency: AGENCIES[k8()], afterSeq: String(Math.floor(Math.random() * entries)), limit: 100 }),
    signal: () => ({ signalId: randomSignal(), limit: 100 }),
  };
  function k8() {
    return Math.floor(Math.random() * 8);
  }
  const events: Record<string, number[]> = {};
  const all: number[] = [];
  for (let k = 0; k < samples; k++) {
    const [kind, make] = Object.entries(kinds)[k % Object.keys(kinds).length];
    const q = make();
    const q0 = process.hrtime.bigint();
    await ledger.search(q);
    const t = ms(q0);
    (events[kind] ??= []).push(t);
    all.push(t);
  }

  // Verify the whole chain, streamed in chunks.
  const v0 = process.hrtime.bigint();
  const verdict = await verifier.verify();
  const verifyMs = ms(v0);

  const { rows: sizes } = await su.query(
    `select c.relname as name, pg_relation_size(c.oid) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'audit' and c.relname like 'ledger%' order by c.relname`,
  );
  await su.end();
  await ds.destroy();
  if (!keep) {
    const a = new Client({ connectionString: withDatabase(dbUrl, 'postgres') });
    await a.connect();
    await a.query(`drop database if exists ${dbName} with (force)`);
    await a.end();
  }

  const r = (x: number) => Number(x.toFixed(2));
  const result = {
    entries,
    batch,
    samples,
    insert: {
      seconds: r(insertMs / 1000),
      entriesPerSecond: Math.round((entries / insertMs) * 1000),
      lastTenthEntriesPerSecond: Math.round(
        tail.slice(-Math.max(1, Math.floor(tail.length / 10))).reduce((a, b) => a + b, 0) / Math.max(1, Math.floor(tail.length / 10)),
      ),
    },
    trail: { p50Ms: r(percentiles(trail).p50), p99Ms: r(percentiles(trail).p99), avgEntries: r(trailEntries / samples) },
    events: {
      p50Ms: r(percentiles(all).p50),
      p99Ms: r(percentiles(all).p99),
      byKind: Object.fromEntries(
        Object.entries(events).map(([k, xs]) => [k, { p50Ms: r(percentiles(xs).p50), p99Ms: r(percentiles(xs).p99) }]),
      ),
    },
    verify: {
      ok: verdict.ok,
      checked: verdict.checked,
      seconds: r(verifyMs / 1000),
      entriesPerSecond: Math.round((verdict.checked / verifyMs) * 1000),
    },
    relationSizesMB: Object.fromEntries(sizes.map((s: { name: string; bytes: string }) => [s.name, r(Number(s.bytes) / 1048576)])),
    postgres: (await serverVersion(dbUrl)) ?? null,
    kept: keep ? dbName : null,
  };
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `audit-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');

  const rows: [string, string][] = [
    ['entries', String(entries)],
    [
      'append (LedgerRepository.append)',
      `${result.insert.entriesPerSecond} entries/s (last tenth ${result.insert.lastTenthEntriesPerSecond}/s), ${result.insert.seconds} s`,
    ],
    ['trail query', `p50 ${result.trail.p50Ms} ms · p99 ${result.trail.p99Ms} ms (${result.trail.avgEntries} entries each)`],
    ['filtered /events page', `p50 ${result.events.p50Ms} ms · p99 ${result.events.p99Ms} ms`],
    ...Object.entries(result.events.byKind).map(([k, v]): [string, string] => [`  ${k}`, `p50 ${v.p50Ms} ms · p99 ${v.p99Ms} ms`]),
    ['verify (whole chain)', `${result.verify.entriesPerSecond} entries/s, ${result.verify.seconds} s, ok=${result.verify.ok}`],
    ...Object.entries(result.relationSizesMB).map(([k, v]): [string, string] => [`  size ${k}`, `${v} MB`]),
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write('\n' + rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n\n');
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(`results written to ${file}\n`);
  process.exit(0);
}

async function serverVersion(url: string): Promise<string | undefined> {
  const c = new Client({ connectionString: withDatabase(url, 'postgres') });
  await c.connect();
  try {
    return (await c.query('show server_version')).rows[0].server_version;
  } finally {
    await c.end();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
