import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface RoutedSignalRow {
  signalId: string;
  agency: string;
  externalRef: string;
  verdict: string;
  destinations: string[];
  traceId: string | null;
}

/** The only place that touches the router schema. */
@Injectable()
export class RoutingRepository {
  constructor(private readonly ds: DataSource) {}

  transaction<T>(fn: (tx: RouterTx) => Promise<T>): Promise<T> {
    return this.ds.transaction((em) => fn(new RouterTx(em)));
  }
}

export class RouterTx {
  constructor(private readonly em: EntityManager) {}

  /** Records the events in the inbox; returns the ids that were not there yet. */
  async claim(events: { eventId: string; topic: string; partition: number; offset: string }[]): Promise<Set<string>> {
    if (events.length === 0) return new Set();
    const rows: { event_id: string }[] = await this.em.query(
      `insert into router.inbox (event_id, topic, kafka_partition, kafka_offset)
       select * from unnest($1::text[], $2::text[], $3::int[], $4::bigint[])
       on conflict (event_id) do nothing returning event_id`,
      [events.map((e) => e.eventId), events.map((e) => e.topic), events.map((e) => e.partition), events.map((e) => e.offset)],
    );
    return new Set(rows.map((r) => r.event_id));
  }

  /** Inserts the signal unless (agency, externalRef) is known; returns false for a repeat. */
  async insertSignal(s: RoutedSignalRow): Promise<boolean> {
    const rows = await this.em.query(
      `insert into router.signals (signal_id, agency, external_ref, verdict, destinations, trace_id)
       values ($1, $2, $3, $4, $5, $6)
       on conflict do nothing returning signal_id`,
      [s.signalId, s.agency, s.externalRef, s.verdict, s.destinations, s.traceId],
    );
    return rows.length > 0;
  }
}
