/**
 * `npm run bench -- [--quick] [--count 20000] [--rate 500] [--floor-rate 50] [--seconds 20] [--instances 2] [--out file]`
 *
 * Drives the running system (`npm start`: real Kafka, real Postgres, the four apps as processes)
 * with generated signals from four agencies — a share of cross-agency correlations (shared
 * passports) and of content duplicates — through both entry paths: the gateway's HTTP batch API
 * and direct Kafka produce onto the agency topics. Measures, in one run:
 *
 * - saturation: COUNT signals offered at once; end-to-end throughput from the first submission
 *   until every routed signal is stored in the intake AND its delivery is in the audit ledger;
 * - latency at two fixed offered loads (FLOOR_RATE/s, the floor, and RATE/s, for SECONDS each):
 *   acceptance (gateway 202 / broker ack) → visible in an analyst's feed stream, p50/p95/p99/max;
 *   the same at saturation;
 * - per hop (from the stores' own timestamps): gateway → published, published → routed,
 *   routed → stored in the intake, stored → visible, stored → last ledger entry;
 * - the saturation and RATE/s phases again with INSTANCES router and intake instances (the bench
 *   starts the extra ones as copies of the running ones, same configuration, and stops them after);
 * - per-service CPU and peak RSS (from /proc: the four apps, the Kafka broker, Postgres);
 * - baselines on the same broker and database: a plain kafkajs producer → consumer with the same
 *   message size and batching, and a Postgres bulk insert of the same rows.
 *
 * Prints a table and writes the JSON to `.passerelle/bench-<time>.json` (or `--out`).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topicNames } from '@passerelle/contracts';
import { KafkaClient, KafkaProducer } from '@passerelle/messaging';
import { derivedId } from '@passerelle/crypto';
import { databaseUrlFromEnv } from '@passerelle/persistence';
import { Client } from 'pg';
import { CREDENTIALS_FILE, ROOT } from './provision';
import { acknowledgeBriefing, benchKafka, flag, numberOption, percentiles, stringOption } from './bench-support';
import { sseEvents } from './sse';
import { WriteCounts, WriteMeter } from './bench-writes';

const quick = flag('quick');
const COUNT = numberOption('count', quick ? 4000 : 20000);
const RATE = numberOption('rate', 500);
const FLOOR_RATE = numberOption('floor-rate', 50);
const SECONDS = numberOption('seconds', quick ? 8 : 20);
/** Router and intake instances for the scale-out pass; 1 skips it. */
const INSTANCES = numberOption('instances', quick ? 1 : 2);
const AGENCIES = ['customs', 'mobility', 'foreign-affairs', 'immigration'];
const RUN = randomBytes(3).toString('hex');
/** The running system's topic namespace (`KAFKA_TOPIC_PREFIX`, as `npm start` was given it). */
const TOPICS = topicNames(process.env.KAFKA_TOPIC_PREFIX ?? '');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- the running system

interface Credentials {
  services: Record<string, string>;
  principals: { name: string; role: string; agency?: string | null; apiKey: string }[];
}

function credentials(): Credentials {
  try {
    return JSON.parse(readFileSync(CREDENTIALS_FILE, 'utf8')) as Credentials;
  } catch {
    throw new Error(`no ${CREDENTIALS_FILE}: start the system first with \`npm start\` (in another terminal)`);
  }
}

const keyOf = (c: Credentials, name: string) => {
  const p = c.principals.find((x) => x.name === name);
  if (!p) throw new Error(`principal ${name} is not in ${CREDENTIALS_FILE}`);
  return p.apiKey;
};

/**
 * Processes to watch, found by command line: the four apps (those of this checkout: another
 * checkout's apps on the same machine are not this system), the Kafka broker(s), Postgres.
 */
function servicePids(): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    let cmd: string;
    try {
      cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue;
    }
    let app = /dist\/apps\/([a-z-]+)\/src\/main\.js/.exec(cmd)?.[1];
    if (app && !cmd.includes(join(ROOT, 'dist/apps'))) app = undefined;
    if (app === undefined && /dist\/apps\//.test(cmd)) continue;
    const name =
      app ?? (cmd.includes('kafka.Kafka') ? 'kafka' : /^postgres(:| )/.test(cmd) || cmd.includes('/postgres ') ? 'postgres' : null);
    if (name) (out[name] ??= []).push(Number(d));
  }
  return out;
}

const TICK = 100; // USER_HZ on Linux
/** A process's CPU seconds (user + system); with `reaped`, also those of its children that exited. */
function cpuSeconds(pid: number, reaped = false): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12]) + (reaped ? Number(f[13]) + Number(f[14]) : 0)) / TICK;
  } catch {
    return 0;
  }
}
function parentPid(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  } catch {
    return 0;
  }
}
/**
 * A service's CPU seconds so far: its processes' own, plus — for Postgres, whose backends come and go
 * with connections — those of the backends that exited, which the postmaster holds as its children's.
 */
