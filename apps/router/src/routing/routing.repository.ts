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

  /** Records a rule version when first seen (several router instances load the same file). */
  async recordRuleVersion(version: number, contentHash: string, rules: unknown): Promise<void> {
    await this.ds.query(
      `insert into router.rule_versions (version, content_hash, rules) values ($1, $2, $3) on conflict (version) do nothing`,
      [version, contentHash, JSON.stringify(rules)],
    );
  }
}

export class RouterTx {
  constructor(private readonly em: EntityManager) {}

  /** Records the events in the inbox; returns the ids that were not there yet. */
  claim(events: InboxEntry[]): Promise<Set<string>> {
    return claimInbox(this.em, 'router', events);
  }

  /** Claims a content fingerprint for the agency; returns the signal that owned it first, if another. */
  async claimFingerprint(agency: string, fingerprint: string, signalId: string): Promise<string | null> {
    await this.em.query(`insert into router.fingerprints (agency, fingerprint, signal_id) values ($1, $2, $3) on conflict do nothing`, [
      agency,
      fingerprint,
      signalId,
    ]);
    const [row] = await this.em.query(`select signal_id from router.fingerprints where agency = $1 and fingerprint = $2`, [
      agency,
      fingerprint,
    ]);
    return row.signal_id === signalId ? null : (row.signal_id as string);
  }

  /**
   * Links the signal to the correlation of the first of its subject keys already known, or opens
   * a new one. Key ownership is settled by the subject_keys primary key: of two concurrent
   * routers, one inserts the key and the other waits for it and joins the same correlation.
   */
  async correlate(signalId: string, agency: string, keys: string[]): Promise<{ correlationId: string; matchedKey: string | null }> {
    let correlationId: string | null = null;
    let matchedKey: string | null = null;
    if (keys.length) {
      const known: { key: string; correlation_id: string }[] = await this.em.query(
        `select key, correlation_id from router.subject_keys where key = any($1::text[]) order by created_at, key`,
        [keys],
      );
      if (known.length) {
        correlationId = known[0].correlation_id;
        matchedKey = known[0].key;
      }
    }
    if (!correlationId) {
      correlationId = signalId;
      await this.em.query(`insert into router.correlations (id) values ($1) on conflict do nothing`, [correlationId]);
    }
    if (keys.length) {
      await this.em.query(
        `insert into router.subject_keys (key, correlation_id, first_signal_id)
         select k, $2, $3 from unnest($1::text[]) as k on conflict (key) do nothing`,
        [keys, correlationId, signalId],
      );
      if (!matchedKey) {
        // Lost a race for a key: another router owns it now; join its correlation.
        const [owner] = await this.em.query(
          `select key, correlation_id from router.subject_keys where key = any($1::text[]) and correlation_id <> $2 order by created_at, key limit 1`,
          [keys, correlationId],
        );
        if (owner) {
          correlationId = owner.correlation_id as string;
          matchedKey = owner.key as string;
        }
      }
    }
    await this.em.query(
      `insert into router.correlation_links (correlation_id, signal_id, agency, matched_key) values ($1, $2, $3, $4) on conflict do nothing`,
      [correlationId, signalId, agency, matchedKey],
    );
    return { correlationId, matchedKey };
  }

  async setOutcome(signalId: string, verdict: string, destinations: string[], correlationId: string): Promise<void> {
    await this.em.query(`update router.signals set verdict = $2, destinations = $3, correlation_id = $4 where signal_id = $1`, [
      signalId,
      verdict,
      destinations,
      correlationId,
    ]);
  }

  async signalByRef(agency: string, externalRef: string): Promise<{ signalId: string; correlationId: string | null } | null> {
    const [row] = await this.em.query(`select signal_id, correlation_id from router.signals where agency = $1 and external_ref = $2`, [
      agency,
      externalRef,
    ]);
    return row ? { signalId: row.signal_id, correlationId: row.correlation_id } : null;
  }

  async correlationOf(signalId: string): Promise<string | null> {
    const [row] = await this.em.query(`select correlation_id from router.signals where signal_id = $1`, [signalId]);
    return row?.correlation_id ?? null;
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
