import { KafkaAdmin } from '@passerelle/testing';
import { Pool } from 'pg';
import { Offered } from './load';

/** Plain SQL on the system's database; survives a Postgres restart (broken connections are dropped). */
export class Sql {
  private readonly pool: Pool;

  constructor(url: string) {
    this.pool = new Pool({ connectionString: url, max: 3, connectionTimeoutMillis: 5000 });
    // An idle connection cut by a server restart must not bring the test process down.
    this.pool.on('error', () => undefined);
  }

  async query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]> {
    return (await this.pool.query(text, params)).rows as T[];
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

/** Per partition: committed offset of a group against the end of the log. */
export interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  committed: string;
  high: string;
  lag: number;
}

/**
 * The lag of every consumer group on every partition of the topics it consumes (a partition the
 * group never committed counts from the log start).
 */
export async function consumerLag(admin: KafkaAdmin, groups: { group: string; topics: string[] }[]): Promise<PartitionLag[]> {
  const ends = new Map<string, { partition: number; high: string; low: string }[]>();
  const out: PartitionLag[] = [];
  for (const { group, topics } of groups) {
    if (topics.length === 0) continue;
    for (const t of topics) if (!ends.has(t)) ends.set(t, await admin.fetchTopicOffsets(t));
    const committed = await admin.fetchOffsets({ groupId: group, topics });
    for (const t of topics) {
      const byPartition = new Map((committed.find((c) => c.topic === t)?.partitions ?? []).map((p) => [p.partition, p.offset]));
      for (const e of ends.get(t)!) {
        const c = byPartition.get(e.partition) ?? '-1';
        const from = BigInt(c) < 0n ? BigInt(e.low) : BigInt(c);
        out.push({ group, topic: t, partition: e.partition, committed: c, high: e.high, lag: Number(BigInt(e.high) - from) });
      }
    }
  }
  return out;
}

export const HOPS = ['signal.submitted', 'signal.routed', 'signal.published-to-feed', 'feedback.routed', 'feedback.delivered'] as const;

export interface Reconciliation {
  accepted: number;
  inDoubt: number;
  /** In-doubt signals that did reach the intake (each exactly once like the others). */
  inDoubtDelivered: number;
  inIntake: number;
  missing: string[];
  unexpected: string[];
  intakeDuplicates: number;
  /** Ledger entries per hop over the delivered signals, and how many signals have not exactly one. */
  ledger: Record<string, { entries: number; notOnce: number }>;
  /** Receipts in the gateway: feedback rows per status over its signals, and those not exactly once. */
  gatewayFeedback: Record<string, { entries: number; notOnce: number }>;
  routerSignals: { rows: number; notOnce: number };
  /** Extra copies of a submission on the log (client retries), each recorded and recognised as a repeat. */
  clientDuplicates: number;
}

/**
 * Compares what the load was told (accepted) with what the system holds, for the signals whose
 * externalRef starts with `tag`: every accepted signal in the intake exactly once, nothing else
 * there (in-doubt ones may be either way), and exactly one ledger entry per hop for each.
 */
