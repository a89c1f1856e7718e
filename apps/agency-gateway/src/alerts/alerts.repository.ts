import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A step of an alert to this agency's permanence cell, as the intake told it. */
export interface AlertNotice {
  alertId: string;
  agency: string;
  step: 'raised' | 'escalated' | 'acknowledged';
  kind: string;
  level: string;
  exercise: boolean;
  principalId: string;
  signalId: string | null;
  productId: string | null;
  link: string;
  occurredAt: string;
}

/** An alert as a POC it reached sees it: ids, codes, the link; never content. */
export interface GatewayAlert {
  alertId: string;
  kind: string;
  level: string;
  exercise: boolean;
  signalId: string | null;
  productId: string | null;
  link: string;
  raisedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
}

const COLUMNS = `id::text as "alertId", kind, level, exercise, signal_id::text as "signalId", product_id::text as "productId", link,
  raised_at as "raisedAt", acknowledged_at as "acknowledgedAt", acknowledged_by::text as "acknowledgedBy"`;

/** The only place that touches gateway.alerts. */
@Injectable()
export class GatewayAlertsRepository {
  constructor(private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /**
   * Files the intake's notices, in order: an alert raised, the POCs it reached added (escalated),
   * its acknowledgement (the first one kept). Idempotent: a repeated notice changes nothing.
   */
  async store(notices: AlertNotice[]): Promise<void> {
    if (notices.length === 0) return;
    await this.ds.transaction(async (em) => {
      for (const n of notices) {
        await em.query(
          `insert into gateway.alerts (id, agency, kind, level, exercise, signal_id, product_id, link, alerted_ids, raised_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, '{}', $9)
           on conflict (id) do nothing`,
          [n.alertId, n.agency, n.kind, n.level, n.exercise, n.signalId, n.productId, n.link, n.occurredAt],
        );
        if (n.step === 'acknowledged')
          await em.query(
            `update gateway.alerts set acknowledged_at = $2, acknowledged_by = $3
              where id = $1 and acknowledged_at is null`,
            [n.alertId, n.occurredAt, n.principalId],
          );
        else
          await em.query(
            `update gateway.alerts set alerted_ids = alerted_ids || $2::uuid
              where id = $1 and not ($2::uuid = any(alerted_ids))`,
            [n.alertId, n.principalId],
          );
      }
    });
  }

  /** The agency's alerts that reached this POC, newest first. */
  async reachedBy(agency: string, principalId: string, limit: number): Promise<GatewayAlert[]> {
    return this.ds.query(
      `select ${COLUMNS} from gateway.alerts where agency = $1 and $2::uuid = any(alerted_ids) order by raised_at desc, id limit $3`,
      [agency, principalId, limit],
    );
  }

  /** One alert of the agency, with whether it reached this POC, locked for the acknowledgement. */
  async forUpdate(
    em: EntityManager,
    agency: string,
    id: string,
    principalId: string,
  ): Promise<(GatewayAlert & { reached: boolean }) | null> {
    const rows: (GatewayAlert & { reached: boolean })[] = await em.query(
      `select ${COLUMNS}, $3::uuid = any(alerted_ids) as reached from gateway.alerts where id = $1 and agency = $2 for update`,
      [id, agency, principalId],
    );
    return rows[0] ?? null;
  }

  async acknowledge(em: EntityManager, id: string, principalId: string): Promise<Date> {
    const [row]: { at: Date }[] = await em.query(
      `with changed as (update gateway.alerts set acknowledged_at = now(), acknowledged_by = $2 where id = $1 returning acknowledged_at)
       select acknowledged_at as at from changed`,
      [id, principalId],
    );
    return row.at;
  }
}
