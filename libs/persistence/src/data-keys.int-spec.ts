import { createTestDatabase } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DataKeyStore } from './data-keys';

/** The data keys in real Postgres: drawn once per signal, read back alike, gone for good once destroyed. */
describe('DataKeyStore', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let store: DataKeyStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    store = new DataKeyStore(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('draws a key per signal once: a second draw (a redelivery) and a read give the same key', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const first = await store.ensure([a]);
    const second = await store.ensure([a, b, b]);
    expect(second.get(a)).toEqual(first.get(a));
    expect(second.get(b)).toHaveLength(32);
    expect(second.get(b)).not.toEqual(second.get(a));
    expect((await store.load([a, b])).get(b)).toEqual(second.get(b));
    // At rest the key is wrapped: the stored bytes do not contain it.
    const [{ wrapped }] = await ds.query(`select wrapped from keys.data_keys where signal_id = $1`, [a]);
    expect((wrapped as Buffer).includes(first.get(a)!)).toBe(false);
  });

  it('destroys keys: nothing is left to read, and a non-UUID id is ignored', async () => {
    const id = randomUUID();
    await store.ensure([id]);
    expect(await store.destroy([id, 'not-a-uuid'])).toBe(1);
    expect((await store.load([id])).size).toBe(0);
    expect(await ds.query(`select 1 from keys.data_keys where signal_id = $1`, [id])).toEqual([]);
    expect(await store.destroy([id])).toBe(0);
  });
});
