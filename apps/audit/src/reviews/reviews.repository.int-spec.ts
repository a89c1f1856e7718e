import { createTestDatabase } from '@passerelle/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ClearanceReviewsRepository, ReviewsRepository } from './reviews.repository';

/**
 * The security officer's reviews over the ledger (ReviewsRepository, ClearanceReviewsRepository)
 * on a real Postgres database of their own, no Kafka: a scope's principals only (an agency's, or
 * OCAM's), reads and refused attempts counted per kind within [start, end) (a refused window counts
 * its attempts), a day's reads and the reads out of hours bounded with their total, the latest mark
 * of each anomaly, sign-offs per scope, and a scope's active principals with their reads.
 */
describe('ReviewsRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let reviews: ReviewsRepository;
  let clearance: ClearanceReviewsRepository;
  let seq = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    reviews = new ReviewsRepository(ds);
    clearance = new ClearanceReviewsRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const agency = (name: string) => `${name}-${randomBytes(3).toString('hex')}`;
  const entry = async (action: string, actor: string, at: string, details: object = {}) => {
    seq += 1;
    await ds.query(
      `insert into audit.ledger (seq, event_id, recorded_at, occurred_at, actor, action, source_topic, source_partition, source_offset,
         payload_digest, details, prev_hash, hash)
       values ($1, $2, $3, $3, $4, $5, 'test', 0, $1, 'd', $6, 'p', 'h')`,
      [seq, randomUUID(), at, actor, action, JSON.stringify(details)],
    );
  };
  const principal = async (name: string, of: string | null, over: { role?: string; revoked?: boolean; clearance?: string } = {}) => {
    const [{ id }] = await ds.query(
      `insert into identity.principals (name, role, agency, clearance, api_key_hash, revoked_at) values ($1, $2, $3, $4, $5, $6)
       returning id::text`,
      [name, over.role ?? 'poc', of, over.clearance ?? 'unclassified', randomBytes(16).toString('hex'), over.revoked ? new Date() : null],
    );
    return id as string;
  };
  const hours = { timeZone: 'UTC', days: [1, 2, 3, 4, 5], from: '08:00', to: '18:00' };

  it("lists a scope's principals only, revoked ones too, by name; OCAM's are those without an agency", async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const tag = randomBytes(3).toString('hex');
    const [zed, amy] = [await principal(`zed-${tag}`, a), await principal(`amy-${tag}`, a, { revoked: true })];
    await principal(`bob-${tag}`, b);
    const analyst = await principal(`ann-${tag}`, null, { role: 'analyst' });
    const scoped = await reviews.scopePrincipals(a);
    expect(scoped.map((p) => p.id)).toEqual([amy, zed]);
    expect(scoped[0]).toMatchObject({
      role: 'poc',
      clearance: 'unclassified',
      revokedAt: expect.stringMatching(/Z$/),
      clearanceExpiresAt: null,
    });
    const ocam = (await reviews.scopePrincipals(null)).map((p) => p.id);
    expect(ocam).toContain(analyst);
    expect(ocam).not.toContain(zed);
    const scopes = (await reviews.scopes()).map((s) => s.scope);
    expect(scopes).toEqual(expect.arrayContaining([a, b, 'ocam']));
  });

  it('counts reads and refused attempts per kind within [start, end), a refused window as its attempts; only the actors asked for', async () => {
    const [me, other] = [`principal:${randomUUID()}`, `principal:${randomUUID()}`];
    await entry('access.recorded', me, '2026-03-02T09:00:00Z', { endpoint: 'GET /signals', signalIds: ['s1', 's2'] });
    await entry('access.recorded', me, '2026-03-02T10:00:00Z', { endpoint: 'GET /signals', signalIds: ['s3'] });
    await entry('access.recorded', me, '2026-03-02T11:00:00Z', { endpoint: 'GET /signals', signalIds: 7 });
    await entry('access.denied', me, '2026-03-02T12:00:00Z', { endpoint: 'GET /signals/x', reason: 'clearance', count: 40 });
    await entry('access.denied', me, '2026-03-02T12:30:00Z', { endpoint: 'GET /signals/x', reason: 'clearance' });
    await entry('access.recorded', me, '2026-03-03T00:00:00Z', { endpoint: 'GET /signals', signalIds: ['late'] });
    await entry('access.recorded', other, '2026-03-02T09:00:00Z', { endpoint: 'GET /signals', signalIds: ['s1'] });
    await entry('principal.created', me, '2026-03-02T09:00:00Z');
    expect(await reviews.kinds([me], '2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z')).toEqual([
      { actor: me, action: 'access.denied', endpoint: 'GET /signals/x', reason: 'clearance', entries: 41, signals: 0 },
      { actor: me, action: 'access.recorded', endpoint: 'GET /signals', reason: null, entries: 3, signals: 3 },
    ]);
    const days = await reviews.days([me, other], '2026-03-02T00:00:00Z', '2026-03-04T00:00:00Z', 'UTC');
    expect(days.sort((x, y) => (x.actor === y.actor ? x.day.localeCompare(y.day) : x.actor === me ? -1 : 1))).toEqual([
      { actor: me, day: '2026-03-02', reads: 3, signals: 3 },
      { actor: me, day: '2026-03-03', reads: 1, signals: 1 },
      { actor: other, day: '2026-03-02', reads: 1, signals: 1 },
    ]);
    expect(await reviews.kinds([], '2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z')).toEqual([]);
  });

  it("bounds a day's reads and the entries out of hours to the first asked for, with their total", async () => {
    const me = `principal:${randomUUID()}`;
    // Monday 2 March 2026: two reads in hours, three before 08:00; Saturday 7 March: one.
    for (const t of ['06:00', '07:00', '07:30', '09:00', '17:59'])
      await entry('access.recorded', me, `2026-03-02T${t}:00Z`, { signalIds: ['s'] });
    await entry('access.denied', me, '2026-03-02T19:00:00Z', { reason: 'clearance' });
    await entry('access.recorded', me, '2026-03-07T10:00:00Z', { signalIds: [] });
    const day = await reviews.readsOfDay(me, '2026-03-02', 'UTC', 2);
    expect(day.total).toBe(5);
    expect(day.entries.map((e) => e.at)).toEqual(['2026-03-02T06:00:00.000000Z', '2026-03-02T07:00:00.000000Z']);
    expect(day.entries[0]).toMatchObject({ actor: me, action: 'access.recorded', signalIds: ['s'] });
    expect(await reviews.readsOfDay(me, '2026-03-04', 'UTC', 2)).toEqual({ entries: [], total: 0 });

    const out = await reviews.outsideHours([me], '2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z', hours, 2);
    expect(out.map((e) => [e.day, e.at.slice(11, 16), e.total])).toEqual([
      ['2026-03-02', '06:00', 4],
      ['2026-03-02', '07:00', 4],
      ['2026-03-07', '10:00', 1],
    ]);
    // The same entries in Brussels time (UTC+1 in March): 07:00 and 07:30 UTC are in hours there, 17:59 UTC is not.
    const brussels = await reviews.outsideHours(
      [me],
      '2026-03-02T00:00:00Z',
      '2026-03-09T00:00:00Z',
      { ...hours, timeZone: 'Europe/Brussels' },
      10,
    );
    expect(brussels.filter((e) => e.day === '2026-03-02').map((e) => e.at.slice(11, 16))).toEqual(['06:00', '17:59', '19:00']);

    const after = await reviews.after(me, '2026-03-02T07:00:00Z', '2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z', 2);
    expect(after.total).toBe(4);
    expect(after.entries.map((e) => e.at.slice(11, 16))).toEqual(['07:30', '09:00']);
  });

  it("knows whose habits are known, and each actor's first read of each agency", async () => {
    const [old, fresh] = [`principal:${randomUUID()}`, `principal:${randomUUID()}`];
    await entry('access.recorded', old, '2026-01-05T09:00:00Z', { agencies: ['customs'] });
    await entry('access.recorded', old, '2026-03-03T09:00:00Z', { agencies: ['customs', 'police'] });
    await entry('access.recorded', fresh, '2026-03-03T09:00:00Z', { agencies: ['police'] });
    await entry('access.denied', fresh, '2026-01-03T09:00:00Z', { agencies: ['army'] });
    expect(await reviews.readBefore([old, fresh], '2026-03-01T00:00:00Z')).toEqual(new Set([old]));
    const touches = await reviews.firstTouches([old, fresh], 'agencies', '2026-03-10T00:00:00Z');
    const named = touches.map((t) => `${t.actor === old ? 'old' : 'fresh'} ${t.value} ${t.at.slice(0, 10)}`).sort();
    // A refused attempt is no read: `fresh` never read army.
    expect(named).toEqual(['fresh police 2026-03-03', 'old customs 2026-01-05', 'old police 2026-03-03']);
  });

  it('answers the latest mark of each anomaly of one review, and its sign-offs by scope, oldest first', async () => {
    const review = `access-${randomUUID()}`;
    const key = { review, scope: 'customs', from: '2026-03-01', to: '2026-03-07' };
    await entry('review.anomaly-marked', 'principal:o1', '2026-03-08T09:00:00Z', { ...key, anomalyId: 'a1', mark: 'explained' });
    await entry('review.anomaly-marked', 'principal:o2', '2026-03-08T10:00:00Z', { ...key, anomalyId: 'a1', mark: 'reported' });
    await entry('review.anomaly-marked', 'principal:o1', '2026-03-08T11:00:00Z', { ...key, anomalyId: 'a2', mark: 'explained' });
    await entry('review.anomaly-marked', 'principal:o1', '2026-03-08T11:00:00Z', { ...key, scope: 'police', anomalyId: 'a3', mark: 'x' });
    expect((await reviews.marks(key)).map((m) => [m.anomalyId, m.mark, m.by])).toEqual([
      ['a1', 'reported', 'principal:o2'],
      ['a2', 'explained', 'principal:o1'],
    ]);
    expect(await reviews.marks({ ...key, to: '2026-03-08' })).toEqual([]);
    await entry('review.signed-off', 'principal:o1', '2026-03-08T12:00:00Z', { ...key, digest: 'd1', principalName: 'One' });
    await entry('review.signed-off', 'principal:o2', '2026-03-08T13:00:00Z', { ...key, scope: 'police', digest: 'd2' });
    expect((await reviews.signOffs(review)).map((s) => [s.scope, s.by, s.byName, s.digest])).toEqual([
      ['customs', 'principal:o1', 'One', 'd1'],
      ['police', 'principal:o2', null, 'd2'],
    ]);
    expect((await reviews.signOffs(review, 'police')).map((s) => s.digest)).toEqual(['d2']);
    expect(await reviews.signOffs(`other-${review}`)).toEqual([]);
  });

  it("lists a scope's active principals with their reads in the window, last read and classifications read; and their changes", async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const tag = randomBytes(3).toString('hex');
    const [reader, idle] = [await principal(`a-${tag}`, a, { clearance: 'secret' }), await principal(`b-${tag}`, a)];
    await principal(`c-${tag}`, a, { revoked: true });
    await principal(`d-${tag}`, b);
    const actor = `principal:${reader}`;
    await entry('access.recorded', actor, '2026-02-01T09:00:00Z', { classifications: ['top-secret'] });
    await entry('access.recorded', actor, '2026-03-02T09:00:00Z', { classifications: ['secret', 'restricted'] });
    await entry('access.recorded', actor, '2026-03-03T09:00:00Z', { classifications: ['secret'] });
    await entry('access.recorded', actor, '2026-04-01T09:00:00Z', { classifications: ['confidential'] });
    const use = await clearance.use(a, '2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z');
    expect(use.map((u) => u.id)).toEqual([reader, idle]);
    expect(use[0]).toMatchObject({ clearance: 'secret', reads: 2, lastReadAt: '2026-03-03T09:00:00.000000Z' });
    expect([...use[0].classificationsRead].sort()).toEqual(['restricted', 'secret']);
    expect(use[1]).toMatchObject({ reads: 0, lastReadAt: null, classificationsRead: [] });

    await entry('principal.clearance-requested', 'principal:officer', new Date().toISOString(), { principalId: reader });
    await entry('principal.clearance-approved', 'principal:officer2', new Date().toISOString(), { principalId: reader });
    await entry('principal.created', 'principal:officer', new Date().toISOString(), { principalId: idle });
    await entry('access.recorded', 'principal:officer', new Date().toISOString(), { principalId: reader });
    const since = new Date(Date.now() - 3_600_000).toISOString();
    expect((await clearance.changes([reader], since)).map((c) => [c.action, c.by])).toEqual([
      ['principal.clearance-requested', 'principal:officer'],
      ['principal.clearance-approved', 'principal:officer2'],
    ]);
    expect(await clearance.changes([reader], new Date(Date.now() + 3_600_000).toISOString())).toEqual([]);
  });
});
