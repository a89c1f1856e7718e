import { Logger, Provider } from '@nestjs/common';
import { DATA_KEY_READER, DataKeyReader, drawDataKey, unwrapDataKey, WrappedDataKey } from '@passerelle/crypto';
import { DataSource } from 'typeorm';

/** What runs a statement: a DataSource (each statement commits on its own) or a transaction's manager. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/**
 * The repository of `keys.data_keys`: the per-signal data keys that seal content on Kafka (libs/crypto
 * sealing.ts). The router draws them (`ensure`, before it publishes), the intake reads them
 * (`load`, to open its feeds), an erasure or a purge deletes them (`destroy`). Keys are stored
 * wrapped under the deployment's key-encryption key and handed out unwrapped, in memory only.
 */
export class DataKeyStore implements DataKeyReader {
  constructor(private readonly db: Queryable) {}

  /**
   * The data keys of these signals, drawn for those that have none. Run on a DataSource, the keys
   * are committed before the caller publishes anything sealed with them; a redelivered batch finds
   * the same keys (`on conflict do nothing`, then read back).
   */
  async ensure(signalIds: string[]): Promise<Map<string, Buffer>> {
    const ids = [...new Set(signalIds)];
    if (ids.length === 0) return new Map();
    const fresh = ids.map((id) => drawDataKey(id));
    const inserted: { signal_id: string }[] = await this.db.query(
      `insert into keys.data_keys (signal_id, wrapped, kek_id)
       select * from unnest($1::uuid[], $2::bytea[], $3::text[])
       on conflict (signal_id) do nothing returning signal_id::text`,
      [ids, fresh.map((k) => k.wrapped.wrapped), fresh.map((k) => k.wrapped.kekId)],
    );
    // The keys drawn now are in hand; those drawn before (a redelivery, the gateway's) are read back.
    const drawnNow = new Set(inserted.map((r) => r.signal_id));
    const earlier = await this.load(ids.filter((id) => !drawnNow.has(id.toLowerCase())));
    return new Map(ids.map((id, i) => [id, drawnNow.has(id.toLowerCase()) ? fresh[i].key : earlier.get(id.toLowerCase())!]));
  }

  /** The data keys these signals still have (an erased or purged signal has none), unwrapped. */
  async load(signalIds: string[]): Promise<Map<string, Buffer>> {
    const wrapped = await this.loadWrapped(signalIds);
    return new Map([...wrapped].map(([id, k]) => [id, unwrapDataKey(id, k)]));
  }

  /** The data keys these signals still have, wrapped as stored (keyed by the signal id in lower case). */
  async loadWrapped(signalIds: string[]): Promise<Map<string, WrappedDataKey>> {
    const ids = [...new Set(signalIds)];
    if (ids.length === 0) return new Map();
    const rows: { signal_id: string; wrapped: Buffer; kek_id: string }[] = await this.db.query(
      `select signal_id::text, wrapped, kek_id from keys.data_keys where signal_id = any($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.signal_id, { wrapped: r.wrapped, kekId: r.kek_id }]));
  }

  /** Deletes the keys of these signals: every copy sealed with them is unreadable from now on. */
  async destroy(signalIds: string[]): Promise<number> {
    const ids = [...new Set(signalIds)].filter((id) => UUID.test(id));
    if (ids.length === 0) return 0;
    // TypeORM answers a DELETE with [rows, affected count].
    const [, affected]: [unknown[], number] = await this.db.query(`delete from keys.data_keys where signal_id = any($1::uuid[])`, [ids]);
    return affected;
  }
}

/**
 * VACUUM of `keys.data_keys` after deleted keys are committed (an erasure, a purge). A deleted row
 * stays in the table's file as a dead tuple until a vacuum: its wrapped key would outlive the
 * erasure for whoever reads Postgres's files, for as long as autovacuum takes (never, where it is
 * off). Runs on a DataSource, outside any transaction (VACUUM cannot run in one), after the
 * deleting transaction committed. Best effort and logged: a failure (no privilege: VACUUM needs the
 * table's owner) leaves the dead tuples to autovacuum and says so. Requests while one runs make one
 * more run, not one each. What it does not do: see docs/operations.md, _Crypto-shredding_ (WAL,
 * backups and free space in pages can still hold the wrapped key; the KEK elsewhere is what counts).
 */
export class DataKeysVacuum {
  private readonly logger = new Logger('DataKeys');
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly db: Queryable) {}

  /** Asks for a vacuum now; resolves when the run that covers this request is over (never rejects). */
  request(why: string): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.db.query('vacuum keys.data_keys');
          this.logger.log(`keys.data_keys vacuumed after ${why}: the deleted keys' dead tuples are gone from the table`);
        } catch (e) {
          const x = e as { code?: string; message?: string };
          this.logger.warn(
            `VACUUM keys.data_keys after ${why} failed (${x.code ?? ''} ${x.message ?? e}): the deleted keys stay in dead tuples until autovacuum`,
          );
        }
      } while (this.again);
    })().finally(() => (this.running = null));
    return this.running;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What an app that consumes sealed topics provides to the transport: the key store on its DataSource. */
export const dataKeyReaderProvider: Provider = {
  provide: DATA_KEY_READER,
  useFactory: (ds: DataSource): DataKeyReader => new DataKeyStore(ds),
  inject: [DataSource],
};
