import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AlertFact } from './alert-ledger';

/** Writes alert steps for the ledger in the given transaction (AlertLedger.record). */
export type RecordAlertFacts = (facts: AlertFact[], em: EntityManager) => Promise<void>;

/** A person on the rota: the name of its principal and the address alerts go to. */
export interface RotaPerson {
  name: string;
  email: string;
}

/** What acknowledging answered: done (now or before), no such alert, or not one the caller was alerted to. */
export type AcknowledgeResult =
  | { outcome: 'acknowledged'; acknowledgedAt: Date; acknowledgedBy: string; first: boolean }
  | { outcome: 'not-found' }
  | { outcome: 'not-alerted' };

/**
 * A failure as a reason code the ledger keeps (`http-500`, `timeout`, `econnrefused`). A timed-out
 * fetch rejects with a DOMException whose numeric `code` (23) says nothing: its name decides; a fetch
 * that could not connect is a `TypeError` whose cause carries the system code.
 */
export function failureCode(e: unknown): string {
  const err = (e ?? {}) as { code?: unknown; name?: unknown; cause?: { code?: unknown } };
  const name = typeof err.name === 'string' ? err.name : '';
  const raw =
    name === 'TimeoutError' || name === 'AbortError'
      ? 'timeout'
      : typeof err.code === 'string'
        ? err.code
        : typeof err.cause?.code === 'string'
          ? err.cause.code
          : name || 'error';
  const code = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return code || 'error';
}

/** What raised an alert: an immediate signal (OCAM's analysts), or OCAM's question or RFI to an agency (its permanence cell). */
export type AlertKind = 'immediate-signal' | 'question' | 'rfi';

export interface NewAlert {
  id: string;
  kind: AlertKind;
  /** `immediate` (a signal), `request` (a question or an RFI to an agency). */
  level: string;
  signalId: string | null;
  productId?: string | null;
  /** The agency whose permanence cell it alerts; null: OCAM's analysts on duty. */
  agency?: string | null;
  /** What raised it, once: the assessment's feedback id, or `<product>:<agency>`; null for an immediate signal. */
  ref?: string | null;
  rotaVersion: number;
  recipient: string;
  escalateAt: Date | null;
  /** Raised about an exercise: labelled as one in every message, in the ledger and at the gateway. */
  exercise?: boolean;
}

interface AlertRow {
  id: string;
  kind: string;
  level: string;
  signal_id: string | null;
  product_id: string | null;
  agency: string | null;
  rota_version: number;
  step: number;
  exercise: boolean;
}

/** Where a delivery goes, as the dispatcher keeps one send at a time to it: `<channel> <target>`. */
export const deliveryTarget = (d: { channel: string; target: string }): string => `${d.channel} ${d.target}`;

/**
 * The advisory lock key of a delivery target (`deliveryTarget`), held by the transaction that sends to
 * it, so that intake instances never send to one target at once: a 64-bit key whose top 16 bits are
 * this tag ('PA'), the rest a SHA-256 of the target — apart from the router's ('PR') and from the
 * `hashtext` keys of the code base (within 32 bits).
 */
const TARGET_LOCK_TAG = 0x5041n;
const LOW_48 = (1n << 48n) - 1n;
export function targetLockKey(target: string): bigint {
  const low = BigInt('0x' + createHash('sha256').update(target).digest('hex').slice(0, 12)) & LOW_48;
  return (TARGET_LOCK_TAG << 48n) | low;
}

/** How many due targets one claim tries, oldest first, when others are being sent to elsewhere. */
const CLAIM_CANDIDATES = 64;

export interface DueDelivery {
  id: string;
  alertId: string;
  level: string;
  step: number;
  channel: 'email' | 'webhook';
  target: string;
  attempts: number;
  kind: string;
  rotaVersion: number;
  signalId: string | null;
  productId: string | null;
  agency: string | null;
  recipient: string | null;
  recipientId: string | null;
  exercise: boolean;
}

