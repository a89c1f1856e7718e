import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface NewAlert {
  id: string;
  kind: 'immediate-signal';
  level: 'immediate';
  signalId: string;
  rotaVersion: number;
  recipient: string;
  escalateAt: Date | null;
}

export interface DueDelivery {
  id: string;
  alertId: string;
  level: string;
  step: number;
  channel: 'email' | 'webhook';
  target: string;
  attempts: number;
}

/** The only place that touches `intake.alerts` and `intake.alert_deliveries`. */
@Injectable()
export class AlertsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Raises the alerts (once per signal and kind) and queues their first deliveries, in the caller's
   * transaction: an alert is as durable as the signal that raised it.
   */
  async raise(alerts: NewAlert[], deliveries: (a: NewAlert) => { channel: 'email' | 'webhook'; target: string }[], em: EntityManager) {
    if (alerts.length === 0) return [];
    const rows: { id: string }[] = await em.query(
      `insert into intake.alerts (id, kind, level, signal_id, rota_version, recipient, escalate_at)
       select * from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::int[], $6::text[], $7::timestamptz[])
       on conflict do nothing returning id`,
      [
        alerts.map((a) => a.id),
        alerts.map((a) => a.kind),
        alerts.map((a) => a.level),
        alerts.map((a) => a.signalId),
        alerts.map((a) => a.rotaVersion),
        alerts.map((a) => a.recipient),
        alerts.map((a) => a.escalateAt),
      ],
    );
    const raised = new Set(rows.map((r) => r.id));
    const fresh = alerts.filter((a) => raised.has(a.id));
    await this.queue(
      fresh.flatMap((a) => deliveries(a).map((d) => ({ alertId: a.id, step: 0, ...d }))),
      em,
    );
    return fresh;
  }

  private async queue(ds: { alertId: string; step: number; channel: string; target: string }[], em: EntityManager): Promise<void> {
    if (ds.length === 0) return;
    await em.query(
      `insert into intake.alert_deliveries (alert_id, step, channel, target)
       select * from unnest($1::uuid[], $2::int[], $3::text[], $4::text[]) on conflict do nothing`,
      [ds.map((d) => d.alertId), ds.map((d) => d.step), ds.map((d) => d.channel), ds.map((d) => d.target)],
    );
  }

  /**
   * Unacknowledged alerts whose escalation time has passed move to the next step of the rota
   * (`recipientAt(step)`; null: nobody left, the alert stays with the last one) and get its deliveries.
   */
  async escalate(
    recipientAt: (step: number) => { name: string; email: string } | null,
    nextEscalation: () => Date,
    webhook: string | null,
  ): Promise<number> {
    return this.ds.transaction(async (em) => {
      const due: { id: string; step: number }[] = await em.query(
        `select id, step from intake.alerts where acknowledged_at is null and escalate_at <= now()
          order by escalate_at limit 100 for update skip locked`,
      );
      let n = 0;
      for (const a of due) {
        const next = recipientAt(a.step + 1);
        if (!next) {
          await em.query(`update intake.alerts set escalate_at = null where id = $1`, [a.id]);
          continue;
        }
        const later = recipientAt(a.step + 2) ? nextEscalation() : null;
        await em.query(`update intake.alerts set step = step + 1, recipient = $2::text, escalate_at = $3::timestamptz where id = $1`, [
          a.id,
          next.name,
          later,
        ]);
        await this.queue(
          [
            { alertId: a.id, step: a.step + 1, channel: 'email', target: next.email },
            ...(webhook ? [{ alertId: a.id, step: a.step + 1, channel: 'webhook', target: webhook }] : []),
          ],
          em,
        );
        n++;
      }
      return n;
    });
  }

  /**
   * Runs `send` on each due delivery, one transaction per delivery holding its row (another
   * intake instance skips it): sent, or retried later with backoff, or parked after `maxAttempts`.
   */
  async deliverDue(
    send: (d: DueDelivery) => Promise<void>,
    backoffMs: (attempts: number) => number,
    maxAttempts: number,
    limit = 20,
  ): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    for (let i = 0; i < limit; i++) {
      const done = await this.ds.transaction(async (em) => {
        const rows: (DueDelivery & { alert_id: string })[] = await em.query(
          `select d.id::text, d.alert_id as "alertId", a.level, d.step, d.channel, d.target, d.attempts
             from intake.alert_deliveries d join intake.alerts a on a.id = d.alert_id
            where d.sent_at is null and d.parked_at is null and d.next_attempt_at <= now()
            order by d.next_attempt_at limit 1 for update of d skip locked`,
        );
        const d = rows[0];
        if (!d) return null;
        try {
          await send(d);
          await em.query(`update intake.alert_deliveries set sent_at = now(), attempts = attempts + 1 where id = $1`, [d.id]);
          return 'sent';
        } catch (e) {
          const attempts = d.attempts + 1;
          const code = String((e as { code?: unknown }).code ?? (e as Error).name ?? 'error').slice(0, 100);
          await em.query(
            `update intake.alert_deliveries set attempts = $2::int, last_error = $3::text,
               next_attempt_at = now() + make_interval(secs => $4::double precision / 1000),
               parked_at = case when $2::int >= $5::int then now() else null end
             where id = $1`,
            [d.id, attempts, code, backoffMs(attempts), maxAttempts],
          );
          return 'failed';
        }
      });
      if (done === null) break;
      if (done === 'sent') sent++;
      else failed++;
    }
    return { sent, failed };
  }

  /** Deliveries set aside after too many failures, by channel. */
  async parked(): Promise<Record<string, number>> {
    const rows: { channel: string; n: number }[] = await this.ds.query(
      `select channel, count(*)::int as n from intake.alert_deliveries where parked_at is not null group by channel`,
    );
    return Object.fromEntries(rows.map((r) => [r.channel, r.n]));
  }

  /** Acknowledges an alert once: stops its escalation. Null when there is no such alert. */
  async acknowledge(id: string, by: string): Promise<{ acknowledgedAt: Date; acknowledgedBy: string; first: boolean } | null> {
    const rows: { acknowledged_at: Date; acknowledged_by: string; first: boolean }[] = await this.ds.query(
      `with changed as (
         update intake.alerts set acknowledged_at = now(), acknowledged_by = $2, escalate_at = null
          where id = $1 and acknowledged_at is null returning acknowledged_at, acknowledged_by, true as first)
       select * from changed
       union all
       select acknowledged_at, acknowledged_by, false from intake.alerts where id = $1 and acknowledged_at is not null
         and not exists (select 1 from changed)`,
      [id, by],
    );
    return rows[0] ? { acknowledgedAt: rows[0].acknowledged_at, acknowledgedBy: rows[0].acknowledged_by, first: rows[0].first } : null;
  }

  async exists(id: string): Promise<boolean> {
    return (await this.ds.query(`select 1 from intake.alerts where id = $1`, [id])).length > 0;
  }
}
