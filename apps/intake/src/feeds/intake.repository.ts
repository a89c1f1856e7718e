import { Injectable } from '@nestjs/common';
import { FeedSignalEvent } from '@passerelle/contracts';
import { claimInbox, InboxEntry } from '@passerelle/persistence';
import { DataSource, EntityManager } from 'typeorm';

/** The only place that touches the intake schema. */
@Injectable()
export class IntakeRepository {
  constructor(private readonly ds: DataSource) {}

  transaction<T>(fn: (tx: IntakeTx) => Promise<T>): Promise<T> {
    return this.ds.transaction((em) => fn(new IntakeTx(em)));
  }

  async findSignal(signalId: string): Promise<Record<string, unknown> | null> {
    const rows = await this.ds.query(`select * from intake.signals where signal_id = $1`, [signalId]);
    return rows[0] ?? null;
  }
}

export class IntakeTx {
  constructor(private readonly em: EntityManager) {}

  claim(events: InboxEntry[]): Promise<Set<string>> {
    return claimInbox(this.em, 'intake', events);
  }

  /** Stores the signals in one statement; returns the ids that were new. */
  async insertSignals(events: FeedSignalEvent[]): Promise<Set<string>> {
    if (events.length === 0) return new Set();
    const rows: { signal_id: string }[] = await this.em.query(
      `insert into intake.signals (signal_id, feed, agency, category, urgency, classification, correlation_id, payload, trace_id)
       select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::text[])
       on conflict (signal_id) do nothing returning signal_id`,
      [
        events.map((e) => e.signalId),
        events.map((e) => e.feed),
        events.map((e) => e.agency),
        events.map((e) => e.signal.category),
        events.map((e) => e.signal.urgency),
        events.map((e) => e.signal.classification),
        events.map((e) => e.correlationId),
        events.map((e) => JSON.stringify(e.signal)),
        events.map((e) => e.traceId),
      ],
    );
    return new Set(rows.map((r) => r.signal_id));
  }
}
