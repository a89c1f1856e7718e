import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { provisionedTopics, topicNames } from '@passerelle/contracts';
import { provisionKafka } from '@passerelle/messaging';
import { derivedId } from '@passerelle/crypto';
import { PrincipalsRepository } from '@passerelle/security';
import { createTestDatabase, eventually, readTopic } from '@passerelle/testing';
import { AppName, AppProcess, freePort } from '../support/app-process';
import { Reply, request } from '../support/http';
import { KafkaCluster } from '../support/kafka-cluster';
import { Offered, SteadyLoad, uniqueSignal } from '../support/load';
import { requireLocalCluster, restartCluster } from '../support/postgres-control';
import { consumerLag, HOPS, PartitionLag, reconcile, Reconciliation, Sql } from '../support/reconcile';

/**
 * Fault injection against the real thing: a three-node KRaft cluster (replication factor 3,
 * min.insync.replicas 2), real Postgres, the four apps as processes of their own, and a steady
 * load (gateway batches and direct produce) running through every case. Each case injects its
 * fault mid-load, heals it, stops the load and reconciles: every accepted signal is in the intake
 * exactly once and has exactly one ledger entry per hop, the ledger verifies, and no consumer group
 * lags on any partition. Timings are printed and written to .passerelle/faults-results.json, never
 * asserted.
 */

const root = join(__dirname, '../..');
const RUN = randomBytes(3).toString('hex');
const PARTITIONS = 3;
const GATEWAY_AGENCY = 'customs';
const DIRECT_AGENCY = 'mobility';
const APPS: AppName[] = ['agency-gateway', 'router', 'intake', 'audit'];
const resultsFile = join(root, '.passerelle/faults-results.json');
const logDir = join(root, '.passerelle/faults-logs', RUN);
const LONG = 30 * 60_000;

interface CaseResult {
  name: string;
  /** Injected → healed. */
  faultMs: number;
  /** Healed → every signal accepted before the heal is in the intake with all its ledger entries. */
  recoverMs: number;
  /** Load stopped → everything reconciled and no lag. */
  drainMs: number;
  load: SteadyLoad['counters'] & { accepted: number; inDoubt: number };
  reconciliation: Omit<Reconciliation, 'missing' | 'unexpected'> & { missing: number; unexpected: number };
  verify: { ok: boolean; checked: number; detail?: unknown };
  lag: { partitions: number; total: number; stuck: PartitionLag[] };
  notes: Record<string, unknown>;
}

