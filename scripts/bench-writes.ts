/**
 * What a bench run wrote, measured rather than computed from the code (issue 25): rows written in
 * Postgres from `pg_stat_user_tables` (inserts, updates and deletes per table, every schema of the
 * database) and Kafka messages produced from the topics' end offsets (per topic), both as deltas over
 * the run. Nothing is left out silently: what the count does not include is listed with the reason.
 */
import { KafkaClient } from '@passerelle/messaging';
import { Client } from 'pg';

interface TableCounts {
  ins: number;
  upd: number;
  hot: number;
  del: number;
}

type Snapshot = { tables: Map<string, TableCounts>; topics: Map<string, number> };

export interface WriteCounts {
  routedSignals: number;
  /** Per routed signal: rows inserted + updated across all tables (the "rows written"), and the parts. */
  rowsWrittenPerSignal: number;
  insertsPerSignal: number;
  updatesPerSignal: number;
  hotUpdatesPerSignal: number;
  deletesPerSignal: number;
  /** Messages produced per routed signal, over every topic counted. */
  messagesPerSignal: number;
  totals: { inserts: number; updates: number; hotUpdates: number; deletes: number; messages: number };
  /** Every table that changed, largest first: counts over the run and per routed signal. */
  tables: { table: string; inserts: number; updates: number; hotUpdates: number; deletes: number; writtenPerSignal: number }[];
  /** Every topic whose end offsets moved, largest first. */
  topics: { topic: string; messages: number; perSignal: number }[];
  excluded: string[];
  settledAfterMs: number;
}

const round = (n: number) => Number(n.toFixed(2));

/**
 * A baseline of both counters, taken before the run; `read` waits until both have stopped moving
 * (the pipeline's trailing work — feedback to the gateway, outbox relays, the ledger — and Postgres's
 * own delay in publishing a backend's counts: an idle backend flushes them within 10 s) and returns
 * the deltas. Topics are those under the deployment's prefix; the bench's own baseline topic and
 * Kafka's internal topics (`__consumer_offsets`: offset commits) are not counted and are said to be.
 */
export class WriteMeter {
  private constructor(
    private readonly pg: Client,
    private readonly kafka: KafkaClient,
    private readonly prefix: string,
    private readonly start: Snapshot,
  ) {}

  static async begin(pg: Client, kafka: KafkaClient, prefix: string): Promise<WriteMeter> {
    return new WriteMeter(pg, kafka, prefix, await snapshot(pg, kafka, prefix));
  }

  async read(routedSignals: number, log: (s: string) => void): Promise<WriteCounts> {
    const t0 = Date.now();
    log('waiting for the pipeline and the statistics to settle before counting rows and messages…');
    let last = await snapshot(this.pg, this.kafka, this.prefix);
    let stableSince = Date.now();
    // Postgres publishes an idle backend's counts within PGSTAT_IDLE_INTERVAL (10 s): stable for 12 s.
    while (Date.now() - stableSince < 12000 && Date.now() - t0 < 120000) {
      await new Promise((r) => setTimeout(r, 2000));
      const now = await snapshot(this.pg, this.kafka, this.prefix);
      if (total(now) !== total(last)) stableSince = Date.now();
      last = now;
    }
    return this.delta(last, routedSignals, Date.now() - t0);
  }

  private delta(end: Snapshot, routed: number, settledAfterMs: number): WriteCounts {
    const per = (n: number) => (routed ? round(n / routed) : NaN);
    const tables: WriteCounts['tables'] = [];
    for (const [table, e] of end.tables) {
      const s = this.start.tables.get(table) ?? { ins: 0, upd: 0, hot: 0, del: 0 };
      const d = { inserts: e.ins - s.ins, updates: e.upd - s.upd, hotUpdates: e.hot - s.hot, deletes: e.del - s.del };
      if (d.inserts || d.updates || d.deletes) tables.push({ table, ...d, writtenPerSignal: per(d.inserts + d.updates) });
    }
    tables.sort((a, b) => b.inserts + b.updates + b.deletes - (a.inserts + a.updates + a.deletes));
    const topics: WriteCounts['topics'] = [];
    for (const [topic, e] of end.topics) {
      const n = e - (this.start.topics.get(topic) ?? 0);
      if (n) topics.push({ topic, messages: n, perSignal: per(n) });
    }
    topics.sort((a, b) => b.messages - a.messages);
    const sum = (f: (t: WriteCounts['tables'][0]) => number) => tables.reduce((n, t) => n + f(t), 0);
    const totals = {
      inserts: sum((t) => t.inserts),
      updates: sum((t) => t.updates),
      hotUpdates: sum((t) => t.hotUpdates),
      deletes: sum((t) => t.deletes),
      messages: topics.reduce((n, t) => n + t.messages, 0),
    };
    return {
      routedSignals: routed,
      rowsWrittenPerSignal: per(totals.inserts + totals.updates),
      insertsPerSignal: per(totals.inserts),
      updatesPerSignal: per(totals.updates),
      hotUpdatesPerSignal: per(totals.hotUpdates),
      deletesPerSignal: per(totals.deletes),
      messagesPerSignal: per(totals.messages),
      totals,
      tables,
      topics,
      excluded: [
        "Kafka's internal topics (__consumer_offsets: the consumers' offset commits, __transaction_state)",
        "the bench's own baseline topic (bench.baseline.<run>), created and deleted before the run",
        `topics not of this deployment: not under its prefix '${this.prefix}', or under it but not one of libs/contracts' topic roots (other deployments' or tests' topics on a shared broker)`,
        'rows the bench wrote before the run (its Postgres baseline table, the analyst acknowledging the briefing)',
      ],
      settledAfterMs,
    };
  }
}

/**
 * A topic of the deployment, after its prefix: the roots of libs/contracts' topic names. Leaves out
 * Kafka's internal topics, the bench's baseline topic and, on a shared broker, other deployments'
 * (tests') topics under prefixes of their own.
 */
const DEPLOYMENT_TOPIC = /^(signals|feeds|feedback|access|identity|watchlists|products|dissemination|deadletters)\./;

function total(s: Snapshot): number {
  let n = 0;
  for (const t of s.tables.values()) n += t.ins + t.upd + t.del;
  for (const m of s.topics.values()) n += m;
  return n;
}

async function snapshot(pg: Client, kafka: KafkaClient, prefix: string): Promise<Snapshot> {
  // Outside a transaction each statement reads fresh statistics; cleared anyway, in case.
  await pg.query('select pg_stat_clear_snapshot()');
  const { rows } = await pg.query<{ name: string; ins: string; upd: string; hot: string; del: string }>(
    `select format('%s.%s', schemaname, relname) as name, n_tup_ins::text as ins, n_tup_upd::text as upd,
            n_tup_hot_upd::text as hot, n_tup_del::text as del
       from pg_stat_user_tables where schemaname not like 'pg_temp%'`,
  );
  const tables = new Map(rows.map((r) => [r.name, { ins: Number(r.ins), upd: Number(r.upd), hot: Number(r.hot), del: Number(r.del) }]));
  const admin = kafka.admin();
  await admin.connect();
  try {
    const names = (await admin.listTopics()).filter((t) => t.startsWith(prefix) && DEPLOYMENT_TOPIC.test(t.slice(prefix.length)));
    const topics = new Map<string, number>();
    await Promise.all(
      names.map(async (t) => {
        const parts = await admin.fetchTopicOffsets(t);
        topics.set(
          t,
          parts.reduce((n, p) => n + Number(p.high), 0),
        );
      }),
    );
    return { tables, topics };
  } finally {
    await admin.disconnect();
  }
}
