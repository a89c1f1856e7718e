import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { envInt, EventTypes } from '@passerelle/contracts';
import { KafkaService } from '@passerelle/messaging';
import { derivedId } from '@passerelle/crypto';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RECEIPT_KINDS } from '../feedback/feedback.repository';
import { GatewayAccessOutboxRelay } from '../signals/access-outbox.relay';
import { GatewayAccessOutboxRepository } from '../signals/access-outbox.repository';

/**
 * The parts of the service a notice can name, in general terms (never a topic, an agency or an
 * error text: /health is served without a key):
 * - `database-unavailable`: the gateway's Postgres does not answer (a failover in progress, a lost site);
 * - `kafka-unavailable`: no Kafka broker answers;
 * - `kafka-under-replicated`: partitions have fewer replicas in sync than assigned (a broker or a
 *   site is gone; writes may be refused while min ISR is not met);
 * - `publishing-delayed`: accepted submissions not yet on Kafka after the delay;
 * - `pipeline-delayed`: submissions on Kafka not yet routed after the delay (a consumer stopped);
 * - `site-unreachable`: the gateway of another site does not answer (`site` names it).
 */
export const NOTICE_CODES = [
  'database-unavailable',
  'kafka-unavailable',
  'kafka-under-replicated',
  'publishing-delayed',
  'pipeline-delayed',
  'site-unreachable',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export interface ServiceNotice {
  code: NoticeCode;
  /** When the notice was raised (its first failed check). */
  since: string;
  /** The site a `site-unreachable` names. */
  site?: string;
}

interface Transition {
  part: string;
  notice: ServiceNotice;
  step: 'started' | 'ended';
  at: string;
}

/** `b=http://127.0.0.1:3101,c=…`: the other sites' gateways, checked for an answer on /health. */
function peerGateways(): { site: string; url: string }[] {
  return (process.env.PASSERELLE_PEER_GATEWAYS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => ({ site: s.slice(0, s.indexOf('=')), url: s.slice(s.indexOf('=') + 1).replace(/\/$/, '') }))
    .filter((p) => /^[a-z0-9-]{1,20}$/.test(p.site) && /^https?:\/\//.test(p.url));
}

/**
 * What the agencies are told (issue 30): every `PASSERELLE_NOTICE_CHECK_MS` (10 s) the gateway
 * checks the parts it depends on. A part failing `PASSERELLE_NOTICE_RAISE_CHECKS` (2) checks in a
 * row raises a notice; it clears after `PASSERELLE_NOTICE_CLEAR_CHECKS` (3) good checks in a row,
 * so that a flapping check makes one incident, not one per flap. Notices are shown on /health,
 * in a `Service-Notice` header on every answer of the API and on `GET /v1/service-notices`.
 *
 * Each notice is an incident in the ledger: its start and its end, as `service.incident-started`
 * and `service.incident-ended` entries, through the gateway's access outbox lane and the audit's
 * normal path. `gateway.incidents` holds at most one open incident per part (a unique index): with
 * several gateways, the first to see a start or an end records it, the others find it done. When
 * the gateway's own database is the part that fails, the start and end are recorded, with their
 * times, once it answers again.
 */
@Injectable()
export class ServiceNotices implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ServiceNotices');
  // Read when the app is built: a wrong value stops start-up naming the variable (it used to fall back).
  private readonly checkMs = envInt(process.env, 'PASSERELLE_NOTICE_CHECK_MS', 10_000, { min: 10 });
  private readonly delaySeconds = envInt(process.env, 'PASSERELLE_NOTICE_DELAY_SECONDS', 60, { min: 1 });
  private readonly raiseAfter = envInt(process.env, 'PASSERELLE_NOTICE_RAISE_CHECKS', 2, { min: 1, max: 1000 });
  private readonly clearAfter = envInt(process.env, 'PASSERELLE_NOTICE_CLEAR_CHECKS', 3, { min: 1, max: 1000 });
  private readonly peers = peerGateways();
  private readonly active = new Map<string, ServiceNotice>();
  /** Per part: consecutive failed checks (positive) or good checks (negative), and the first failure. */
  private readonly streak = new Map<string, { n: number; first: string }>();
  private readonly pending: Transition[] = [];
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly ds: DataSource,
    private readonly kafka: KafkaService,
    private readonly outbox: GatewayAccessOutboxRepository,
    private readonly relay: GatewayAccessOutboxRelay,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.checkNow(), this.checkMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** The notices in force, oldest first. */
  notices(): ServiceNotice[] {
    return [...this.active.values()].sort((a, b) => a.since.localeCompare(b.since));
  }

  /** The `Service-Notice` header's value: `code; since=<instant>[; site=<site>]`, comma-separated; null when none. */
  header(): string | null {
    const list = this.notices();
    if (list.length === 0) return null;
    return list.map((n) => [n.code, `since=${n.since}`, ...(n.site ? [`site=${n.site}`] : [])].join('; ')).join(', ');
  }

  /** One round of checks (one at a time); also what the timer runs. */
  checkNow(): Promise<void> {
    this.running ??= this.round().finally(() => (this.running = undefined));
    return this.running;
  }

  private async round(): Promise<void> {
    const failing = new Map<string, ServiceNotice>();
    const now = new Date().toISOString();
    const fail = (code: NoticeCode, site?: string) =>
      failing.set(site ? `${code}:${site}` : code, { code, since: now, ...(site ? { site } : {}) });
    const db = await this.withTimeout(this.ds.query('select 1'), 5000).then(
      () => true,
      () => false,
    );
    if (!db) fail('database-unavailable');
    else {
      const delay = this.delaySeconds;
      const [row] = await this.ds
        .query(
          `select
             (select count(*)::int from gateway.outbox
               where published_at is null and parked_at is null and occurred_at < now() - make_interval(secs => $1)) as unpublished,
             (select count(*)::int from gateway.signal_status p
               where p.status = 'published' and p.at > now() - interval '1 day' and p.at < now() - make_interval(secs => $1)
                 and not exists (select 1 from gateway.feedback f where f.signal_id = p.signal_id::text and f.status = any($2::text[]))) as unrouted`,
          [delay, RECEIPT_KINDS],
        )
        .catch(() => [undefined]);
      if (row?.unpublished > 0) fail('publishing-delayed');
      if (row?.unrouted > 0) fail('pipeline-delayed');
    }
    try {
      await this.withTimeout(this.kafka.ping(), 5000);
      const underReplicated = await this.withTimeout(
        this.kafka.withAdmin(async (admin) => {
          const prefix = this.kafka.topics.prefix;
          const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix) && !t.startsWith('__'));
          if (topics.length === 0) return 0;
          const { topics: meta } = await admin.fetchTopicMetadata({ topics });
          return meta.reduce((n, t) => n + t.partitions.filter((p) => p.isr.length < p.replicas.length).length, 0);
        }),
        8000,
      ).catch(() => 0);
      if (underReplicated > 0) fail('kafka-under-replicated');
    } catch {
      fail('kafka-unavailable');
    }
    for (const peer of this.peers) {
      const answered = await fetch(`${peer.url}/health`, { signal: AbortSignal.timeout(3000) }).then(
        async (r) => (await r.arrayBuffer(), true),
        () => false,
      );
      if (!answered) fail('site-unreachable', peer.site);
    }
    this.judge(failing, now);
    if (db) await this.flush();
  }

  /** Raises and clears notices by their streaks; each raise and clear is an incident's start or end. */
  private judge(failing: Map<string, ServiceNotice>, now: string): void {
    const parts = new Set([...failing.keys(), ...this.streak.keys(), ...this.active.keys()]);
    for (const part of parts) {
      const prev = this.streak.get(part) ?? { n: 0, first: now };
      const next = failing.has(part)
        ? prev.n > 0
          ? { n: prev.n + 1, first: prev.first }
          : { n: 1, first: now }
        : { n: Math.min(prev.n, 0) - 1, first: prev.first };
      this.streak.set(part, next);
      const shown = this.active.get(part);
      if (!shown && next.n >= this.raiseAfter) {
        const notice = { ...failing.get(part)!, since: next.first };
        this.active.set(part, notice);
        this.pending.push({ part, notice, step: 'started', at: next.first });
        this.logger.warn(`service notice raised: ${part}`);
      } else if (shown && -next.n >= this.clearAfter) {
        this.active.delete(part);
        this.pending.push({ part, notice: shown, step: 'ended', at: now });
        this.logger.log(`service notice cleared: ${part}`);
      }
      if (!this.active.has(part) && next.n <= -this.clearAfter) this.streak.delete(part);
    }
  }

  /** Records the pending starts and ends in gateway.incidents and the access outbox, in order. */
  private async flush(): Promise<void> {
    while (this.pending.length) {
      const t = this.pending[0];
      try {
        await this.ds.transaction(async (tx) => {
          // TypeORM answers an UPDATE … RETURNING as [rows, count], an INSERT … RETURNING as rows.
          const rowsOf = (r: unknown[]) => (Array.isArray(r[0]) ? (r[0] as unknown[]) : r) as { id: string; started_ms: number }[];
          let incident: { id: string; started_ms: number } | undefined;
          if (t.step === 'started') {
            [incident] = rowsOf(
              await tx.query(
                `insert into gateway.incidents (id, part, code, site, started_at) values ($1, $2, $3, $4, $5)
               on conflict (part) where ended_at is null do nothing returning id, (extract(epoch from started_at) * 1000)::float8 as started_ms`,
                [derivedId('incident', t.part, t.at), t.part, t.notice.code, t.notice.site ?? null, t.at],
              ),
            );
          } else {
            [incident] = rowsOf(
              await tx.query(
                `update gateway.incidents set ended_at = $2 where part = $1 and ended_at is null returning id, (extract(epoch from started_at) * 1000)::float8 as started_ms`,
                [t.part, t.at],
              ),
            );
          }
          // Another gateway recorded it already (or nothing is open): nothing more to say.
          if (!incident) return;
          const startedAt = new Date(incident.started_ms).toISOString();
          const payload = {
            eventId: `incident:${incident.id}:${t.step}`,
            occurredAt: t.at,
            incidentId: incident.id,
            step: t.step,
            part: t.notice.code,
            ...(t.notice.site ? { site: t.notice.site } : {}),
            startedAt,
            ...(t.step === 'ended' ? { endedAt: t.at } : {}),
          };
          await this.outbox.enqueue(
            [
              {
                topic: this.kafka.topics.accessRecorded,
                key: `incident:${t.part}`,
                id: payload.eventId,
                type: EventTypes.serviceIncident,
                time: t.at,
                traceId: randomBytes(16).toString('hex'),
                payload,
              },
            ],
            tx,
          );
        });
      } catch (e) {
        this.logger.warn(`incident not recorded yet (${(e as Error).name}: ${(e as Error).message}); retried at the next check`);
        return;
      }
      this.pending.shift();
      this.relay.nudge();
    }
  }

  private withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
    let timer: NodeJS.Timeout;
    return Promise.race([
      p,
      new Promise<T>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]).finally(() => clearTimeout(timer));
  }
}
