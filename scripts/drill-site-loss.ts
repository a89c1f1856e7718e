/**
 * `npm run drill:site-loss [-- --rate <per second>] [--before <s>] [--after <s>] [--json <file>]`
 * `npm run drill:site-loss -- --split-brain [--seconds <s>] [--json <file>]` (see splitBrain below)
 *
 * The site-loss drill on the engines (infra/sites/sites.sh, started when it is not running): load
 * through both sites — each write a Postgres commit through the site's HAProxy and a Kafka record
 * (acks=all, idempotent producer) through the site's brokers — then `kill -9` of every process of
 * site a at once, the runbook's failover (`sites.sh failover b`, each step printed), load on site b
 * only, then failback (`sites.sh failback a`). Prints and writes JSON:
 * - RPO: every write acknowledged before the cut (and after it, at site b) is stored exactly once,
 *   in Postgres and on Kafka (lost 0, doubled 0), checked after the failover and after failback;
 * - RTO: from the cut to the first acknowledged Postgres commit and Kafka record at site b.
 *
 * `npm run drill:site-loss -- --apps [--rate <per second>] [--before <s>] [--after <s>] [--json <file>]`
 * drives the apps instead (appsDrill below): signals submitted over HTTP through both sites'
 * gateways by the demo POCs, the same cut, failover and failback; RTO until a signal submitted
 * through site b's gateway after the cut is visible to an analyst through site b's intake API;
 * every acknowledged submission in the intake and the ledger exactly once.
 * Exit code 0: RPO 0 before and after failback; 1 otherwise, or when the drill cannot start.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { kafkaClient, kafkaConnectionFromEnv, KafkaProducer } from '@passerelle/messaging';
import { acknowledgeBriefing } from './bench-support';
import { SITES_CREDENTIALS, siteUrls } from './sites-apps';

// dist/scripts/ when built, scripts/ when run from source.
const ROOT = existsSync(resolve(__dirname, '..', 'package.json')) ? resolve(__dirname, '..') : resolve(__dirname, '..', '..');
const SITES = join(ROOT, 'infra/sites/sites.sh');
const TOPIC = 'drill.site-loss.v1';
const PARTITIONS = 3;

type Site = 'a' | 'b';
const HAPROXY: Record<Site, number> = { a: 25441, b: 25442 };
const BROKERS: Record<Site, string[]> = {
  a: ['127.0.0.1:29092', '127.0.0.1:29094'],
  b: ['127.0.0.1:29096', '127.0.0.1:29098'],
};

const sites = (...args: string[]) => execFileSync('bash', [SITES, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const say = (line: string) => process.stdout.write(`${line}\n`);

function kafkaEnv(): NodeJS.ProcessEnv {
  const lines = sites('env', 'a').trim().split('\n');
  return { ...process.env, ...Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])) };
}

interface Writer {
  site: Site;
  pgAcked: string[];
  kafkaAcked: string[];
  pgFailed: number;
  kafkaFailed: number;
  firstPgAfter?: number;
  firstKafkaAfter?: number;
  stop(): Promise<void>;
}

/**
 * Writes `rate` ids per second through one site until stopped; records what was acknowledged.
 *
 * Kafka: one idempotent producer, one send at a time, each send to one explicit partition, and a
 * failed send retried with exactly the same batch. kafkajs 2.2.4 numbers an idempotent batch when
 * it sends it and takes the number back when the request fails; with several sends in flight (the
 * first drills had up to 20) a failure across a leader change took back a number another batch had
 * already used. The retried batch then went out under a new number (written twice: "doubled")
 * and a later batch under a number the broker already had, which it acknowledged as a duplicate
 * without writing it ("lost"): as many lost as doubled, as runs 2 and 3 showed. One send at a time
 * keeps the numbers in step with the broker's, so a retry of a batch already written is dropped
 * by the broker (the idempotent guarantee) and nothing else reuses its number.
 */
