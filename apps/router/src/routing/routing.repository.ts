import { Injectable } from '@nestjs/common';
import { claimInbox, InboxEntry } from '@passerelle/persistence';
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
  claim(events: InboxEntry[]): Promise<Set<string>> {
    return claimInbox(this.em, 'router', events);
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
