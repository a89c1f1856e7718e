import { createTestDatabase } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PrincipalRequest, PrincipalRequestsRepository } from './principal-requests.repository';

/**
 * identity.principal_requests (PrincipalRequestsRepository) on a real Postgres database of its own,
 * no Kafka: a request kept as filed, one decision per request, lists by status oldest first, and
 * what an unknown id returns.
 */
describe('PrincipalRequestsRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let requests: PrincipalRequestsRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    requests = new PrincipalRequestsRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const file = (over: Partial<PrincipalRequest> = {}) =>
    ds.transaction((em) =>
      requests.create(
        {
          operation: 'update',
          targetId: randomUUID(),
          payload: { clearance: 'secret', clearanceExpiresAt: '2027-01-01T00:00:00.000Z' },
          reason: 'clearance-raised',
          requestedBy: randomUUID(),
          targetVersion: 3,
          expiresAt: new Date(Date.now() + 86_400_000),
          ...over,
        },
        em,
      ),
    );
  const decide = (id: string, status: 'approved' | 'refused' | 'expired', by: string | null = randomUUID()) =>
    ds.transaction((em) => requests.decide(id, status, by, em));

  it('keeps a request as filed, pending', async () => {
    const r = await file({ operation: 'create', targetVersion: null, payload: { name: 'x', feeds: ['ocam'] } });
    expect(r).toMatchObject({
      operation: 'create',
      targetVersion: null,
      payload: { name: 'x', feeds: ['ocam'] },
      status: 'pending',
      decidedBy: null,
    });
    expect(await requests.findById(r.id)).toEqual(r);
    expect(await requests.findById(randomUUID())).toBeNull();
  });

  it('decides a request once: a second decision, or one on an unknown id, changes nothing', async () => {
    const r = await file();
    const officer = randomUUID();
    expect(await decide(r.id, 'approved', officer)).toMatchObject({ status: 'approved', decidedBy: officer, decidedAt: expect.any(Date) });
    expect(await decide(r.id, 'refused')).toBeNull();
    expect((await requests.findById(r.id))?.status).toBe('approved');
    expect(await decide(randomUUID(), 'approved')).toBeNull();
    const stale = await file();
    expect(await decide(stale.id, 'expired', null)).toMatchObject({ status: 'expired', decidedBy: null });
  });

  it('lists by status, oldest first, pending by default', async () => {
    const filed = [await file(), await file(), await file()];
    await decide(filed[1].id, 'refused');
    const pending = (await requests.list()).map((r) => r.id);
    expect(pending.filter((id) => filed.some((f) => f.id === id))).toEqual([filed[0].id, filed[2].id]);
    expect((await requests.list('refused')).map((r) => r.id)).toContain(filed[1].id);
    expect((await requests.list('refused')).map((r) => r.id)).not.toContain(filed[0].id);
  });
});