/** The only place that touches `intake.alerts` and `intake.alert_deliveries`. */
@Injectable()
export class AlertsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * The principals (not revoked) the rota's names are: analysts for OCAM's rota, the agency's own
   * POCs for its permanence cell (a name of another agency's principal resolves to nobody).
   * Keyed `<agency or ->:<name>`.
   */
  private async principalIds(people: { name: string; agency: string | null }[], em: EntityManager): Promise<Map<string, string>> {
    if (people.length === 0) return new Map();
    const rows: { id: string; name: string; role: string; agency: string | null }[] = await em.query(
      `select id::text, name, role, agency from identity.principals where name = any($1::text[]) and revoked_at is null`,
      [[...new Set(people.map((p) => p.name))]],
    );
    const ids = new Map<string, string>();
    for (const p of people) {
      const r = rows.find((x) => x.name === p.name && (p.agency ? x.role === 'poc' && x.agency === p.agency : x.role === 'analyst'));
      if (r) ids.set(`${p.agency ?? '-'}:${p.name}`, r.id);
    }
    return ids;
  }

  /**
   * The points of contact among these principal ids, with their names and agencies as the intake's
   * principals hold them (revoked ones too: an acknowledgement made before a revocation stands).
   */
  async pointsOfContact(ids: string[]): Promise<Map<string, { name: string; agency: string }>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string; agency: string }[] = await this.ds.query(
      `select id::text, name, agency from identity.principals where id = any($1::uuid[]) and role = 'poc' and agency is not null`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { name: r.name, agency: r.agency }]));
  }

  /**
   * Raises the alerts (once per signal and kind) and queues their first deliveries, in the caller's
   * transaction: an alert is as durable as the signal that raised it, and so is its ledger entry.
   */
  async raise(
    alerts: NewAlert[],
    deliveries: (a: NewAlert) => { channel: 'email' | 'webhook'; target: string }[],
    em: EntityManager,
    record: RecordAlertFacts,
  ) {
    if (alerts.length === 0) return [];
    const found = await this.principalIds(
      alerts.map((a) => ({ name: a.recipient, agency: a.agency ?? null })),
      em,
    );
    const ids = { get: (a: NewAlert) => found.get(`${a.agency ?? '-'}:${a.recipient}`) ?? null };
    const rows: { id: string }[] = await em.query(
      `insert into intake.alerts (id, kind, level, signal_id, rota_version, recipient, escalate_at, recipient_id, alerted_ids,
                                  product_id, agency, ref, exercise)
       select id, kind, level, signal_id, rota_version, recipient, escalate_at, recipient_id,
              case when recipient_id is null then '{}'::uuid[] else array[recipient_id] end, product_id, agency, ref, exercise
         from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::int[], $6::text[], $7::timestamptz[], $8::uuid[],
                     $9::uuid[], $10::text[], $11::text[], $12::boolean[])
              as t (id, kind, level, signal_id, rota_version, recipient, escalate_at, recipient_id, product_id, agency, ref, exercise)
       on conflict do nothing returning id`,
      [
        alerts.map((a) => a.id),
        alerts.map((a) => a.kind),
        alerts.map((a) => a.level),
        alerts.map((a) => a.signalId),
        alerts.map((a) => a.rotaVersion),
        alerts.map((a) => a.recipient),
        alerts.map((a) => a.escalateAt),
        alerts.map((a) => ids.get(a)),
        alerts.map((a) => a.productId ?? null),
        alerts.map((a) => a.agency ?? null),
        alerts.map((a) => a.ref ?? null),
        alerts.map((a) => a.exercise === true),
      ],
    );
    const raised = new Set(rows.map((r) => r.id));
    const fresh = alerts.filter((a) => raised.has(a.id));
    await this.queue(
      fresh.flatMap((a) => deliveries(a).map((d) => ({ alertId: a.id, step: 0, recipient: a.recipient, recipientId: ids.get(a), ...d }))),
      em,
    );
    await record(
      fresh.map((a) => ({
        step: 'raised',
        alertId: a.id,
        alertLevel: a.level,
        kind: a.kind,
        rotaVersion: a.rotaVersion,
        rotaStep: 0,
        principalId: ids.get(a),
        principalName: a.recipient,
        signalId: a.signalId,
        productId: a.productId ?? null,
        agency: a.agency ?? null,
        exercise: a.exercise === true,
      })),
      em,
    );
    return fresh;
  }

  private async queue(
    ds: { alertId: string; step: number; channel: string; target: string; recipient: string; recipientId: string | null }[],
    em: EntityManager,
  ): Promise<void> {
    if (ds.length === 0) return;
    await em.query(
      `insert into intake.alert_deliveries (alert_id, step, channel, target, recipient, recipient_id)
       select * from unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::uuid[]) on conflict do nothing`,
      [
        ds.map((d) => d.alertId),
        ds.map((d) => d.step),
        ds.map((d) => d.channel),
        ds.map((d) => d.target),
        ds.map((d) => d.recipient),
        ds.map((d) => d.recipientId),
      ],
    );
  }

  /**
   * Unacknowledged alerts whose escalation time has passed move to the next step of the rota
   * (`recipientAt(step)`; null: nobody left, the alert stays with the last one) and get its
   * deliveries; the principal escalated to may acknowledge it from then on, as may those before.
   */
  async escalate(
    recipientAt: (step: number, agency: string | null) => RotaPerson | null,
    nextEscalation: (agency: string | null) => Date,
    webhook: (agency: string | null) => string | null,
    record: RecordAlertFacts,
  ): Promise<number> {
    return this.ds.transaction(async (em) => {
      const due: AlertRow[] = await em.query(
        `select id::text, kind, level, signal_id::text, product_id::text, agency, rota_version, step, exercise from intake.alerts
          where acknowledged_at is null and escalate_at <= now()
          order by escalate_at limit 100 for update skip locked`,
      );
      const ids = await this.principalIds(
        due.flatMap((a) => {
          const next = recipientAt(a.step + 1, a.agency);
          return next ? [{ name: next.name, agency: a.agency }] : [];
        }),
        em,
      );
      let n = 0;
      for (const a of due) {
        const next = recipientAt(a.step + 1, a.agency);
        if (!next) {
          await em.query(`update intake.alerts set escalate_at = null where id = $1`, [a.id]);
          continue;
        }
        const nextId = ids.get(`${a.agency ?? '-'}:${next.name}`) ?? null;
        const later = recipientAt(a.step + 2, a.agency) ? nextEscalation(a.agency) : null;
        const hook = webhook(a.agency);
        await em.query(
          `update intake.alerts set step = step + 1, recipient = $2::text, escalate_at = $3::timestamptz, recipient_id = $4::uuid,
                  alerted_ids = case when $4::uuid is null or $4::uuid = any(alerted_ids) then alerted_ids else alerted_ids || $4::uuid end
            where id = $1`,
          [a.id, next.name, later, nextId],
        );
        const to = { recipient: next.name, recipientId: nextId };
        await this.queue(
          [
            { alertId: a.id, step: a.step + 1, channel: 'email', target: next.email, ...to },
            ...(hook ? [{ alertId: a.id, step: a.step + 1, channel: 'webhook', target: hook, ...to }] : []),
          ],
          em,
        );
        await record(
          [
            {
              step: 'escalated',
              alertId: a.id,
              alertLevel: a.level,
              kind: a.kind,
              rotaVersion: a.rota_version,
              rotaStep: a.step + 1,
              principalId: nextId,
              principalName: next.name,
              signalId: a.signal_id,
              productId: a.product_id,
              agency: a.agency,
              exercise: a.exercise,
            },
          ],
          em,
        );
        n++;
      }
      return n;
    });
  }

  /**
   * Claims one due delivery and runs `send` on it, in one transaction holding its row for the whole
   * send (`for update skip locked`: another intake instance, or another of this one's sends, skips it,
   * so a delivery is never sent twice at once): sent, or retried later with backoff, or parked after
   * `maxAttempts`. A delivery sent or parked is in the ledger, in the transaction that says so.
   * The transaction also holds its target's advisory lock (`targetLockKey`), so that no other intake
   * instance sends to that target meanwhile: one send per target at a time across instances.
   * `busy` lists the targets (`deliveryTarget`) this instance is sending to now: none of theirs is
   * claimed (their locks would refuse anyway: this spares the tries). `claimed` is called once the claim is decided (with null when nothing was due), before
   * the send. Answers null when nothing was claimed.
   */
  async deliverOne(
    send: (d: DueDelivery) => Promise<void>,
    backoffMs: (attempts: number) => number,
    maxAttempts: number,
    record: RecordAlertFacts,
    busy: string[],
    claimed: (d: DueDelivery | null) => void,
  ): Promise<'sent' | 'failed' | null> {
    return this.ds.transaction(async (em) => {
      let d: DueDelivery | undefined;
      try {
        // The due targets, oldest first (nothing locked yet); then, in that order, the first whose
        // advisory lock this transaction gets — no other instance is sending to it — and, of that
        // target, its oldest due delivery, row-locked. A target whose lock is taken is being sent to
        // elsewhere: skipped. (A lock got for a target whose deliveries another claim took meanwhile
        // is held until this transaction ends: that target waits for this send, nothing more.)
        const targets: { target: string }[] = await em.query(
          `select d.channel || ' ' || d.target as target
             from intake.alert_deliveries d
            where d.sent_at is null and d.parked_at is null and d.next_attempt_at <= now()
              and not (d.channel || ' ' || d.target = any($1::text[]))
            group by 1 order by min(d.next_attempt_at) limit ${CLAIM_CANDIDATES}`,
          [busy],
        );
        for (const { target } of targets) {
          const [{ locked }]: { locked: boolean }[] = await em.query(`select pg_try_advisory_xact_lock($1::bigint) as locked`, [
            targetLockKey(target).toString(),
          ]);
          if (!locked) continue;
          const rows: DueDelivery[] = await em.query(
            `select d.id::text, d.alert_id::text as "alertId", a.level, d.step, d.channel, d.target, d.attempts,
                    a.kind, a.rota_version as "rotaVersion", a.signal_id::text as "signalId", a.product_id::text as "productId", a.agency,
                    d.recipient, d.recipient_id::text as "recipientId", a.exercise
               from intake.alert_deliveries d join intake.alerts a on a.id = d.alert_id
              where d.sent_at is null and d.parked_at is null and d.next_attempt_at <= now()
                and d.channel || ' ' || d.target = $1
              order by d.next_attempt_at limit 1 for update of d skip locked`,
            [target],
          );
          d = rows[0];
          if (d) break;
        }
      } finally {
        claimed(d ?? null);
      }
      if (!d) return null;
      const fact = {
        alertId: d.alertId,
        alertLevel: d.level,
        kind: d.kind,
        rotaVersion: d.rotaVersion,
        rotaStep: d.step,
        principalId: d.recipientId,
        principalName: d.recipient,
        channel: d.channel,
        signalId: d.signalId,
        productId: d.productId,
        agency: d.agency,
        exercise: d.exercise,
      };
      try {
        await send(d);
        await em.query(`update intake.alert_deliveries set sent_at = now(), attempts = attempts + 1 where id = $1`, [d.id]);
        await record([{ ...fact, step: 'sent', attempts: d.attempts + 1 }], em);
        return 'sent';
      } catch (e) {
        const attempts = d.attempts + 1;
        const code = failureCode(e);
        await em.query(
          `update intake.alert_deliveries set attempts = $2::int, last_error = $3::text,
             next_attempt_at = now() + make_interval(secs => $4::double precision / 1000),
             parked_at = case when $2::int >= $5::int then now() else null end
           where id = $1`,
          [d.id, attempts, code, backoffMs(attempts), maxAttempts],
        );
        if (attempts >= maxAttempts) await record([{ ...fact, step: 'parked', attempts, reason: code }], em);
        return 'failed';
      }
    });
  }

  /** Deliveries set aside after too many failures, by channel. */
  async parked(): Promise<Record<string, number>> {
    const rows: { channel: string; n: number }[] = await this.ds.query(
      `select channel, count(*)::int as n from intake.alert_deliveries where parked_at is not null group by channel`,
    );
    return Object.fromEntries(rows.map((r) => [r.channel, r.n]));
  }

  /**
   * Acknowledges an alert once, by a principal it reached (the first person alerted or one it was
   * escalated to): stops its escalation, with its ledger entry in the same transaction.
   * Acknowledging again answers the first acknowledgement.
   */
  async acknowledge(
    id: string,
    by: { id: string; name: string },
    record: RecordAlertFacts,
    /** Only an alert to this agency's permanence cell (an acknowledgement that came from its gateway). */
    agency?: string,
  ): Promise<AcknowledgeResult> {
    return this.ds.transaction(async (em) => {
      const rows: (AlertRow & { acknowledged_at: Date | null; acknowledged_by: string | null; alerted: boolean })[] = await em.query(
        `select id::text, kind, level, signal_id::text, product_id::text, agency, rota_version, step, exercise, acknowledged_at,
                acknowledged_by::text,
                $2::uuid = any(alerted_ids) as alerted
           from intake.alerts where id = $1 for update`,
        [id, by.id],
      );
      const a = rows[0];
      if (!a || (agency !== undefined && a.agency !== agency)) return { outcome: 'not-found' };
      if (!a.alerted) return { outcome: 'not-alerted' };
      if (a.acknowledged_at)
        return { outcome: 'acknowledged', acknowledgedAt: a.acknowledged_at, acknowledgedBy: a.acknowledged_by!, first: false };
      const [done]: { acknowledged_at: Date }[] = await em.query(
        // As a select: TypeORM answers an UPDATE ... RETURNING with [rows, count].
        `with changed as (update intake.alerts set acknowledged_at = now(), acknowledged_by = $2, escalate_at = null
                           where id = $1 returning acknowledged_at)
         select acknowledged_at from changed`,
        [id, by.id],
      );
      await record(
        [
          {
            step: 'acknowledged',
            alertId: a.id,
            alertLevel: a.level,
            kind: a.kind,
            rotaVersion: a.rota_version,
            rotaStep: a.step,
            principalId: by.id,
            principalName: by.name,
            signalId: a.signal_id,
            productId: a.product_id,
            agency: a.agency,
            exercise: a.exercise,
          },
        ],
        em,
      );
      return { outcome: 'acknowledged', acknowledgedAt: done.acknowledged_at, acknowledgedBy: by.id, first: true };
    });
  }
}