async function startWriter(site: Site, rate: number, env: NodeJS.ProcessEnv, cutAt: () => number | undefined): Promise<Writer> {
  const pool = new Pool({
    connectionString: `postgres://postgres@127.0.0.1:${HAPROXY[site]}/postgres`,
    max: 4,
    connectionTimeoutMillis: 2000,
    query_timeout: 3000,
  });
  pool.on('error', () => undefined);
  const conn = { ...kafkaConnectionFromEnv('admin', env), brokers: [...BROKERS[site], ...BROKERS[site === 'a' ? 'b' : 'a']] };
  const producer: KafkaProducer = kafkaClient(conn, `drill-${site}`, {
    connectionTimeout: 2000,
    requestTimeout: 5000,
    retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 2000 },
  }).producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  // RTO counts only writes made after the cut: one that waited through it proves less.
  const madeAfterCut = (id: string) => {
    const cut = cutAt();
    return cut !== undefined && Number(id.slice(id.lastIndexOf('-') + 1)) > cut;
  };
  const w: Writer = { site, pgAcked: [], kafkaAcked: [], pgFailed: 0, kafkaFailed: 0, stop: async () => undefined };
  let n = 0;
  let running = true;
  // Postgres: up to 20 inserts in flight (each its own id, its primary key makes a retry harmless).
  const pgInflight = new Set<Promise<void>>();
  const queue: string[] = [];
  const one = (id: string) => {
    if (pgInflight.size < 20) {
      const p = pool
        .query('insert into drill_site_loss (id, site) values ($1, $2)', [id, site])
        .then(() => {
          w.pgAcked.push(id);
          if (w.firstPgAfter === undefined && madeAfterCut(id)) w.firstPgAfter = Date.now() - cutAt()!;
        })
        .catch(() => void w.pgFailed++)
        .finally(() => pgInflight.delete(p));
      pgInflight.add(p);
    } else w.pgFailed++; // Postgres is blocked (a site lost, writes not yet allowed): not attempted.
    // Kafka: queued for the one sender; while Kafka refuses writes the queue is bounded.
    if (queue.length < 2000) queue.push(id);
    else w.kafkaFailed++;
  };
  let batchNo = 0;
  const sender = (async () => {
    while (running || queue.length) {
      if (queue.length === 0) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      const batch = queue.splice(0, 100);
      const partition = batchNo++ % PARTITIONS;
      const messages = batch.map((id) => ({ key: id, value: id, partition }));
      for (;;) {
        try {
          const acked = await producer.send({ topic: TOPIC, acks: -1, messages });
          if (!acked.some((r) => r.partition === partition && r.errorCode === 0))
            throw new Error(`no acknowledgement for partition ${partition}`);
          w.kafkaAcked.push(...batch);
          if (w.firstKafkaAfter === undefined && batch.some(madeAfterCut)) w.firstKafkaAfter = Date.now() - cutAt()!;
          break;
        } catch {
          // The same batch again, under the same sequence number: the broker drops it if it has it.
          if (!running) {
            w.kafkaFailed += batch.length + queue.length;
            queue.length = 0;
            break;
          }
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    }
  })();
  const loop = (async () => {
    const start = Date.now();
    while (running) {
      const due = start + (n * 1000) / rate;
      if (Date.now() < due) {
        await new Promise((r) => setTimeout(r, due - Date.now()));
        continue;
      }
      one(`${site}-${n++}-${Date.now()}`);
    }
    await Promise.allSettled([...pgInflight]);
  })();
  w.stop = async () => {
    running = false;
    await loop;
    await sender;
    await producer.disconnect().catch(() => undefined);
    await pool.end().catch(() => undefined);
  };
  return w;
}

/** How many times each acknowledged id is stored, in Postgres (through `site`) and on Kafka. */
async function count(site: Site, env: NodeJS.ProcessEnv, acked: { pg: string[]; kafka: string[] }) {
  const pool = new Pool({ connectionString: `postgres://postgres@127.0.0.1:${HAPROXY[site]}/postgres`, max: 1 });
  const rows: { id: string; n: number }[] = (await pool.query('select id, count(*)::int as n from drill_site_loss group by id')).rows;
  await pool.end();
  const inPg = new Map(rows.map((r) => [r.id, r.n]));
  const kafka = kafkaClient(
    { ...kafkaConnectionFromEnv('admin', env), brokers: [...BROKERS[site], ...BROKERS[site === 'a' ? 'b' : 'a']] },
    'drill-count',
  );
  const admin = kafka.admin();
  await admin.connect();
  const high = await admin.fetchTopicOffsets(TOPIC);
  await admin.disconnect();
  const inKafka = new Map<string, number>();
  const seen = new Set<string>();
  const consumer = kafka.consumer({ groupId: `drill-count-${Date.now()}` });
  await consumer.connect();
  await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
  const remaining = new Map(high.filter((p) => BigInt(p.high) > BigInt(p.low)).map((p) => [p.partition, BigInt(p.high)]));
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error('reading the drill topic took over 120 s')), 120_000);
    if (remaining.size === 0) {
      clearTimeout(timer);
      done();
    }
    void consumer.run({
      eachMessage: async ({ partition, message }) => {
        const id = message.value?.toString() ?? '';
        // A record is its partition and offset: a redelivery to this reader is not a second record.
        const at = `${partition}@${message.offset}`;
        if (!seen.has(at)) {
          seen.add(at);
          inKafka.set(id, (inKafka.get(id) ?? 0) + 1);
        }
        if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n)) remaining.delete(partition);
        if (remaining.size === 0) {
          clearTimeout(timer);
          done();
        }
      },
    });
  });
  await consumer.disconnect();
  const judge = (ids: string[], stored: Map<string, number>) => ({
    acknowledged: ids.length,
    lost: ids.filter((id) => !stored.has(id)),
    doubled: ids.filter((id) => (stored.get(id) ?? 0) > 1),
  });
  const pg = judge(acked.pg, inPg);
  const kf = judge(acked.kafka, inKafka);
  return {
    postgres: { acknowledged: pg.acknowledged, lost: pg.lost.length, doubled: pg.doubled.length, lostIds: pg.lost.slice(0, 20) },
    kafka: { acknowledged: kf.acknowledged, lost: kf.lost.length, doubled: kf.doubled.length, lostIds: kf.lost.slice(0, 20) },
  };
}

