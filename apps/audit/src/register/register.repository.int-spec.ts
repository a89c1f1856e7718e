import { createTestDatabase } from '@passerelle/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RegisterQuery } from './register';
import { RegisterRepository } from './register.repository';

/**
 * The classified register read off the ledger (RegisterRepository) on a real Postgres database of
 * its own, no Kafka: a signal listed once from its first routing as new, classified, with its
 * submitter and whether it was erased or purged; a product once with the agencies it went to; both
 * scoped to an agency when asked and filtered by level, state and days; and who read each item,
 * only the agency's own readers for an agency's officer.
 */
describe('RegisterRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let register: RegisterRepository;
  let seq = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    register = new RegisterRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const agency = (name: string) => `${name}-${randomBytes(3).toString('hex')}`;
  /** Appends a ledger entry as the audit service would (the chain's hashes do not matter here). */
  const entry = async (e: { action: string; at: string; actor?: string; agency?: string | null; signalId?: string; details?: object }) => {
    seq += 1;
    await ds.query(
      `insert into audit.ledger (seq, event_id, recorded_at, occurred_at, actor, action, agency, signal_id, source_topic,
         source_partition, source_offset, payload_digest, details, prev_hash, hash)
       values ($1, $2, now(), $3, $4, $5, $6, $7, 'test', 0, $1, 'd', $8, 'p', 'h')`,
      [
        seq,
        randomUUID(),
        e.at,
        e.actor ?? 'service:router',
        e.action,
        e.agency ?? null,
        e.signalId ?? null,
        JSON.stringify(e.details ?? {}),
      ],
    );
  };
  const principal = async (name: string, of: string | null, role = 'poc') => {
    const [{ id }] = await ds.query(
      `insert into identity.principals (name, role, agency, api_key_hash) values ($1, $2, $3, $4) returning id::text`,
      [`${name}-${randomUUID()}`, role, of, randomBytes(16).toString('hex')],
    );
    return id as string;
  };
  const routed = (signalId: string, of: string, classification: string, at: string, over: object = {}) =>
    entry({
      action: 'signal.routed',
      at,
      agency: of,
      signalId,
      details: { verdict: 'new', classification, retentionUntil: '2030-01-01', ...over },
    });
  const q = (over: Partial<RegisterQuery>): RegisterQuery => ({ agency: null, ...over });

  it('lists each classified signal once, from its first routing as new, scoped to the agency asked for', async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const submitter = await principal('reporter', a);
    const [s1, s2, s3, unclassified, duplicate, other] = Array.from({ length: 6 }, () => randomUUID());
    await entry({ action: 'signal.submitted', at: '2026-03-01T09:00:00Z', agency: a, signalId: s1, details: { principalId: submitter } });
    await routed(s1, a, 'secret', '2026-03-01T09:00:01Z');
    await routed(s1, a, 'restricted', '2026-03-05T09:00:00Z', { exercise: true });
    await routed(s2, a, 'restricted', '2026-03-02T09:00:00Z', { exercise: true });
    await routed(s3, a, 'confidential', '2026-02-28T09:00:00Z');
    await routed(unclassified, a, 'unclassified', '2026-03-01T10:00:00Z');
    await routed(duplicate, a, 'secret', '2026-03-01T10:00:00Z', { verdict: 'duplicate' });
    await routed(other, b, 'secret', '2026-03-01T11:00:00Z');

    const rows = await register.signals(q({ agency: a }));
    expect(rows.map((r) => r.id)).toEqual([s3, s1, s2]);
    expect(rows[1]).toEqual({
      id: s1,
      classification: 'secret',
      agency: a,
      received_at: '2026-03-01T09:00:00.000000Z',
      principal_id: submitter,
      principal_name: expect.stringMatching(/^reporter-/),
      retention_until: '2030-01-01',
      erased_at: null,
      purged_at: null,
      exercise: false,
    });
    expect(rows[2]).toMatchObject({ id: s2, received_at: '2026-03-02T09:00:00.000000Z', principal_id: null, exercise: true });
    expect((await register.signals(q({ agency: b }))).map((r) => r.id)).toEqual([other]);
    const all = (await register.signals(q({}))).map((r) => r.id);
    expect(all).toEqual(expect.arrayContaining([s1, s2, s3, other]));
    expect(all).not.toContain(unclassified);
    expect(all).not.toContain(duplicate);
    expect(await register.signals(q({ agency: agency('nobody') }))).toEqual([]);
  });

  it('filters signals by level, days received (inclusive) and state; an erasure or a purge destroys', async () => {
    const a = agency('customs');
    const [held, erased, purged] = [randomUUID(), randomUUID(), randomUUID()];
    await routed(held, a, 'secret', '2026-04-01T23:59:59Z');
    await routed(erased, a, 'restricted', '2026-04-02T00:00:00Z');
    await routed(purged, a, 'secret', '2026-04-03T12:00:00Z');
    await entry({ action: 'signal.erasure-approved', at: '2026-04-10T08:00:00Z', agency: a, signalId: erased, actor: 'principal:x' });
    await entry({ action: 'signal.purged', at: '2026-05-01T08:00:00Z', agency: a, signalId: purged });
    const ids = async (over: Partial<RegisterQuery>) => (await register.signals(q({ agency: a, ...over }))).map((r) => r.id);
    expect(await ids({ classification: 'secret' })).toEqual([held, purged]);
    expect(await ids({ from: '2026-04-02', to: '2026-04-02' })).toEqual([erased]);
    expect(await ids({ from: '2026-04-01', to: '2026-04-02' })).toEqual([held, erased]);
    expect(await ids({ to: '2026-04-01' })).toEqual([held]);
    expect(await ids({ state: 'held' })).toEqual([held]);
    expect(await ids({ state: 'destroyed' })).toEqual([erased, purged]);
    const rows = await register.signals(q({ agency: a, state: 'destroyed' }));
    expect(rows.map((r) => [r.erased_at, r.purged_at])).toEqual([
      ['2026-04-10T08:00:00.000000Z', null],
      [null, '2026-05-01T08:00:00.000000Z'],
    ]);
  });

  it('lists each classified product once with the agencies it went to (the agency asked for only), and its analyst', async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const analyst = await principal('analyst', null, 'analyst');
    const [p, q2, open]: string[] = [randomUUID(), randomUUID(), randomUUID()];
    const published = (productId: string, to: string, at: string, classification = 'secret') =>
      entry({ action: 'product.published-to-agency', at, agency: to, details: { productId, classification } });
    await entry({ action: 'product.sent', at: '2026-03-01T08:00:00Z', actor: `principal:${analyst}`, details: { productId: p } });
    await published(p, a, '2026-03-01T08:00:01Z');
    await published(p, b, '2026-03-01T08:00:02Z');
    await published(q2, b, '2026-03-02T08:00:00Z', 'confidential');
    await published(open, a, '2026-03-03T08:00:00Z', 'unclassified');

    const all = (await register.products(q({}))).filter((r) => [p, q2, open].includes(r.id));
    expect(all).toEqual([
      {
        id: p,
        classification: 'secret',
        received_at: '2026-03-01T08:00:01.000000Z',
        agencies: [a, b].sort(),
        exercise: false,
        principal_id: analyst,
        principal_name: expect.stringMatching(/^analyst-/),
      },
      expect.objectContaining({ id: q2, classification: 'confidential', agencies: [b], principal_id: null }),
    ]);
    expect((await register.products(q({ agency: a }))).map((r) => [r.id, r.agencies])).toEqual([[p, [a]]]);
    expect((await register.products(q({ agency: b, classification: 'confidential' }))).map((r) => r.id)).toEqual([q2]);
    expect((await register.products(q({ agency: b, from: '2026-03-02' }))).map((r) => r.id)).toEqual([q2]);
    // Products are never destroyed yet.
    expect(await register.products(q({ agency: a, state: 'destroyed' }))).toEqual([]);
  });

  it("says who read each item, per principal; an agency's officer sees only its own principals' reads", async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const [analyst, poc, stranger] = [await principal('analyst', null, 'analyst'), await principal('poc', a), await principal('poc', b)];
    const [s, t, p] = [randomUUID(), randomUUID(), randomUUID()];
    const read = (who: string, at: string, details: object) =>
      entry({ action: 'access.recorded', at, actor: `principal:${who}`, details: { endpoint: 'GET /x', ...details } });
    await read(analyst, '2026-03-01T10:00:00Z', { signalIds: [s, t] });
    await read(analyst, '2026-03-02T10:00:00Z', { signalIds: [s] });
    await read(poc, '2026-03-01T09:00:00Z', { signalIds: [s] });
    await read(stranger, '2026-03-01T11:00:00Z', { productIds: [p] });
    await read(poc, '2026-03-01T12:00:00Z', { productIds: [p] });
    // A refused attempt and a service's read are no reads of the item.
    await entry({ action: 'access.denied', at: '2026-03-01T13:00:00Z', actor: `principal:${analyst}`, details: { signalIds: [t] } });
    await entry({ action: 'access.recorded', at: '2026-03-01T13:00:00Z', actor: 'service:intake', details: { signalIds: [t] } });

    const signals = await register.readers('signal', [s, t, randomUUID()], null);
    expect(signals.get(s)).toEqual([
      {
        principalId: poc,
        name: expect.any(String),
        role: 'poc',
        agency: a,
        reads: 1,
        firstAt: '2026-03-01T09:00:00.000000Z',
        lastAt: '2026-03-01T09:00:00.000000Z',
      },
      {
        principalId: analyst,
        name: expect.any(String),
        role: 'analyst',
        agency: null,
        reads: 2,
        firstAt: '2026-03-01T10:00:00.000000Z',
        lastAt: '2026-03-02T10:00:00.000000Z',
      },
    ]);
    expect(signals.get(t)?.map((r) => [r.principalId, r.reads])).toEqual([[analyst, 1]]);
    expect(signals.size).toBe(2);
    expect((await register.readers('signal', [s, t], a)).get(s)?.map((r) => r.principalId)).toEqual([poc]);
    expect((await register.readers('signal', [s, t], a)).has(t)).toBe(false);
    // Products are read through productIds, signals through signalIds.
    expect((await register.readers('product', [p], null)).get(p)?.map((r) => r.principalId)).toEqual([stranger, poc]);
    expect((await register.readers('product', [p], b)).get(p)?.map((r) => r.principalId)).toEqual([stranger]);
    expect((await register.readers('product', [s], null)).size).toBe(0);
    expect((await register.readers('signal', [], null)).size).toBe(0);
  });
});
