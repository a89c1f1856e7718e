import { ERASURE_REASONS, FeedSignalEvent, SignalSubmission } from '@passerelle/contracts';
import { createTestDatabase } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IntakeRepository } from '../feeds/intake.repository';
import { ErasureRequestsRepository } from './erasure-requests.repository';

/**
 * intake.erasure_requests (ErasureRequestsRepository) on a real Postgres database of its own, no
 * Kafka: one pending request per signal, one decision per request, the pending list in filing
 * order, and the signal's rank and purge reason read from its copy or its tombstone.
 */
describe('ErasureRequestsRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let erasures: ErasureRequestsRepository;
  let intake: IntakeRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    erasures = new ErasureRequestsRepository(ds);
    intake = new IntakeRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const reason = ERASURE_REASONS[0];
  const request = (signalId = randomUUID()) => ({
    id: randomUUID(),
    signalId,
    reason,
    requestedBy: randomUUID(),
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  const file = (r: ReturnType<typeof request>) => erasures.transaction((em) => erasures.create(r, em));
  const decide = (id: string, status: 'approved' | 'refused' | 'expired', by: string | null = randomUUID()) =>
    erasures.transaction((em) => erasures.decide(id, status, by, em));

  it('holds one pending request per signal; once it is decided, another may be filed', async () => {
    const first = request();
    expect(await file(first)).toMatchObject({
      id: first.id,
      signalId: first.signalId,
      reason,
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
    });
    expect(await file(request(first.signalId))).toBeNull();
    await decide(first.id, 'refused');
    const second = request(first.signalId);
    expect((await file(second))?.id).toBe(second.id);
  });

  it('decides a request once: a second decision, or one on an unknown id, changes nothing', async () => {
    const r = request();
    await file(r);
    const officer = randomUUID();
    expect(await decide(r.id, 'approved', officer)).toMatchObject({ status: 'approved', decidedBy: officer, decidedAt: expect.any(Date) });
    expect(await decide(r.id, 'refused')).toBeNull();
    expect(await erasures.findById(r.id)).toMatchObject({ status: 'approved', decidedBy: officer });
    expect(await decide(randomUUID(), 'approved')).toBeNull();
    expect(await erasures.findById(randomUUID())).toBeNull();
    // An expiry is decided by nobody.
    const stale = request();
    await file(stale);
    expect(await decide(stale.id, 'expired', null)).toMatchObject({ status: 'expired', decidedBy: null });
  });

  it('lists the requests of one status in filing order', async () => {
    const filed = [request(), request(), request()];
    for (const r of filed) await file(r);
    await decide(filed[1].id, 'refused');
    const pending = (await erasures.list('pending')).map((r) => r.id);
    expect(pending.filter((id) => filed.some((f) => f.id === id))).toEqual([filed[0].id, filed[2].id]);
    expect((await erasures.list('refused')).map((r) => r.id)).toContain(filed[1].id);
    expect((await erasures.list('refused')).map((r) => r.id)).not.toContain(filed[0].id);
  });

  it("reads a signal's rank from its copy, then from its tombstone; null when the intake never held it", async () => {
    const signalId = randomUUID();
    const e: FeedSignalEvent = {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      signalId,
      traceId: 'a'.repeat(32),
      agency: 'customs',
      feed: 'ocam',
      correlationId: signalId,
      ruleId: 'default',
      ruleVersion: 1,
      signal: {
        classification: 'secret',
        category: 'terrorism.travel',
        urgency: 'routine',
        retentionUntil: '2029-11-20',
      } as SignalSubmission,
    };
    await intake.transaction((tx) => tx.insertSignals([{ e, dueAt: new Date() }]));
    expect(await erasures.classRankOf(signalId)).toBe(3);
    expect(await erasures.purgedAs(signalId)).toBeNull();
    await intake.transaction(async (tx) => tx.purgeSignals(await tx.signalsByIds([signalId]), 'erased'));
    expect(await erasures.classRankOf(signalId)).toBe(3);
    expect(await erasures.purgedAs(signalId)).toBe('erased');
    expect(await erasures.classRankOf(randomUUID())).toBeNull();
    expect(await erasures.purgedAs(randomUUID())).toBeNull();
  });

  it('an approved request keeps a signal still on its way out of the intake', async () => {
    const signalId = randomUUID();
    const r = request(signalId);
    await file(r);
    await decide(r.id, 'approved');
    const e = {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      signalId,
      traceId: 'a'.repeat(32),
      agency: 'customs',
      feed: 'ocam',
      correlationId: signalId,
      ruleId: 'default',
      ruleVersion: 1,
      signal: { classification: 'restricted', category: 'c', urgency: 'routine' } as SignalSubmission,
    };
    expect(await intake.transaction((tx) => tx.insertSignals([{ e, dueAt: new Date() }]))).toEqual(new Set());
    expect(await erasures.classRankOf(signalId)).toBeNull();
  });
});
