import { createTestDatabase } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { KeyHandoversRepository } from './key-handovers.repository';

/**
 * identity.key_handovers (KeyHandoversRepository) on a real Postgres database of its own, no Kafka:
 * a key is redeemed only with both halves (either order), once, before it expires, never while half
 * of it is missing; completing a newer handover lapses an older unredeemed one of the principal.
 */
describe('KeyHandoversRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  const handovers = new KeyHandoversRepository();

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const code = () => `half-${randomUUID()}`;
  const inOneHour = () => new Date(Date.now() + 3_600_000);
  const tx = <T>(fn: (em: DataSource['manager']) => Promise<T>) => ds.transaction(fn);
  /** A handover filed and approved: its two halves. */
  const handover = async (principalId = randomUUID(), expiresAt = inOneHour()) => {
    const requestId = randomUUID();
    const [first, second] = [code(), code()];
    await tx((em) => handovers.open(requestId, principalId, first, em));
    const done = await tx((em) => handovers.complete(requestId, second, expiresAt, em));
    return { requestId, principalId, first, second, done };
  };

  it('redeems with both halves in either order, once; never with one half twice, a wrong half or another handover’s', async () => {
    const h = await handover();
    const other = await handover();
    expect(h.done).toEqual({ requestId: h.requestId, principalId: h.principalId, expiresAt: expect.any(Date), redeemedAt: null });
    expect(await tx((em) => handovers.redeem([h.first, h.first], em))).toBeNull();
    expect(await tx((em) => handovers.redeem([h.first, code()], em))).toBeNull();
    expect(await tx((em) => handovers.redeem([h.first, other.second], em))).toBeNull();
    const redeemed = await tx((em) => handovers.redeem([h.second, h.first], em));
    expect(redeemed).toMatchObject({ requestId: h.requestId, principalId: h.principalId, redeemedAt: expect.any(Date) });
    expect(await tx((em) => handovers.redeem([h.first, h.second], em))).toBeNull();
  });

  it('a handover whose second half was never given cannot be redeemed, and is completed once only', async () => {
    const requestId = randomUUID();
    const first = code();
    await tx((em) => handovers.open(requestId, randomUUID(), first, em));
    expect(await tx((em) => handovers.redeem([first, code()], em))).toBeNull();
    const second = code();
    expect(await tx((em) => handovers.complete(requestId, second, inOneHour(), em))).not.toBeNull();
    expect(await tx((em) => handovers.complete(requestId, code(), inOneHour(), em))).toBeNull();
    expect(await tx((em) => handovers.complete(randomUUID(), code(), inOneHour(), em))).toBeNull();
    expect((await tx((em) => handovers.redeem([first, second], em)))?.requestId).toBe(requestId);
  });

  it('an expired handover is not redeemed', async () => {
    const h = await handover(randomUUID(), new Date(Date.now() - 1000));
    expect(await tx((em) => handovers.redeem([h.first, h.second], em))).toBeNull();
  });

  it("completing a principal's newer handover lapses its older unredeemed one, and no other principal's", async () => {
    const principal = randomUUID();
    const older = await handover(principal);
    const bystander = await handover();
    await handover(principal);
    expect(await tx((em) => handovers.redeem([older.first, older.second], em))).toBeNull();
    expect((await tx((em) => handovers.redeem([bystander.first, bystander.second], em)))?.requestId).toBe(bystander.requestId);
  });
});