describe('fault tolerance: 3 brokers, real Postgres, steady load', () => {
  const cluster = new KafkaCluster();
  const apps = {} as Record<AppName, AppProcess>;
  const results: CaseResult[] = [];
  let caseNo = 0;
  const suiteStart = Date.now();
  let prefix: string;
  let db: { url: string; drop(): Promise<void> };
  let sql: Sql;
  let keys: Record<string, string>;
  let replication: Awaited<ReturnType<KafkaCluster['replication']>>;
  const t = () => topicNames(prefix);

  const writeResults = () => {
    mkdirSync(join(root, '.passerelle'), { recursive: true });
    writeFileSync(
      resultsFile,
      `${JSON.stringify(
        {
          run: RUN,
          at: new Date(suiteStart).toISOString(),
          suiteMs: Date.now() - suiteStart,
          brokers: cluster.brokers,
          replication: {
            brokers: replication?.brokers,
            topics: replication?.topics.map(
              (x) => `${x.topic.slice(prefix.length)} rf=${Math.min(...x.replicas)} min.isr=${x.minInsyncReplicas}`,
            ),
          },
          load: 'gateway 50 signals / 500 ms + direct produce 25 signals / 500 ms (≈150 signals/s)',
          cases: results,
        },
        null,
        2,
      )}\n`,
    );
  };

  beforeAll(async () => {
    let t0 = Date.now();
    const phase = (what: string) => {
      process.stderr.write(`faults [setup] ${what} in ${Date.now() - t0} ms\n`);
      t0 = Date.now();
    };
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    phase('npm run build');
    await cluster.start();
    phase('3-node cluster started');
    prefix = `f${RUN}.`;
    // Replication 3 named, not left to min(3, brokers listed): a broker that joined last may be
    // missing a moment from the answering broker's list (a CI run got replication 2 that way).
    await provisionKafka(cluster.connection('admin'), { prefix, partitions: PARTITIONS, replicationFactor: 3 });
    replication = await cluster.replication(provisionedTopics(t()));
    phase('topics and ACLs provisioned');

    db = await createTestDatabase();
    sql = new Sql(db.url);
    const ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    try {
      const repo = new PrincipalsRepository(ds);
      keys = {
        poc: (await repo.upsertWithNewKey({ name: 'poc-customs', role: 'poc', agency: GATEWAY_AGENCY, clearance: 'restricted' })).apiKey,
        oversight: (await repo.upsertWithNewKey({ name: 'oversight-1', role: 'oversight', clearance: 'confidential' })).apiKey,
      };
    } finally {
      await ds.destroy();
    }
    const env = {
      DATABASE_URL: db.url,
      KAFKA_BROKERS: cluster.brokers.join(','),
      // Every app as its own Kafka user, under the ACLs of infra/kafka/acls.json.
      KAFKA_CREDENTIALS_FILE: cluster.credentialsFile,
      KAFKA_TOPIC_PREFIX: prefix,
      OUTBOX_POLL_MS: '200',
      GATEWAY_RATE_LIMIT_PER_MINUTE: '100000',
      DATABASE_POOL_SIZE: '5',
    };
    for (const name of APPS) apps[name] = new AppProcess(name, await freePort(), env, logDir);
    await Promise.all(APPS.map((name) => apps[name].start()));
    phase('database and the four apps started');
  }, LONG);

  afterAll(async () => {
    await Promise.allSettled(APPS.map((name) => apps[name]?.close()));
    await cluster.stop().catch((e) => process.stderr.write(`stopping the 3-node cluster: ${String(e)}\n`));
    await sql?.end();
    await db?.drop();
    if (results.length) {
      writeResults();
      process.stdout.write(
        `${[
          `fault suite ${RUN}: ${Math.round((Date.now() - suiteStart) / 1000)} s; results in ${resultsFile}; app logs in ${logDir}`,
          table(results),
        ].join('\n')}\n`,
      );
    }
  }, LONG);

  it('runs on three brokers with replication factor 3 and min.insync.replicas=2 in force', () => {
    expect(replication.brokers).toHaveLength(3);
    for (const b of replication.brokers) expect(b).toMatchObject({ defaultReplicationFactor: '3', minInsyncReplicas: '2' });
    expect(replication.topics.length).toBeGreaterThanOrEqual(10);
    for (const x of replication.topics) {
      expect(x.replicas).toEqual(Array(PARTITIONS).fill(3));
      expect(x.minInsyncReplicas).toBe('2');
    }
  });

  // ---- helpers ---------------------------------------------------------------------------------

  const intakeCount = async (tag: string) =>
    Number(
      (await sql.query<{ n: string }>(`select count(*) as n from intake.signals where payload->>'externalRef' like $1`, [`${tag}-%`]))[0].n,
    );

  /** Every one of these signals is in the intake and has all its ledger entries. */
  const caughtUp = async (signals: Offered[]): Promise<string | true> => {
    const ids = signals.map((s) => s.signalId);
    const [r] = await sql.query<{ intake: string; ledger: string }>(
      `select (select count(*) from intake.signals where signal_id = any($1::uuid[])) as intake,
              (select count(*) from audit.ledger where signal_id = any($2::text[]) and action = any($3::text[])) as ledger`,
      [ids, ids, [...HOPS]],
    );
    if (Number(r.intake) >= ids.length && Number(r.ledger) >= ids.length * HOPS.length) return true;
    return `intake ${r.intake}/${ids.length}, ledger ${r.ledger}/${ids.length * HOPS.length}`;
  };

  const groups = () => {
    const names = t();
    const all = provisionedTopics(names);
    const g = (name: string) => `${prefix}passerelle.${name}`;
    return [
      { group: g('router'), topics: all.filter((x) => names.submittedPattern.test(x)) },
      {
        group: g('audit'),
        topics: all.filter(
          (x) =>
            [names.submittedPattern, names.feedPattern, names.feedbackPattern].some((p) => p.test(x)) ||
            [names.routed, names.rejected, names.accessRecorded, names.principalsChanged].includes(x),
        ),
      },
      { group: g('intake'), topics: [names.feed('ocam')] },
      { group: g('intake-flow'), topics: [names.routed, names.rejected] },
      { group: g('gateway-feedback'), topics: all.filter((x) => names.feedbackPattern.test(x)) },
    ];
  };
  const lagNow = async () => {
    const gs = groups();
    return cluster.withAdmin((a) => consumerLag(a, gs));
  };
  const groupLag = async (group: string) => {
    const gs = groups().filter((x) => x.group === `${prefix}passerelle.${group}`);
    return (await cluster.withAdmin((a) => consumerLag(a, gs))).reduce((s, p) => s + p.lag, 0);
  };
  const outboxPending = async () =>
    Number((await sql.query<{ n: string }>(`select count(*) as n from gateway.outbox where published_at is null`))[0].n);

  const newLoad = (tag: string) =>
    new SteadyLoad({
      tag,
      gatewayUrl: apps['agency-gateway'].url,
      apiKey: keys.poc,
      gatewayAgency: GATEWAY_AGENCY,
      kafka: cluster.client('agency-mobility', `agency-${DIRECT_AGENCY}`),
      directTopic: t().submitted(DIRECT_AGENCY),
      directAgency: DIRECT_AGENCY,
      partitions: PARTITIONS,
    });

  interface Injected {
    injectedAt: number;
    healedAt: number;
    notes?: Record<string, unknown>;
    /** Signals the case offered itself, besides the load's (accepted by the cluster). */
    extra?: Offered[];
  }

  /**
   * Starts the load on its own tag, waits until its signals reach the intake, injects and heals the
   * fault, waits for recovery, lets the load run a little longer on the healed system, stops it and
   * reconciles. Records the figures before asserting.
   */
  async function runCase(name: string, inject: (load: SteadyLoad, tag: string) => Promise<Injected>): Promise<CaseResult> {
    // Numbered by case, not by result: a case that fails before recording must not leave its tag
    // (and its signals) to the next one.
    const tag = `FLT-${RUN}-${++caseNo}`;
    const load = newLoad(tag);
    load.start();
    let injected!: Injected;
    let recoverMs = -1;
    const say = (what: string) => process.stderr.write(`faults [${name}] ${new Date().toISOString().slice(11, 23)} ${what}\n`);
    try {
      await eventually(async () => ((await intakeCount(tag)) >= 300 ? true : undefined), {
        timeoutMs: 120000,
        intervalMs: 250,
        what: `${name}: the load flowing end to end`,
      });
      say(`load flowing (${load.accepted.length} accepted); injecting the fault`);
      injected = await inject(load, tag);
      say(`healed after ${injected.healedAt - injected.injectedAt} ms`);
      const beforeHeal = [...load.acceptedBefore(injected.healedAt), ...(injected.extra ?? [])];
      await eventually(
        async () => {
          const r = await caughtUp(beforeHeal);
          if (r !== true) throw new Error(r);
          return true;
        },
        // Generous: after a full-cluster restart kafkajs consumers took ~4 min to rejoin (see docs/operations.md).
        { timeoutMs: 480000, intervalMs: 250, what: `${name}: every signal accepted before the heal delivered and audited` },
      );
      recoverMs = Date.now() - injected.healedAt;
      say(`recovered ${recoverMs} ms after the heal`);
      const n = load.accepted.length;
      await eventually(async () => (load.accepted.length >= n + 600 ? true : undefined), {
        timeoutMs: 120000,
        intervalMs: 100,
        what: `${name}: the load accepted on the healed system`,
      });
    } finally {
      await load.stop();
    }
    const stoppedAt = Date.now();
    const accepted = [...load.accepted, ...(injected.extra ?? [])];
    let rec!: Reconciliation;
    let lag!: PartitionLag[];
    await eventually(
      async () => {
        rec = await reconcile(sql, tag, accepted, load.inDoubt);
        if (rec.missing.length) throw new Error(`${rec.missing.length} accepted signals not in the intake yet`);
        const pending = await outboxPending();
        if (pending) throw new Error(`${pending} gateway outbox rows unpublished`);
        if (Object.values(rec.ledger).some((h) => h.notOnce) || Object.values(rec.gatewayFeedback).some((h) => h.notOnce)) {
          throw new Error(`ledger or receipts incomplete: ${JSON.stringify({ ledger: rec.ledger, receipts: rec.gatewayFeedback })}`);
        }
        lag = await lagNow();
        const lagging = lag.filter((p) => p.lag > 0);
        if (lagging.length) throw new Error(`lag on ${lagging.map((p) => `${p.group} ${p.topic}/${p.partition}: ${p.lag}`).join(', ')}`);
        return true;
      },
      { timeoutMs: 300000, intervalMs: 500, what: `${name}: reconciled with no lag` },
    ).catch(async (e) => {
      // Record what was seen, then fail with it.
      rec ??= await reconcile(sql, tag, accepted, load.inDoubt);
      lag ??= await lagNow().catch(() => []);
      record(undefined, e);
      throw e;
    });
    say(`reconciled in ${Date.now() - stoppedAt} ms after the load stopped; verifying the ledger`);
    const verified = await request(apps.audit.url, 'GET', '/v1/audit/verify', { key: keys.oversight });

    function record(verified?: Reply, error?: unknown): CaseResult {
      const result: CaseResult = {
        name,
        faultMs: injected.healedAt - injected.injectedAt,
        recoverMs,
        drainMs: error ? -1 : Date.now() - stoppedAt,
        load: { ...load.counters, accepted: accepted.length, inDoubt: load.inDoubt.length },
        reconciliation: { ...rec, missing: rec.missing.length, unexpected: rec.unexpected.length },
        verify: {
          ok: verified?.body?.ok === true,
          checked: verified?.body?.checked ?? 0,
          detail: verified?.body?.ok ? undefined : verified?.body,
        },
        lag: { partitions: lag.length, total: lag.reduce((s, p) => s + p.lag, 0), stuck: lag.filter((p) => p.lag > 0) },
        notes: {
          ...(injected.notes ?? {}),
          ...(error ? { error: String(error) } : {}),
          ...(load.problems.length ? { problems: load.problems.slice(0, 5) } : {}),
        },
      };
      results.push(result);
      writeResults();
      return result;
    }
    const result = record(verified);
    process.stdout.write(`${table([result])}\n`);

    expect(load.problems).toEqual([]);
    expect(rec.missing).toEqual([]);
    expect(rec.unexpected).toEqual([]);
    expect(rec.intakeDuplicates).toBe(0);
    expect(rec.inIntake).toBe(rec.accepted + rec.inDoubtDelivered);
    // A copy a retrying client wrote to the log is a submission of its own: one more entry for that hop.
    for (const hop of HOPS) {
      const entries = rec.inIntake + (hop === 'signal.submitted' ? rec.clientDuplicates : 0);
      expect({ hop, ...rec.ledger[hop] }).toEqual({ hop, entries, notOnce: 0 });
    }
    for (const status of ['routed', 'delivered']) expect(rec.gatewayFeedback[status].notOnce).toBe(0);
    expect(rec.routerSignals).toEqual({ rows: rec.inIntake, notOnce: 0 });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true });
    expect(lag.filter((p) => p.lag > 0)).toEqual([]);
    // No app died on its own: only the cases that kill one restart it.
    for (const a of APPS) expect({ app: a, running: apps[a].running }).toEqual({ app: a, running: true });
    return result;
  }

  // ---- the faults ------------------------------------------------------------------------------

  it(
    'a poison message on every partition of an agency topic is rejected with its reason; the signals behind it are delivered',
    async () => {
      const poisons = [
        Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37]),
        Buffer.from('{"externalRef": "POISON", "category": '),
        Buffer.from('["not", "a", "signal"]'),
        Buffer.from('{"externalRef": "POISON-X", "category": "no-such-category"}'),
      ];
      const topic = t().submitted(DIRECT_AGENCY);
      const offsets = new Map<number, string>();
      await runCase('poison message on every partition', async (_load, tag) => {
        const producer = cluster.client('agency-poison', `agency-${DIRECT_AGENCY}`).producer({ idempotent: true, maxInFlightRequests: 1 });
        await producer.connect();
        const extra: Offered[] = [];
        const messages = [];
        for (let p = 0; p < PARTITIONS; p++) {
          messages.push({ partition: p, value: poisons[p % poisons.length] });
          for (let i = 0; i < 5; i++) {
            const ref = `${tag}-behind-${p}-${i}`;
            messages.push({ partition: p, key: ref, value: JSON.stringify(uniqueSignal(ref, 100000 + p * 10 + i)) });
            extra.push({ ref, signalId: '', via: 'direct', at: 0, partition: p });
          }
        }
        const injectedAt = Date.now();
        const meta = await producer.send({ topic, acks: -1, messages });
        await producer.disconnect();
        for (const m of meta) offsets.set(m.partition, m.baseOffset ?? '-1');
        for (const e of extra) e.signalId = derivedId('signal', DIRECT_AGENCY, e.ref);
        return { injectedAt, healedAt: Date.now(), extra, notes: { poisonOffsets: Object.fromEntries(offsets) } };
      });
      const rejected = (await readTopic(t().rejected, cluster.client('faults-reader'))).map((r) => JSON.parse(r.value!));
      for (let p = 0; p < PARTITIONS; p++) {
        const r = rejected.find((x) => x.topic === topic && x.partition === p && x.offset === offsets.get(p));
        expect({ partition: p, rejected: !!r }).toEqual({ partition: p, rejected: true });
        expect(r.reasons.length).toBeGreaterThan(0);
        expect(typeof r.reasons[0].reason).toBe('string');
      }
      const last = results[results.length - 1];
      last.notes.rejectedReasons = Object.fromEntries(
        [...offsets].map(([p, o]) => [
          p,
          rejected.find((x) => x.topic === topic && x.partition === p && x.offset === o)?.reasons?.[0]?.reason,
        ]),
      );
      writeResults();
    },
    LONG,
  );

  it(
    'kill -9 one broker, then bring it back',
    async () => {
      await runCase('kill -9 one broker', async (load, tag) => {
        // The leader of partition 0 of the agency topic the direct load writes to.
        const meta = await cluster.withAdmin((a) => a.fetchTopicMetadata({ topics: [t().submitted(DIRECT_AGENCY)] }));
        const node = meta.topics[0].partitions.find((p) => p.partitionId === 0)!.leader;
        const acceptedAtKill = load.accepted.length;
        const intakeAtKill = await intakeCount(tag);
        const injectedAt = Date.now();
        await cluster.killNode(node);
        let deliveredDuringOutage = 0;
        try {
          // The outage lasts while the load offers 1500 more signals to the two brokers left.
          await eventually(async () => (load.accepted.length >= acceptedAtKill + 1500 ? true : undefined), {
            timeoutMs: 120000,
            intervalMs: 100,
            what: 'the load accepted with one broker down',
          });
          deliveredDuringOutage = (await intakeCount(tag)) - intakeAtKill;
        } finally {
          await cluster.startNode(node);
        }
        return {
          injectedAt,
          healedAt: Date.now(),
          notes: { node, acceptedDuringOutage: load.accepted.length - acceptedAtKill, deliveredDuringOutage },
        };
      });
    },
    LONG,
  );

  for (const app of ['router', 'intake', 'audit'] as const) {
    it(
      `kill -9 the ${app} mid-batch, restart it`,
      async () => {
        await runCase(`kill -9 ${app} mid-batch`, async () => {
          // Mid-batch: killed while its group has work in hand.
          const lagAtKill = await eventually(
            async () => {
              const l = await groupLag(app);
              return l > 0 ? l : undefined;
            },
            { timeoutMs: 60000, intervalMs: 20, what: `${app} with work in hand` },
          );
          const pid = apps[app].pid;
          const injectedAt = Date.now();
          await apps[app].kill();
          const restartAt = Date.now();
          // Healthy once every consumer rejoined, after the dead member's 30 s session: on the loaded
          // 2-core machine a restarted app took 86–90 s, at the edge of the default 90 s.
          await apps[app].start({ timeoutMs: 180000 });
          return { injectedAt, healedAt: restartAt, notes: { pid, lagAtKill, healthyAfterMs: Date.now() - restartAt } };
        });
      },
      LONG,
    );
  }

  it(
    'restart Postgres under load',
    async () => {
      // Throws, saying why, when this run's Postgres is not a local cluster it can restart.
      const pg = requireLocalCluster(db.url);
      await runCase('restart Postgres', async () => {
        const injectedAt = Date.now();
        await restartCluster(pg);
        const healedAt = Date.now();
        // Every app recovers on its own (health answers 200 again without a restart).
        await Promise.all(APPS.map((a) => apps[a].healthy(120000)));
        return { injectedAt, healedAt, notes: { cluster: `${pg.version}/${pg.cluster}`, appsHealthyAfterMs: Date.now() - healedAt } };
      });
    },
    LONG,
  );

  it(
    'stop all brokers for 30 s while the gateway keeps accepting (outbox), then restart',
    async () => {
      await runCase('all brokers stopped 30 s', async (load) => {
        const injectedAt = Date.now();
        await cluster.stopAll();
        const downAt = Date.now();
        const gatewayAccepted = () => load.accepted.filter((a) => a.via === 'gateway').length;
        const before = { accepted: gatewayAccepted(), failures: load.counters.gatewayFailures };
        // The outage itself: thirty seconds with no broker at all.
        await new Promise((r) => setTimeout(r, 30000));
        const during = { accepted: gatewayAccepted() - before.accepted, failures: load.counters.gatewayFailures - before.failures };
        const pending = await outboxPending();
        await cluster.startAll();
        const healedAt = Date.now();
        expect(during.accepted).toBeGreaterThan(0);
        expect(during.failures).toBe(0);
        expect(pending).toBeGreaterThan(0);
        return {
          injectedAt,
          healedAt,
          notes: {
            stopMs: downAt - injectedAt,
            restartMs: healedAt - downAt - 30000,
            gatewayAcceptedDuringOutage: during.accepted,
            gatewayUnansweredDuringOutage: during.failures,
            outboxPendingAtRestart: pending,
          },
        };
      });
    },
    LONG,
  );
});

function table(rows: CaseResult[]): string {
  const head = [
    'case',
    'accepted',
    'in doubt (delivered)',
    'in intake',
    'dup',
    'ledger per hop (sub/rout/feed/fb-r/fb-d)',
    'not once',
    'verify',
    'lag',
    'fault s',
    'recover s',
    'drain s',
  ];
  const s = (ms: number) => (ms < 0 ? '–' : (ms / 1000).toFixed(1));
  const body = rows.map((r) => {
    const c = r.reconciliation;
    return [
      r.name,
      String(c.accepted),
      `${c.inDoubt} (${c.inDoubtDelivered})`,
      String(c.inIntake),
      String(c.intakeDuplicates),
      HOPS.map((h) => c.ledger[h]?.entries ?? 0).join('/'),
      String(HOPS.reduce((n, h) => n + (c.ledger[h]?.notOnce ?? 0), 0) + c.missing + c.unexpected),
      r.verify.ok ? `ok ${r.verify.checked}` : 'FAILED',
      `${r.lag.total} on ${r.lag.partitions}`,
      s(r.faultMs),
      s(r.recoverMs),
      s(r.drainMs),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}