function option(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}

const PG_PORT: Record<Site, number> = { a: 25431, b: 25432 };
const REST_PORT: Record<Site, number> = { a: 28011, b: 28012 };

/** The member's role as its Patroni REST API says it, or `down`. */
async function roleOf(site: Site): Promise<string> {
  try {
    const r = await fetch(`http://127.0.0.1:${REST_PORT[site]}/patroni`, { signal: AbortSignal.timeout(2000) });
    const role = ((await r.json()) as { role?: string }).role ?? 'unknown';
    return role === 'master' ? 'primary' : role;
  } catch {
    return 'down';
  }
}

/**
 * One write straight to a site's Postgres (not through HAProxy): acknowledged within 4 s, or why
 * not. A commit that waits for a synchronous standby (strict mode, none left) is not cancelled by
 * statement_timeout: it is given up here, its connection left to end by itself.
 */
async function writeTo(site: Site, id: string): Promise<string> {
  const pool = new Pool({
    connectionString: `postgres://postgres@127.0.0.1:${PG_PORT[site]}/postgres`,
    max: 1,
    connectionTimeoutMillis: 2000,
  });
  pool.on('error', () => undefined);
  let timer: NodeJS.Timeout | undefined;
  const attempt = pool.query('insert into drill_split_brain (id, site) values ($1, $2)', [id, site]).then(
    () => 'accepted',
    (e: Error) => (/read-only/.test(e.message) ? 'refused: read-only (a replica)' : `refused: ${e.message.slice(0, 80)}`),
  );
  const waited = new Promise<string>((r) => {
    timer = setTimeout(() => r('refused: no commit acknowledged within 4 s (waiting for a synchronous standby)'), 4000);
  });
  const outcome = await Promise.race([attempt, waited]);
  clearTimeout(timer);
  void attempt.finally(() => pool.end().catch(() => undefined));
  return outcome;
}

/**
 * `--split-brain`: the link between a and b cut as this machine can cut it — a's HAProxy and a's
 * etcd stopped (kill -9), nothing else. For `seconds` (past Patroni's ttl of 20 s) one write a
 * second goes straight to each site's Postgres; the drill prints each member's role and which
 * accepted. It passes when no second saw two members accept a write, and `failover b` refuses
 * (site a still answers). Then it starts a's HAProxy and etcd again.
 */