export async function reconcile(sql: Sql, tag: string, accepted: Offered[], inDoubt: Offered[]): Promise<Reconciliation> {
  const like = `${tag}-%`;
  // The gateway's own table is the truth for the gateway batches that never got an answer.
  const gatewayRows = await sql.query<{ id: string; ref: string }>(
    `select id::text, external_ref as ref from gateway.signals where external_ref like $1`,
    [like],
  );
  const gatewayIds = new Map(gatewayRows.map((r) => [r.ref, r.id]));
  const acceptedIds = new Map(accepted.map((a) => [a.signalId, a.ref]));
  const doubtIds = new Map<string, string>();
  for (const d of inDoubt) {
    const id = d.via === 'gateway' ? gatewayIds.get(d.ref) : d.signalId;
    // A gateway batch that the gateway did store is accepted, whether or not its answer arrived.
    if (id && d.via === 'gateway') acceptedIds.set(id, d.ref);
    else if (id) doubtIds.set(id, d.ref);
  }
  const intake = await sql.query<{ id: string; ref: string }>(
    `select signal_id::text as id, payload->>'externalRef' as ref from intake.signals where payload->>'externalRef' like $1`,
    [like],
  );
  const perRef = new Map<string, number>();
  for (const r of intake) perRef.set(r.ref, (perRef.get(r.ref) ?? 0) + 1);
  const intakeIds = new Set(intake.map((r) => r.id));
  const missing = [...acceptedIds.keys()].filter((id) => !intakeIds.has(id));
  const unexpected = [...intakeIds].filter((id) => !acceptedIds.has(id) && !doubtIds.has(id));
  const delivered = [...intakeIds];

  // A client that is not idempotent (the direct load's producer, retrying after a leader change)
  // may put one message on the log twice. Each copy is a submission in its own right: it must be
  // recorded once and recognised as a repeat (verdict duplicate-ref, never routed again).
  const rows = await sql.query<{ k: string; signal_id: string; n: string }>(
    `select case when action = 'signal.routed' and details->>'verdict' = 'duplicate-ref' then 'repeat' else action end as k,
            signal_id, count(*) as n
       from audit.ledger where signal_id = any($1::text[]) group by 1, 2`,
    [delivered],
  );
  const repeats = new Map(rows.filter((r) => r.k === 'repeat').map((r) => [r.signal_id, Number(r.n)]));
  const ledger: Record<string, { entries: number; notOnce: number }> = {};
  for (const k of HOPS) {
    const mine = rows.filter((r) => r.k === k);
    const counted = new Set(mine.map((r) => r.signal_id));
    // Submissions: once per copy on the log; every other hop: once.
    const expectedN = (id: string) => (k === 'signal.submitted' ? 1 + (repeats.get(id) ?? 0) : 1);
    ledger[k] = {
      entries: mine.reduce((s, r) => s + Number(r.n), 0),
      notOnce: mine.filter((r) => Number(r.n) !== expectedN(r.signal_id)).length + delivered.filter((id) => !counted.has(id)).length,
    };
  }
  // Only gateway signals have receipts.
  const gatewaySignalIds = new Set(gatewayIds.values());
  const gatewayDelivered = delivered.filter((id) => gatewaySignalIds.has(id));
  const fbRows = await sql.query<{ k: string; signal_id: string; n: string }>(
    `select status as k, signal_id, count(*) as n from gateway.feedback where signal_id = any($1::text[]) group by 1, 2`,
    [gatewayDelivered],
  );
  const gatewayFeedback: Record<string, { entries: number; notOnce: number }> = {};
  for (const k of ['routed', 'delivered']) {
    const mine = fbRows.filter((r) => r.k === k);
    const counted = new Set(mine.map((r) => r.signal_id));
    gatewayFeedback[k] = {
      entries: mine.reduce((s, r) => s + Number(r.n), 0),
      notOnce: mine.filter((r) => Number(r.n) !== 1).length + gatewayDelivered.filter((id) => !counted.has(id)).length,
    };
  }
  const routerRows = await sql.query<{ signal_id: string; n: string }>(
    `select signal_id::text, count(*) as n from router.signals where signal_id::text = any($1::text[]) group by 1`,
    [delivered],
  );
  return {
    accepted: acceptedIds.size,
    inDoubt: doubtIds.size,
    inDoubtDelivered: [...doubtIds.keys()].filter((id) => intakeIds.has(id)).length,
    inIntake: intake.length,
    missing,
    unexpected,
    intakeDuplicates: [...perRef.values()].filter((n) => n > 1).length,
    ledger,
    gatewayFeedback,
    clientDuplicates: [...repeats.values()].reduce((a, b) => a + b, 0),
    routerSignals: {
      rows: routerRows.reduce((s, r) => s + Number(r.n), 0),
      notOnce: routerRows.filter((r) => Number(r.n) !== 1).length + (delivered.length - routerRows.length),
    },
  };
}