function serviceCpuSeconds(name: string, pids: number[]): number {
  const own = pids.reduce((n, p) => n + cpuSeconds(p), 0);
  if (name !== 'postgres') return own;
  const postmasters = pids.filter((p) => !pids.includes(parentPid(p)));
  return own + postmasters.reduce((n, p) => n + cpuSeconds(p, true) - cpuSeconds(p), 0);
}
function peakRssMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

class CpuMeter {
  private readonly start = new Map<string, number>();
  private t0 = Date.now();
  constructor() {
    for (const [name, list] of Object.entries(servicePids())) this.start.set(name, serviceCpuSeconds(name, list));
  }
  /**
   * Per service: CPU used as % of one core over the interval, and peak RSS (MB). The processes are
   * listed again at the end: those started meanwhile count (Postgres backends of new connections),
   * and a Postgres backend that ended meanwhile still counts through the postmaster.
   */
  read(): Record<string, { cpuPercent: number; cpuSeconds: number; peakRssMb: number }> {
    const wall = (Date.now() - this.t0) / 1000;
    const out: Record<string, { cpuPercent: number; cpuSeconds: number; peakRssMb: number }> = {};
    for (const [name, list] of Object.entries(servicePids())) {
      const used = Math.max(0, serviceCpuSeconds(name, list) - (this.start.get(name) ?? 0));
      // The largest process (summing would count Postgres's shared buffers once per backend).
      const rss = Math.max(...list.map(peakRssMb));
      out[name] = { cpuPercent: Math.round((used / wall) * 100), cpuSeconds: Number(used.toFixed(2)), peakRssMb: rss };
    }
    return out;
  }
}

// ---------------------------------------------------------------- signals

const template = JSON.parse(readFileSync(join(ROOT, 'docs/examples/signals/subject-person.json'), 'utf8'));

interface Planned {
  agency: string;
  ref: string;
  signalId: string;
  body: Record<string, unknown>;
  /** A content duplicate: the router recognises it and does not route it again. */
  duplicate: boolean;
}

/** COUNT realistic signals: 10 % share a passport with another agency's, 5 % repeat content. */
function plan(count: number, tag: string): Planned[] {
  const out: Planned[] = [];
  for (let i = 0; i < count; i++) {
    const agency = AGENCIES[i % AGENCIES.length];
    const ref = `BENCH-${RUN}-${tag}-${i}`;
    const earlier = i >= 40 && i % 20 === 7 ? out[i - AGENCIES.length * 5] : undefined; // same agency, 20 before
    const s = structuredClone(template);
    s.externalRef = ref;
    if (earlier) {
      // Same material content as an earlier signal of the same agency, under a new reference.
      const { externalRef: _r, ...rest } = earlier.body;
      Object.assign(s, structuredClone(rest));
    } else {
      s.summary = `bench ${RUN} ${tag} observation ${i}`;
      s.subjects[0].familyName = `Bench${tag}${i}`;
      const shared = i % 10 === 3;
      s.subjects[0].documents = [{ type: 'passport', number: shared ? `SH${RUN}${i % 200}` : `P${RUN}${tag}${i}`, issuingCountry: 'BE' }];
    }
    out.push({ agency, ref, signalId: derivedId('signal', agency, ref), body: s, duplicate: !!earlier });
  }
  return out;
}

// ---------------------------------------------------------------- submission paths

class Submitter {
  readonly acceptedAt = new Map<string, number>();
  private readonly producer: KafkaProducer;
  constructor(
    kafka: KafkaClient,
    private readonly gateway: string,
    private readonly keys: Record<string, string>,
  ) {
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  }
  connect = () => this.producer.connect();
  disconnect = () => this.producer.disconnect();