async function splitBrain(seconds: number, jsonAt: string): Promise<number> {
  const setup = new Pool({ connectionString: `postgres://postgres@127.0.0.1:${HAPROXY.a}/postgres`, max: 1 });
  await setup.query(
    'create table if not exists drill_split_brain (id text primary key, site text not null, at timestamptz not null default clock_timestamp())',
  );
  await setup.end();
  const state = join(ROOT, '.passerelle/sites');
  const pids = ['haproxy-a', 'etcd-a'].map((n) => Number(readFileSync(join(state, `${n}.pid`), 'utf8').trim()));
  say(`split brain: roles before: a=${await roleOf('a')}, b=${await roleOf('b')}`);
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  const cut = Date.now();
  say(`split brain: a's HAProxy and etcd killed (pids ${pids.join(', ')}); Patroni a, pg-a, etcd b, c and every broker still run`);
  const samples: { t: number; roles: Record<Site, string>; writes: Record<Site, string> }[] = [];
  for (let i = 0; Date.now() - cut < seconds * 1000; i++) {
    const [ra, rb, wa, wb] = await Promise.all([
      roleOf('a'),
      roleOf('b'),
      writeTo('a', `split-a-${cut}-${i}`),
      writeTo('b', `split-b-${cut}-${i}`),
    ]);
    const sample = { t: Math.round((Date.now() - cut) / 100) / 10, roles: { a: ra, b: rb }, writes: { a: wa, b: wb } };
    samples.push(sample);
    say(`  +${sample.t}s pg-a ${ra}: ${wa} | pg-b ${rb}: ${wb}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  const both = samples.filter((x) => x.writes.a === 'accepted' && x.writes.b === 'accepted');
  let failover: { refused: boolean; said: string };
  try {
    failover = { refused: false, said: sites('failover', 'b') };
  } catch (e) {
    failover = {
      refused: true,
      said: String((e as { stderr?: string }).stderr ?? (e as Error).message)
        .trim()
        .slice(0, 300),
    };
  }
  say(`split brain: 'sites failover b' ${failover.refused ? 'refused (site a still answers), nothing changed' : 'RAN'}`);
  sites('start-site', 'a');
  say("split brain: a's HAProxy and etcd started again");
  const acceptedBy = {
    a: samples.filter((x) => x.writes.a === 'accepted').length,
    b: samples.filter((x) => x.writes.b === 'accepted').length,
  };
  const ok = both.length === 0 && failover.refused;
  const report = {
    ok,
    mode: 'split-brain',
    seconds,
    samples: samples.length,
    acceptedBy,
    secondsWithTwoPrimariesAccepting: both.length,
    failoverRefused: failover.refused,
    evidence: samples,
  };
  mkdirSync(resolve(jsonAt, '..'), { recursive: true });
  writeFileSync(jsonAt, JSON.stringify(report, null, 2) + '\n');
  say(JSON.stringify({ ...report, evidence: `${samples.length} samples in ${jsonAt}` }, null, 2));
  say(`split brain: ${ok ? 'passed: one primary accepted writes' : 'FAILED'}`);
  return ok ? 0 : 1;
}

export async function main(argv: string[]): Promise<number> {
  const rate = option(argv, 'rate', 100);
  const before = option(argv, 'before', 10);
  const after = option(argv, 'after', 10);
  const jsonAt = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : join(ROOT, '.passerelle/sites', `drill-${Date.now()}.json`);
  // The split-brain run needs only etcd, Patroni and HAProxy: it starts on what runs.
  if (argv.includes('--split-brain')) return splitBrain(option(argv, 'seconds', 40), jsonAt);
  if (argv.includes('--apps')) return appsDrill(option(argv, 'rate', 10), before, after, jsonAt);
  try {
    sites('status');
    say('drill: the two sites are running');
  } catch {
    say('drill: starting the two sites (infra/sites/sites.sh start)');
    sites('start');
  }
  const env = kafkaEnv();
  const admin = kafkaClient(kafkaConnectionFromEnv('admin', env), 'drill-setup').admin();
  await admin.connect();
  if (!(await admin.listTopics()).includes(TOPIC))
    await admin.createTopics({ waitForLeaders: false, topics: [{ topic: TOPIC, numPartitions: PARTITIONS, replicationFactor: 4 }] });
  // Every partition led before the load starts (kafkajs's own wait gives up on the first broker that does not know it yet).
  for (const deadline = Date.now() + 60_000; ;) {
    const meta = await admin.fetchTopicMetadata({ topics: [TOPIC] }).catch(() => undefined);
    if (meta?.topics[0]?.partitions.length === 3 && meta.topics[0].partitions.every((p) => p.leader >= 0)) break;
    if (Date.now() > deadline) throw new Error(`${TOPIC} has no leader on every partition after 60 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
  await admin.disconnect();
  const setup = new Pool({ connectionString: `postgres://postgres@127.0.0.1:${HAPROXY.a}/postgres`, max: 1 });
  await setup.query(
    'create table if not exists drill_site_loss (id text primary key, site text not null, at timestamptz not null default clock_timestamp())',
  );
  await setup.end();

  const clock: { cut?: number } = {};
  say(`drill: load at ${rate}/s through both sites for ${before} s`);
  const writers = { a: await startWriter('a', rate / 2, env, () => clock.cut), b: await startWriter('b', rate / 2, env, () => clock.cut) };
  await new Promise((r) => setTimeout(r, before * 1000));
  // The cut: site a's writer is in site a, it goes with it; what it had acknowledged must survive.
  clock.cut = Date.now();
  const cut = clock.cut;
  sites('kill-site', 'a');
  const stopA = writers.a.stop();
  say('drill: site a killed (kill -9 of etcd, Patroni, Postgres, HAProxy and brokers at once); failover:');
  const failoverOut = sites('failover', 'b');
  process.stdout.write(failoverOut);
  const failoverDone = (Date.now() - cut) / 1000;
  await new Promise((r) => setTimeout(r, after * 1000));
  await Promise.all([stopA, writers.b.stop()]);
  const acked = {
    pg: [...writers.a.pgAcked, ...writers.b.pgAcked],
    kafka: [...writers.a.kafkaAcked, ...writers.b.kafkaAcked],
  };
  const rto = {
    postgresSeconds: (writers.b.firstPgAfter ?? NaN) / 1000,
    kafkaSeconds: (writers.b.firstKafkaAfter ?? NaN) / 1000,
    failoverStepsSeconds: failoverDone,
  };
  const afterFailover = await count('b', env, acked);
  say(`drill: after failover: ${JSON.stringify(afterFailover)}; RTO ${JSON.stringify(rto)}`);
  say('drill: failback of site a:');
  const t = Date.now();
  process.stdout.write(sites('failback', 'a'));
  const failbackSeconds = (Date.now() - t) / 1000;
  const afterFailback = await count('a', env, acked);
  const ok = [afterFailover, afterFailback].every((c) => c.postgres.lost + c.postgres.doubled + c.kafka.lost + c.kafka.doubled === 0);
  const report = {
    ok,
    rate,
    secondsBeforeCut: before,
    secondsAfterCut: after,
    acknowledged: { postgres: acked.pg.length, kafka: acked.kafka.length },
    unacknowledged: {
      postgres: writers.a.pgFailed + writers.b.pgFailed,
      kafka: writers.a.kafkaFailed + writers.b.kafkaFailed,
    },
    rto,
    afterFailover,
    afterFailback,
    failbackSeconds,
  };
  mkdirSync(resolve(jsonAt, '..'), { recursive: true });
  writeFileSync(jsonAt, JSON.stringify(report, null, 2) + '\n');
  say(JSON.stringify(report, null, 2));
  say(`drill: ${ok ? 'passed' : 'FAILED'} (JSON in ${jsonAt})`);
  return ok ? 0 : 1;
}

// ------------------------------------------------------------------ the drill through the apps

const POCS = ['poc-customs', 'poc-mobility', 'poc-foreign-affairs', 'poc-immigration'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A signal of its own: the router drops a signal whose content repeats an earlier one's (same
 * subject and documents: `feedback.duplicate`, never published to a feed), so each drill signal
 * names its own subject and passport.
 */
function drillSignal(template: Record<string, unknown>, ref: string): Record<string, unknown> {
  const s = structuredClone(template) as Record<string, unknown> & { subjects: Record<string, unknown>[] };
  s.externalRef = ref;
  s.summary = `site-loss drill ${ref}`;
  s.subjects[0].familyName = `Drill ${ref}`;
  s.subjects[0].documents = [{ type: 'passport', number: ref.slice(-30), issuingCountry: 'BE' }];
  return s;
}

interface Credentials {
  principals: { name: string; apiKey: string }[];
}

/** One submission over HTTP: the signalId of a 202, or null (refused, timed out, no answer). */
async function submitSignal(gateway: string, key: string, body: object): Promise<string | null> {
  try {
    const r = await fetch(`${gateway}/v1/signals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    if (r.status !== 202) return null;
    return ((await r.json()) as { signalId?: string }).signalId ?? null;
  } catch {
    return null;
  }
}

/** Whether the analyst reads the signal through the intake's API (GET /v1/signals/{id}: 200). */
async function visibleTo(intake: string, key: string, signalId: string): Promise<boolean> {
  try {
    const r = await fetch(`${intake}/v1/signals/${signalId}`, {
      headers: { authorization: `Bearer ${key}` },
      signal: AbortSignal.timeout(5000),
    });
    return r.status === 200;
  } catch {
    return false;
  }
}

interface HttpWriter {
  acked: { signalId: string; at: number }[];
  refused: number;
  stop(): Promise<void>;
}

/** `rate` submissions a second through a site's gateway, round robin over the demo POCs, each its own externalRef. */
function startHttpWriter(site: Site, rate: number, keys: Record<string, string>, template: Record<string, unknown>): HttpWriter {
  const gateway = siteUrls(site)['agency-gateway'];
  const w: HttpWriter = { acked: [], refused: 0, stop: async () => undefined };
  let running = true;
  const inflight = new Set<Promise<void>>();
  const loop = (async () => {
    const start = Date.now();
    for (let n = 0; running; n++) {
      const due = start + (n * 1000) / rate;
      if (Date.now() < due) await sleep(due - Date.now());
      if (!running) break;
      if (inflight.size >= 20) {
        w.refused++; // the gateway does not answer: not attempted
        continue;
      }
      const poc = POCS[n % POCS.length];
      const body = drillSignal(template, `DRILL-${site}-${start}-${n}`);
      const p = submitSignal(gateway, keys[poc], body)
        .then((id) => {
          if (id) w.acked.push({ signalId: id, at: Date.now() });
          else w.refused++;
        })
        .finally(() => inflight.delete(p));
      inflight.add(p);
    }
    await Promise.allSettled([...inflight]);
  })();
  w.stop = async () => {
    running = false;
    await loop;
  };
  return w;
}

/**
 * How many times each acknowledged signal is in the intake (intake.signals) and in the ledger
 * (`signal.submitted` entries), read through a site's HAProxy; waits up to `waitS` for the pipeline
 * to bring the acknowledged ones in.
 */
async function countSignals(site: Site, ids: string[], waitS: number) {
  const pool = new Pool({ connectionString: `postgres://postgres@127.0.0.1:${HAPROXY[site]}/passerelle`, max: 1 });
  pool.on('error', () => undefined);
  try {
    let intake = new Map<string, number>();
    let ledger = new Map<string, number>();
    for (const deadline = Date.now() + waitS * 1000; ;) {
      const a = await pool.query<{ id: string; n: number }>(
        'select signal_id::text as id, count(*)::int as n from intake.signals where signal_id = any($1::uuid[]) group by signal_id',
        [ids],
      );
      const l = await pool.query<{ id: string; n: number }>(
        `select signal_id as id, count(*)::int as n from audit.ledger where action = 'signal.submitted' and signal_id = any($1) group by signal_id`,
        [ids],
      );
      intake = new Map(a.rows.map((r) => [r.id, r.n]));
      ledger = new Map(l.rows.map((r) => [r.id, r.n]));
      if ((intake.size === ids.length && ledger.size === ids.length) || Date.now() > deadline) break;
      await sleep(2000);
    }
    const judge = (stored: Map<string, number>) => ({
      acknowledged: ids.length,
      lost: ids.filter((id) => !stored.has(id)).length,
      doubled: ids.filter((id) => (stored.get(id) ?? 0) > 1).length,
      lostIds: ids.filter((id) => !stored.has(id)).slice(0, 20),
    });
    return { intake: judge(intake), ledger: judge(ledger) };
  } finally {
    await pool.end().catch(() => undefined);
  }
}

/**
 * `--apps`: the drill through the apps of both sites (`sites.sh start` starts them). Load over
 * HTTP through both gateways, the cut of site a (its apps with it), `sites.sh failover b` while
 * site b's gateway keeps taking submissions, then RTO: from the cut until a signal submitted
 * through site b's gateway after the cut is visible to an analyst through site b's intake (and
 * until site b's audit answers GET /v1/audit/verify ok). RPO: every acknowledged submission is in
 * the intake and the ledger exactly once, after the failover and after failback.
 */
async function appsDrill(rate: number, before: number, after: number, jsonAt: string): Promise<number> {
  // The apps answering /health through both sites is what the drill needs (sites.sh status also asks Kafka
  // with a JVM tool, which on a loaded machine can take minutes).
  const up = await Promise.all(
    (['a', 'b'] as const).flatMap((s) =>
      Object.values(siteUrls(s)).map((u) =>
        fetch(`${u}/health`, { signal: AbortSignal.timeout(30_000) }).then(
          (r) => r.status === 200,
          () => false,
        ),
      ),
    ),
  );
  if (up.every(Boolean) && existsSync(SITES_CREDENTIALS)) say('drill: the two sites and their apps are running');
  else {
    say('drill: starting the two sites and their apps (infra/sites/sites.sh start)');
    sites('start');
  }
  const creds = JSON.parse(readFileSync(SITES_CREDENTIALS, 'utf8')) as Credentials;
  const keys = Object.fromEntries(creds.principals.map((p) => [p.name, p.apiKey]));
  const analyst = keys['analyst-ocam'];
  const oversight = keys['oversight-committee'];
  const template = JSON.parse(readFileSync(join(ROOT, 'docs/examples/signals/subject-person.json'), 'utf8')) as Record<string, unknown>;
  const urlsB = siteUrls('b');
  // The analyst reads nothing before acknowledging the security briefing (stored once, for both sites).
  await acknowledgeBriefing(urlsB.intake, analyst);
  // Before the load: one signal through each site, visible at the other site's intake (the pipeline spans the sites).
  for (const [via, at] of [
    ['a', 'b'],
    ['b', 'a'],
  ] as const) {
    const id = await submitSignal(
      siteUrls(via)['agency-gateway'],
      keys[POCS[0]],
      drillSignal(template, `DRILL-CHECK-${via}-${Date.now()}`),
    );
    if (!id) throw new Error(`site ${via}'s gateway did not accept a signal before the drill`);
    const t = Date.now();
    while (!(await visibleTo(siteUrls(at).intake, analyst, id))) {
      if (Date.now() - t > 120_000) throw new Error(`a signal submitted at site ${via} was not visible at site ${at} within 120 s`);
      await sleep(500);
    }
    say(
      `drill: a signal submitted through site ${via}'s gateway is visible through site ${at}'s intake after ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
  }

  say(`drill: ${rate} submissions/s over HTTP through both sites' gateways for ${before} s`);
  const writers = { a: startHttpWriter('a', rate / 2, keys, template), b: startHttpWriter('b', rate / 2, keys, template) };
  await sleep(before * 1000);
  const cut = Date.now();
  sites('kill-site', 'a');
  const stopA = writers.a.stop();
  say('drill: site a killed (kill -9 of its engines and apps at once); failover (sites.sh failover b):');
  // The failover runs while the probes ask site b: RTO is what an agency and an analyst see.
  const failover = new Promise<{ out: string; at: number }>((res, rej) =>
    execFile('bash', [SITES, 'failover', 'b'], { encoding: 'utf8' }, (e, out, err) =>
      e ? rej(new Error(`failover b failed: ${err || e.message}`)) : res({ out, at: Date.now() }),
    ),
  );
  const probes: { signalId: string; at: number }[] = [];
  let visibleAt: number | undefined;
  let verifiedAt: number | undefined;
  // The intake takes signals in order: the earliest acknowledged probes are the first to become
  // visible, so each round asks about those (an analyst's read of one not there yet is a denied attempt, audited).
  for (let i = 0; visibleAt === undefined; i++) {
    if (Date.now() - cut > 600_000) break;
    const id = await submitSignal(urlsB['agency-gateway'], keys[POCS[i % POCS.length]], drillSignal(template, `DRILL-PROBE-${cut}-${i}`));
    if (id) probes.push({ signalId: id, at: Date.now() });
    for (const p of probes.slice(0, 3))
      if (await visibleTo(urlsB.intake, analyst, p.signalId)) {
        visibleAt = Date.now();
        say(
          `drill: a probe submitted through site b's gateway ${((p.at - cut) / 1000).toFixed(1)} s after the cut is visible to the analyst`,
        );
        break;
      }
    await sleep(1000);
  }
  for (; verifiedAt === undefined && Date.now() - cut < 660_000; await sleep(1000)) {
    try {
      const r = await fetch(`${urlsB.audit}/v1/audit/verify`, {
        headers: { authorization: `Bearer ${oversight}` },
        signal: AbortSignal.timeout(30_000),
      });
      if (r.status === 200 && ((await r.json()) as { ok?: boolean }).ok === true) verifiedAt = Date.now();
    } catch {
      // not yet
    }
  }
  const fo = await failover;
  process.stdout.write(fo.out);
  const rest = Math.max(0, after * 1000 - (Date.now() - cut));
  await sleep(rest);
  await Promise.all([stopA, writers.b.stop()]);
  const acked = [...writers.a.acked, ...writers.b.acked, ...probes].map((x) => x.signalId);
  const rto = {
    visibleToAnalystSeconds: visibleAt === undefined ? null : (visibleAt - cut) / 1000,
    auditVerifyOkSeconds: verifiedAt === undefined ? null : (verifiedAt - cut) / 1000,
    failoverStepsSeconds: (fo.at - cut) / 1000,
  };
  say(`drill: RTO ${JSON.stringify(rto)}; counting ${acked.length} acknowledged submissions (waiting up to 180 s for the pipeline)`);
  const afterFailover = await countSignals('b', acked, 180);
  say(`drill: after failover: ${JSON.stringify(afterFailover)}`);
  say('drill: failback of site a (sites.sh failback a, which starts its apps again):');
  const t = Date.now();
  process.stdout.write(sites('failback', 'a'));
  const failbackSeconds = (Date.now() - t) / 1000;
  const afterFailback = await countSignals('a', acked, 60);
  const clean = (c: Awaited<ReturnType<typeof countSignals>>) => c.intake.lost + c.intake.doubled + c.ledger.lost + c.ledger.doubled === 0;
  const ok = clean(afterFailover) && clean(afterFailback) && rto.visibleToAnalystSeconds !== null;
  const report = {
    ok,
    mode: 'apps',
    rate,
    secondsBeforeCut: before,
    secondsAfterCut: after,
    acknowledged: acked.length,
    acknowledgedBySite: { a: writers.a.acked.length, b: writers.b.acked.length, probes: probes.length },
    unacknowledged: writers.a.refused + writers.b.refused,
    rto,
    afterFailover,
    afterFailback,
    failbackSeconds,
  };
  mkdirSync(resolve(jsonAt, '..'), { recursive: true });
  writeFileSync(jsonAt, JSON.stringify(report, null, 2) + '\n');
  say(JSON.stringify(report, null, 2));
  say(`drill: ${ok ? 'passed' : 'FAILED'} (JSON in ${jsonAt})`);
  return ok ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`drill: ${(e as Error).message}\n`);
      process.exit(1);
    },
  );
}
