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
 * What it does not do yet: drive the apps (gateway, router, intake, audit) in both sites; the
 * engines' guarantees it measures are what those apps stand on (docs/continuity.md).
 * Exit code 0: RPO 0 before and after failback; 1 otherwise, or when the drill cannot start.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { kafkaClient, kafkaConnectionFromEnv, KafkaProducer } from '@passerelle/messaging';

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

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`drill: ${(e as Error).message}\n`);
      process.exit(1);
    },
  );
}