  /** Half of each agency's signals over HTTP (batch endpoint), half straight onto its topic. */
  async submit(items: Planned[], httpBatch = 500): Promise<void> {
    const http = items.filter((_, i) => i % 2 === 0);
    const direct = items.filter((_, i) => i % 2 === 1);
    const byAgency = (list: Planned[]) => AGENCIES.map((a) => list.filter((p) => p.agency === a)).filter((l) => l.length);
    const httpJobs = byAgency(http).map(async (list) => {
      for (let i = 0; i < list.length; i += httpBatch) {
        const chunk = list.slice(i, i + httpBatch);
        for (let attempt = 0; ; attempt++) {
          // A connection lost under load is tried again: a batch sent twice is a repeat (same references).
          const res = await fetch(`${this.gateway}/v1/signals/batch`, {
            method: 'POST',
            headers: { authorization: `Bearer ${this.keys[chunk[0].agency]}`, 'content-type': 'application/json' },
            body: JSON.stringify({ signals: chunk.map((p) => p.body) }),
          }).catch((e: Error) => {
            if (attempt >= 5) throw e;
            return null;
          });
          if (!res) {
            await sleep(1000);
            continue;
          }
          // 429 (rate limit) and 408 (a request body that came too slowly, on a machine too busy) are tried again.
          if ((res.status === 429 || res.status === 408) && attempt < 20) {
            await sleep(Number(res.headers.get('retry-after') ?? 1) * 1000);
            continue;
          }
          const body = (await res.json()) as { results?: { outcome: string; signalId?: string }[] };
          if (res.status !== 200 || !body.results) throw new Error(`gateway answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
          const now = Date.now();
          body.results.forEach((r, k) => {
            if (r.outcome !== 'accepted' && r.outcome !== 'repeated')
              throw new Error(`gateway refused a bench signal: ${JSON.stringify(r)}`);
            // The gateway assigns the id of what it accepts.
            if (r.signalId) chunk[k].signalId = r.signalId;
            this.acceptedAt.set(chunk[k].signalId, now);
          });
          break;
        }
      }
    });
    const directJob = (async () => {
      for (let i = 0; i < direct.length; i += 500) {
        const chunk = direct.slice(i, i + 500);
        await this.producer.sendBatch({
          acks: -1,
          topicMessages: AGENCIES.map((a) => ({
            topic: TOPICS.submitted(a),
            messages: chunk.filter((p) => p.agency === a).map((p) => ({ key: p.ref, value: JSON.stringify(p.body) })),
          })).filter((t) => t.messages.length),
        });
        const now = Date.now();
        for (const p of chunk) this.acceptedAt.set(p.signalId, now);
      }
    })();
    await Promise.all([...httpJobs, directJob]);
  }
}

/** An analyst's feed stream; records when each signal became visible. */
class FeedWatcher {
  readonly visibleAt = new Map<string, number>();
  private readonly abort = new AbortController();
  private done?: Promise<void>;
  constructor(
    private readonly intake: string,
    private readonly key: string,
  ) {}
  async open(): Promise<void> {
    const res = await fetch(`${this.intake}/v1/feeds/ocam/stream?from=now`, {
      headers: { authorization: `Bearer ${this.key}` },
      signal: this.abort.signal,
    });
    if (res.status !== 200 || !res.body) throw new Error(`analyst stream answered ${res.status}`);
    this.done = (async () => {
      try {
        for await (const e of sseEvents(res.body!)) {
          if (e.event !== 'signal') continue;
          const id = /"signalId":"([^"]+)"/.exec(e.data)?.[1];
          if (id && !this.visibleAt.has(id)) this.visibleAt.set(id, e.receivedAt);
        }
      } catch {
        // closed at the end of the run
      }
    })();
  }
  async close(): Promise<void> {
    this.abort.abort();
    await this.done;
  }
}

function latencies(items: Planned[], accepted: Map<string, number>, visible: Map<string, number>) {
  const out: number[] = [];
  for (const p of items) {
    const a = accepted.get(p.signalId);
    const v = visible.get(p.signalId);
    if (a !== undefined && v !== undefined) out.push(Math.max(0, v - a));
  }
  return percentiles(out);
}

/** Where the intake's signals and the ledger stood before a phase (both are numbered in commit order). */
interface StoreMarks {
  intake: string;
  ledger: string;
}

async function storeMarks(pg: Client): Promise<StoreMarks> {
  const r = await pg.query<StoreMarks>(
    `select (select coalesce(max(seq), 0) from intake.signals)::text as intake, (select coalesce(max(seq), 0) from audit.ledger)::text as ledger`,
  );
  return r.rows[0];
}

/**
 * Waits until every routed signal of the set is in the intake and its delivery in the ledger.
 *
 * Each poll reads only the rows stored since the last one (by `seq` from the marks taken before the
 * phase: intake signals and ledger entries are numbered in commit order, under their writers' locks),
 * so polling costs what the pipeline wrote, not what it holds. Looking every outstanding id up
 * instead — as the bench did until 2026-11-30 — was the top statement Postgres sampled at saturation
 * (~70 of ~400 samples: 20,000 index lookups every 200 ms, each signal's six ledger entries read),
 * and it grew with the ledger, so runs on a fuller database measured the bench itself. Should a row
 * ever commit behind the cursor, the outstanding ids are also looked up by id when a poll finds
 * nothing new (at most every 5 s).
 */
async function waitStored(
  pg: Client,
  items: Planned[],
  marks: StoreMarks,
  timeoutMs: number,
): Promise<{ intake: number; ledger: number; at: number }> {
  // Of two signals with the same content, the router keeps whichever reaches it first (the two may
  // travel different paths), so every id is looked for and one per content is expected.
  const expected = items.filter((p) => !p.duplicate).length;
  const notInIntake = new Set(items.map((p) => p.signalId));
  const notInLedger = new Set(notInIntake);
  let { intake: intakeSeq, ledger: ledgerSeq } = marks;
  const deadline = Date.now() + timeoutMs;
  let byIdAt = Date.now();
  for (;;) {
    const [intake, ledger] = await Promise.all([
      pg.query<{ seq: string; id: string }>(
        `select seq::text, signal_id::text as id from intake.signals where seq > $1 order by seq limit 50000`,
        [intakeSeq],
      ),
      pg.query<{ seq: string; id: string | null; delivered: boolean }>(
        `select seq::text, signal_id as id, action = 'feedback.delivered' as delivered from audit.ledger where seq > $1 order by seq limit 50000`,
        [ledgerSeq],
      ),
    ]);
    for (const r of intake.rows) notInIntake.delete(r.id);
    for (const r of ledger.rows) if (r.delivered && r.id) notInLedger.delete(r.id);
    if (intake.rows.length) intakeSeq = intake.rows[intake.rows.length - 1].seq;
    if (ledger.rows.length) ledgerSeq = ledger.rows[ledger.rows.length - 1].seq;
    // Only when nothing new came: at saturation this lookup of every outstanding id is what cost.
    if (intake.rows.length === 0 && ledger.rows.length === 0 && Date.now() - byIdAt > 5000) {
      byIdAt = Date.now();
      const [i, l] = await Promise.all([
        pg.query(`select signal_id::text as id from intake.signals where signal_id = any($1::uuid[])`, [[...notInIntake]]),
        pg.query(`select signal_id as id from audit.ledger where signal_id = any($1::text[]) and action = 'feedback.delivered'`, [
          [...notInLedger],
        ]),
      ]);
      for (const r of i.rows) notInIntake.delete(r.id);
      for (const r of l.rows) notInLedger.delete(r.id);
    }
    const last = { intake: items.length - notInIntake.size, ledger: items.length - notInLedger.size, at: Date.now() };
    if (last.intake >= expected && last.ledger >= expected) return last;
    if (Date.now() > deadline)
      throw new Error(`timed out: ${last.intake}/${expected} in the intake, ${last.ledger}/${expected} in the ledger`);
    // A full page means more is waiting: read on at once.
    if (intake.rows.length < 50000 && ledger.rows.length < 50000) await sleep(200);
  }
}

/** Waits until the analyst's stream has shown every routed signal of the set (it may trail the intake's commit). */
async function waitVisible(watcher: FeedWatcher, items: Planned[], timeoutMs: number): Promise<void> {
  const expected = items.filter((p) => !p.duplicate).length;
  const deadline = Date.now() + timeoutMs;
  while (items.filter((p) => watcher.visibleAt.has(p.signalId)).length < expected) {
    if (Date.now() > deadline) {
      process.stderr.write(`bench: the analyst's stream showed fewer signals than the intake stored within ${timeoutMs / 1000} s\n`);
      return;
    }
    await sleep(100);
  }
}

// ---------------------------------------------------------------- baselines

async function kafkaBaseline(kafka: KafkaClient, items: Planned[]) {
  const topic = `bench.baseline.${RUN}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3 }] });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `bench.baseline.${RUN}`, maxWaitTimeInMs: 250 });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  let seen = 0;
  let allSeen!: () => void;
  const finished = new Promise<void>((r) => (allSeen = r));
  await consumer.run({
    eachBatch: async ({ batch }) => {
      for (const m of batch.messages) JSON.parse(m.value?.toString('utf8') ?? 'null');
      seen += batch.messages.length;
      if (seen >= items.length) allSeen();
    },
  });
  const values = items.map((p) => JSON.stringify(p.body));
  const t0 = Date.now();
  for (let i = 0; i < values.length; i += 500) {
    await producer.sendBatch({
      acks: -1,
      topicMessages: [{ topic, messages: values.slice(i, i + 500).map((value, k) => ({ key: items[i + k].ref, value })) }],
    });
  }
  await finished;
  const ms = Date.now() - t0;
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
  return {
    messages: items.length,
    ms,
    perSecond: Math.round((items.length / ms) * 1000),
    avgBytes: Math.round(values.reduce((n, v) => n + v.length, 0) / values.length),
  };
}

async function postgresBaseline(pg: Client, items: Planned[]) {
  await pg.query(
    `create temporary table bench_rows (signal_id uuid primary key, agency text, category text, urgency text, classification text, payload jsonb)`,
  );
  const t0 = Date.now();
  for (let i = 0; i < items.length; i += 500) {
    const chunk = items.slice(i, i + 500);
    await pg.query(`insert into bench_rows select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[])`, [
      chunk.map(() => randomUUID()),
      chunk.map((p) => p.agency),
      chunk.map((p) => String(p.body.category)),
      chunk.map((p) => String(p.body.urgency)),
      chunk.map((p) => String(p.body.classification)),
      chunk.map((p) => JSON.stringify(p.body)),
    ]);
  }
  const ms = Date.now() - t0;
  await pg.query('drop table bench_rows');
  return { rows: items.length, ms, perSecond: Math.round((items.length / ms) * 1000) };
}

// ---------------------------------------------------------------- per hop

type Pct = ReturnType<typeof percentiles>;

/**
 * Where the time went, signal by signal, from the stores' own timestamps (one clock: everything runs
 * on this machine): the gateway's outbox (written → published), the ledger's `signal.routed` event
 * time, the intake's `received_at` (its storing transaction), the analyst's stream, and the
 * `recorded_at` of the signal's last ledger entry. Direct submissions start at the broker's ack.
 */
async function hops(pg: Client, items: Planned[], accepted: Map<string, number>, visible: Map<string, number>) {
  const ids = items.map((p) => p.signalId);
  const [outbox, routed, stored, ledger] = await Promise.all([
    // The outbox deletes a row once published: its receipt status `published` (written by the relay
    // in the same transaction) keeps the time.
    pg.query(
      `select s.id::text as id, s.created_at as written, min(st.at) as published from gateway.signals s
         join gateway.signal_status st on st.signal_id = s.id and st.status = 'published'
        where s.id = any($1::uuid[]) group by s.id, s.created_at`,
      [ids],
    ),
    pg.query(
      `select signal_id as id, min(occurred_at) as at from audit.ledger where signal_id = any($1::text[]) and action = 'signal.routed' group by signal_id`,
      [ids],
    ),
    pg.query(`select signal_id::text as id, received_at as at from intake.signals where signal_id = any($1::uuid[])`, [ids]),
    pg.query(`select signal_id as id, max(recorded_at) as at from audit.ledger where signal_id = any($1::text[]) group by signal_id`, [
      ids,
    ]),
  ]);
  const byId = (rows: { id: string; at?: Date; written?: Date; published?: Date }[], f: (r: (typeof rows)[0]) => Date | undefined) =>
    new Map(rows.map((r) => [r.id, f(r)?.getTime()]));
  const written = byId(outbox.rows, (r) => r.written);
  const published = byId(outbox.rows, (r) => r.published);
  const routedAt = byId(routed.rows, (r) => r.at);
  const storedAt = byId(stored.rows, (r) => r.at);
  const ledgerAt = byId(ledger.rows, (r) => r.at);
  const d = {
    gatewayToPublished: [] as number[],
    publishedToRouted: [] as number[],
    routedToStored: [] as number[],
    storedToVisible: [] as number[],
    storedToLedger: [] as number[],
  };
  const push = (list: number[], a?: number, b?: number) => a !== undefined && b !== undefined && list.push(Math.max(0, b - a));
  for (const id of new Set(ids)) {
    const w = written.get(id);
    const pub = published.get(id) ?? (w === undefined ? accepted.get(id) : undefined);
    push(d.gatewayToPublished, w, published.get(id));
    push(d.publishedToRouted, pub, routedAt.get(id));
    push(d.routedToStored, routedAt.get(id), storedAt.get(id));
    push(d.storedToVisible, storedAt.get(id), visible.get(id));
    push(d.storedToLedger, storedAt.get(id), ledgerAt.get(id));
  }
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [k, percentiles(v)])) as Record<keyof typeof d, Pct>;
}

// ---------------------------------------------------------------- more instances

/**
 * Another instance of a running app: the same command line, environment and working directory as
 * the one `npm start` runs (read from /proc), on another port; in the same consumer groups.
 */
async function startCopy(app: string, port: number): Promise<ChildProcess> {
  const pid = servicePids()[app]?.[0];
  if (!pid) throw new Error(`no running ${app} to copy`);
  const env: Record<string, string> = {};
  for (const kv of readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')) {
    const eq = kv.indexOf('=');
    if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  env.PORT = String(port);
  const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  const logDir = join(ROOT, '.passerelle', 'logs');
  mkdirSync(logDir, { recursive: true });
  const log = openSync(join(logDir, `${app}-bench-${port}.log`), 'a', 0o600);
  const child = spawn(argv[0], argv.slice(1), { cwd: readlinkSync(`/proc/${pid}/cwd`), env, stdio: ['ignore', log, log] });
  closeSync(log);
  const deadline = Date.now() + 120000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the extra ${app} exited (${child.exitCode}); see ${logDir}/${app}-bench-${port}.log`);
    const r = await fetch(`http://127.0.0.1:${port}/health`).catch(() => null);
    if (r?.status === 200) return child;
    if (Date.now() > deadline) throw new Error(`the extra ${app} on port ${port} was not healthy within 120 s`);
    await sleep(500);
  }
}

async function stopCopy(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(30000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Every service healthy again (after instances joined or left their consumer groups). */
async function waitHealthy(services: Record<string, string>): Promise<void> {
  const deadline = Date.now() + 120000;
  for (const [name, url] of Object.entries(services)) {
    for (;;) {
      const r = await fetch(`${url}/health`).catch(() => null);
      if (r?.status === 200) break;
      if (Date.now() > deadline) throw new Error(`${name} did not answer healthy within 120 s`);
      await sleep(500);
    }
  }
}

// ---------------------------------------------------------------- database upkeep

/**
 * Where Postgres runs without autovacuum (this machine's does), the pipeline's tables are vacuumed and
 * analysed before anything is measured, as autovacuum would have done: otherwise every run inherits
 * the dead rows and missing statistics of the runs before it and measures them rather than the code
 * (a full run on a database left by earlier runs gave 288 signals/s).
 *
 * Only the tables autovacuum would have picked, by its own thresholds (dead rows over 50 + 20 %, or
 * rows changed since the last analysis over 50 + 10 %, of the rows the table holds) — never a table
 * that is empty and untouched. Analysing an empty table tells the planner it is empty for good
 * (reltuples 0 instead of "never counted"), and the plans cached then in the apps' pooled
 * connections outlive its growth: the foreign-key checks on router.correlations, planned as sequential
 * scans of an empty table, scanned the whole table for every subject key and link inserted — 21
 * million rows read for 8,000 signals, quadratic — and made the first run on a fresh system the slow
 * one (issue 25; docs/performance.md).
 */
async function maintainDatabase(pg: Client, log: (s: string) => void) {
  const autovacuum = (await pg.query<{ autovacuum: string }>('show autovacuum')).rows[0].autovacuum;
  if (autovacuum === 'on') return { autovacuum, vacuumedBeforeRun: false, tables: 0, ms: 0 };
  const t0 = Date.now();
  const tables = await pg.query<{ name: string }>(
    `select format('%I.%I', s.schemaname, s.relname) as name
       from pg_stat_user_tables s join pg_class c on c.oid = s.relid
      where s.schemaname in ('gateway', 'router', 'intake', 'audit', 'keys', 'identity')
        and (s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0) or s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0))
      order by 1`,
  );
  log(`autovacuum is off on this Postgres: vacuuming and analysing the ${tables.rows.length} tables autovacuum would have…`);
  for (const t of tables.rows) await pg.query(`vacuum (analyze) ${t.name}`);
  return { autovacuum, vacuumedBeforeRun: tables.rows.length > 0, tables: tables.rows.length, ms: Date.now() - t0 };
}

// ---------------------------------------------------------------- run

interface Phase {
  acceptanceToVisibleMs: Pct;
  hopsMs: Awaited<ReturnType<typeof hops>>;
  resources: Record<string, { cpuPercent: number; cpuSeconds: number; peakRssMb: number }>;
}

async function main() {
  const started = Date.now();
  const creds = credentials();
  const { services } = creds;
  await waitHealthy(services).catch((e: Error) => {
    throw new Error(`${e.message}; is \`npm start\` running?`);
  });
  const keys = Object.fromEntries(AGENCIES.map((a) => [a, keyOf(creds, `poc-${a}`)]));
  const { kafka } = benchKafka('passerelle-bench');
  const pg = new Client({ connectionString: databaseUrlFromEnv() });
  await pg.connect();
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

  const database = await maintainDatabase(pg, log);

  const saturationPlan = plan(COUNT, 's');
  log(`baselines on ${saturationPlan.length} messages…`);
  const kafkaBase = await kafkaBaseline(kafka, saturationPlan);
  const pgBase = await postgresBaseline(pg, saturationPlan);

  await acknowledgeBriefing(services.intake, keyOf(creds, 'analyst-ocam'));
  const watcher = new FeedWatcher(services.intake, keyOf(creds, 'analyst-ocam'));
  await watcher.open();
  const submitter = new Submitter(kafka, services['agency-gateway'], keys);
  await submitter.connect();

  let routedInRun = 0;
  /** A fixed offered load: `rate` signals/s for SECONDS, in ticks of 200 ms (or 1 s below 5/s). */
  const fixedLoad = async (rate: number, tag: string) => {
    const items = plan(rate * SECONDS, tag);
    routedInRun += items.filter((p) => !p.duplicate).length;
    log(`fixed load: ${rate}/s for ${SECONDS}s…`);
    const marks = await storeMarks(pg);
    const meter = new CpuMeter();
    const tickMs = rate >= 5 ? 200 : 1000;
    const perTick = Math.max(1, Math.round((rate * tickMs) / 1000));
    const t0 = Date.now();
    const pending: Promise<void>[] = [];
    for (let i = 0, tick = 0; i < items.length; i += perTick, tick++) {
      const due = t0 + tick * tickMs;
      if (due > Date.now()) await sleep(due - Date.now());
      pending.push(submitter.submit(items.slice(i, i + perTick), perTick));
    }
    await Promise.all(pending);
    const offeredSeconds = (Date.now() - t0) / 1000;
    await waitStored(pg, items, marks, 300000);
    await waitVisible(watcher, items, 60000);
    // Read before the per-hop queries, which are the bench's own work.
    const resources = meter.read();
    const phase: Phase = {
      acceptanceToVisibleMs: latencies(items, submitter.acceptedAt, watcher.visibleAt),
      hopsMs: await hops(pg, items, submitter.acceptedAt, watcher.visibleAt),
      resources,
    };
    return { offeredPerSecond: rate, seconds: SECONDS, achievedOfferedPerSecond: Math.round(items.length / offeredSeconds), ...phase };
  };

  /** COUNT signals offered at once. */
  const saturation = async (items: Planned[]) => {
    log(`saturation: ${items.length} signals at once…`);
    routedInRun += items.filter((p) => !p.duplicate).length;
    const marks = await storeMarks(pg);
    const meter = new CpuMeter();
    const s0 = Date.now();
    await submitter.submit(items);
    const acceptedMs = Date.now() - s0;
    const expected = items.filter((p) => !p.duplicate).length;
    const stored = await waitStored(pg, items, marks, 900000);
    const e2eMs = stored.at - s0;
    await waitVisible(watcher, items, 60000);
    // Read before the per-hop queries, which are the bench's own work.
    const resources = meter.read();
    const phase: Phase = {
      acceptanceToVisibleMs: latencies(items, submitter.acceptedAt, watcher.visibleAt),
      hopsMs: await hops(pg, items, submitter.acceptedAt, watcher.visibleAt),
      resources,
    };
    return {
      offered: items.length,
      routedExpected: expected,
      contentDuplicates: items.length - expected,
      acceptedInMs: acceptedMs,
      storedInIntakeAndLedgerMs: e2eMs,
      endToEndSignalsPerSecond: Math.round((expected / e2eMs) * 1000),
      // CPU of every process (apps, broker, Postgres) per routed signal: the machine's cores divided
      // by this is the ceiling of this design on this machine.
      cpuMsPerSignal: Number(((Object.values(phase.resources).reduce((n, r) => n + r.cpuSeconds, 0) * 1000) / expected).toFixed(2)),
      ...phase,
    };
  };

  // Rows and messages over the whole run (every phase), per routed signal: from the database's and
  // the broker's own counters, read once everything has settled at the end.
  const writeMeter = await WriteMeter.begin(pg, kafka, TOPICS.prefix);
  const floorLoad = await fixedLoad(FLOOR_RATE, 'l');
  const fixed = await fixedLoad(RATE, 'f');
  const sat = await saturation(saturationPlan);

  let scaled: {
    instances: number;
    fixedLoad: Awaited<ReturnType<typeof fixedLoad>>;
    saturation: Awaited<ReturnType<typeof saturation>>;
  } | null = null;
  if (INSTANCES > 1) {
    log(`starting ${INSTANCES - 1} more router and intake instance(s)…`);
    const copies: ChildProcess[] = [];
    try {
      for (let k = 1; k < INSTANCES; k++) {
        copies.push(await startCopy('router', 3102 + 10 * k));
        copies.push(await startCopy('intake', 3103 + 10 * k));
      }
      await waitHealthy(services);
      const fixed2 = await fixedLoad(RATE, 'g');
      const sat2 = await saturation(plan(COUNT, 't'));
      scaled = { instances: INSTANCES, fixedLoad: fixed2, saturation: sat2 };
    } finally {
      await Promise.all(copies.map(stopCopy));
    }
  }

  const writes: WriteCounts = await writeMeter.read(routedInRun, log);
  await submitter.disconnect();
  await watcher.close();
  const { rows: dup } = await pg.query(
    `select count(*)::int as n from intake.signals where payload->>'externalRef' like $1 group by payload->>'externalRef' having count(*) > 1`,
    [`BENCH-${RUN}-%`],
  );
  await pg.end();

  const throughput = sat.endToEndSignalsPerSecond;
  const result = {
    run: RUN,
    at: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    database,
    saturation: sat,
    floorLoad,
    fixedLoad: fixed,
    scaleOut: scaled,
    writes,
    baselines: { kafka: kafkaBase, postgresBulkInsert: pgBase },
    ratios: {
      pipelineToKafkaBaseline: Number((throughput / kafkaBase.perSecond).toFixed(3)),
      pipelineToPostgresBaseline: Number((throughput / pgBase.perSecond).toFixed(3)),
      ...(scaled
        ? {
            scaleOutThroughput: Number((scaled.saturation.endToEndSignalsPerSecond / throughput).toFixed(2)),
          }
        : {}),
    },
    duplicatesInIntake: dup.length,
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  const out = stringOption('out') ?? join(ROOT, '.passerelle', `bench-${result.at.replace(/[:.]/g, '-')}.json`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');

  const L = (x: Pct) => `p50 ${x.p50} · p95 ${x.p95} · p99 ${x.p99} · max ${x.max} ms (n=${x.n})`;
  const H = (x: Pct) => `${x.p50}`.padStart(8) + `${x.p99}`.padStart(8);
  const hopNames: [keyof Phase['hopsMs'], string][] = [
    ['gatewayToPublished', 'gateway → published'],
    ['publishedToRouted', 'published → routed'],
    ['routedToStored', 'routed → stored'],
    ['storedToVisible', 'stored → visible'],
    ['storedToLedger', 'stored → in ledger'],
  ];
  const phases: [string, Phase][] = [
    [`@ ${FLOOR_RATE}/s`, floorLoad],
    [`@ ${RATE}/s`, fixed],
    ['@ saturation', sat],
    ...(scaled
      ? ([
          [`${INSTANCES}× @ ${RATE}/s`, scaled.fixedLoad],
          [`${INSTANCES}× @ sat.`, scaled.saturation],
        ] as [string, Phase][])
      : []),
  ];
  const resourceNames = [...new Set(phases.flatMap(([, p]) => Object.keys(p.resources)))].sort();
  const lines = [
    '',
    `Passerelle benchmark (${result.mode}, run ${RUN}, ${result.machine.cpus} cores)`,
    '─'.repeat(100),
    `end-to-end throughput   ${throughput} signals/s  (${sat.routedExpected} routed signals stored in intake + ledger in ${(sat.storedInIntakeAndLedgerMs / 1000).toFixed(1)} s; ${sat.contentDuplicates} content duplicates)`,
    ...(scaled
      ? [
          `  with ${INSTANCES} router + ${INSTANCES} intake  ${scaled.saturation.endToEndSignalsPerSecond} signals/s  (× ${result.ratios.scaleOutThroughput})`,
        ]
      : []),
    `CPU per signal          ${sat.cpuMsPerSignal} ms  (all processes at saturation; ${result.machine.cpus} cores = ${Math.round((result.machine.cpus * 1000) / sat.cpuMsPerSignal)} signals/s at most)`,
    `kafka baseline          ${kafkaBase.perSecond} msg/s  (plain kafkajs producer → consumer, ${kafkaBase.avgBytes} B messages, batches of 500)`,
    `postgres baseline       ${pgBase.perSecond} rows/s  (bulk insert of the same rows, 500 per statement)`,
    `pipeline / kafka        ${result.ratios.pipelineToKafkaBaseline}`,
    `pipeline / postgres     ${result.ratios.pipelineToPostgresBaseline}`,
    `duplicates in intake    ${dup.length}`,
    `rows written / signal   ${writes.rowsWrittenPerSignal}  (${writes.insertsPerSignal} inserted + ${writes.updatesPerSignal} updated, of which ${writes.hotUpdatesPerSignal} HOT; ${writes.deletesPerSignal} deleted; pg_stat_user_tables over the run, ${writes.routedSignals} routed signals)`,
    `messages / signal       ${writes.messagesPerSignal}  (produced: topics' end offsets over the run; ${writes.totals.messages} messages on ${writes.topics.length} topics)`,
    `database                autovacuum ${database.autovacuum}${database.vacuumedBeforeRun ? `; ${database.tables} tables past autovacuum's thresholds vacuumed and analysed before the run (${(database.ms / 1000).toFixed(1)} s)` : ''}`,
    '',
    "acceptance → visible in the analyst's feed",
    ...phases.map(([name, p]) => `  ${name.padEnd(20)}${L(p.acceptanceToVisibleMs)}`),
    '',
    `per hop (ms, p50 / p99)${phases.map(([name]) => name.padStart(16)).join('')}`,
    ...hopNames.map(([k, label]) => `  ${label.padEnd(22)}${phases.map(([, p]) => H(p.hopsMs[k])).join('')}`),
    '',
    `CPU (% of one core) / peak RSS (MB)${phases.map(([name]) => name.padStart(16)).join('')}`,
    ...resourceNames.map(
      (n) =>
        `  ${n.padEnd(34)}${phases.map(([, p]) => `${p.resources[n]?.cpuPercent ?? '-'} %`.padStart(8) + `${p.resources[n]?.peakRssMb ?? '-'}`.padStart(8)).join('')}`,
    ),
    "(CPU summed over a service's processes; peak RSS = the largest process's VmHWM since it started)",
    '',
    'rows written per routed signal, by table (inserted + updated; deleted)   — all in the JSON',
    ...writes.tables
      .slice(0, 12)
      .map(
        (t) => `  ${t.table.padEnd(40)}${String(t.writtenPerSignal).padStart(7)}   (${t.inserts} ins, ${t.updates} upd, ${t.deletes} del)`,
      ),
    'messages produced per routed signal, by topic',
    ...writes.topics.slice(0, 10).map((t) => `  ${t.topic.padEnd(40)}${String(t.perSignal).padStart(7)}   (${t.messages})`),
    '',
    `results: ${out}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  process.exit(0);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).message}\n`);
  process.exit(1);
});
