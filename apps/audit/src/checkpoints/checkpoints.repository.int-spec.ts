import { createTestDatabase } from '@passerelle/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ledgerInstant } from '../ledger/ledger-entry';
import { Checkpoint } from './checkpoint-signature';
import { CheckpointsRepository } from './checkpoints.repository';

/**
 * audit.checkpoints (CheckpointsRepository) on a real Postgres database of its own, no Kafka: one
 * checkpoint per seq and key (a second signing answers the first), the orders each read promises,
 * what a missing one returns, and the table's append-only guard.
 */
describe('CheckpointsRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let checkpoints: CheckpointsRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    checkpoints = new CheckpointsRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const checkpoint = (seq: number, keyId = 'key-a'): Checkpoint => ({
    seq: String(seq),
    hash: randomBytes(32).toString('hex'),
    signedAt: ledgerInstant(new Date()),
    algorithm: 'Ed25519',
    keyId,
    publicKey: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n',
    signature: randomBytes(64).toString('base64'),
  });

  it('stores a checkpoint once per seq and key: a second signing answers the first, as stored', async () => {
    const c = checkpoint(10);
    expect(await checkpoints.insert(c)).toEqual({ checkpoint: c, created: true });
    expect(await checkpoints.insert({ ...checkpoint(10), signedAt: ledgerInstant(new Date(Date.now() + 1000)) })).toEqual({
      checkpoint: c,
      created: false,
    });
    expect((await checkpoints.insert(checkpoint(10, 'key-b'))).created).toBe(true);
  });

  it('reads in the orders promised, per key when asked; nothing found is null or empty', async () => {
    for (const seq of [20, 30, 40]) await checkpoints.insert(checkpoint(seq));
    await checkpoints.insert(checkpoint(35, 'key-b'));
    expect((await checkpoints.latest(2)).map((c) => [c.seq, c.keyId])).toEqual([
      ['40', 'key-a'],
      ['35', 'key-b'],
    ]);
    expect((await checkpoints.latest(10, 'key-b')).map((c) => c.seq)).toEqual(['35', '10']);
    expect(await checkpoints.latest(10, 'key-none')).toEqual([]);
    expect((await checkpoints.inRange('20', '35')).map((c) => c.seq)).toEqual(['20', '30', '35']);
    expect((await checkpoints.firstAtOrAfter('21', 'key-a'))?.seq).toBe('30');
    expect(await checkpoints.firstAtOrAfter('41', 'key-a')).toBeNull();
    expect((await checkpoints.page('10', 2)).map((c) => c.seq)).toEqual(['20', '30']);
    expect((await checkpoints.page('35', 10)).map((c) => c.seq)).toEqual(['40']);
    // Numbers, not text: seq 100 comes after seq 40.
    await checkpoints.insert(checkpoint(100));
    expect((await checkpoints.latest(1))[0].seq).toBe('100');
  });

  it('can be appended to only: an update or a delete is refused by the database', async () => {
    await expect(ds.query(`update audit.checkpoints set hash = 'x'`)).rejects.toThrow();
    await expect(ds.query(`delete from audit.checkpoints`)).rejects.toThrow();
    expect((await checkpoints.latest(100)).length).toBeGreaterThan(0);
  });
});
