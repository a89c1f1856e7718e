import { createTestDatabase } from '@passerelle/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NewProduct, ProductsRepository } from './products.repository';

/**
 * OCAM's products at the intake (ProductsRepository) on a real Postgres database of its own, no
 * Kafka: a product under embargo read only by its author and named readers (and never above the
 * reader's rank), released once; a decision per agency kept once; receipts filed only from an agency
 * the product was sent to, the first of each kept; overdue acknowledgements; the monthly figures
 * without exercises; which POCs may hold a classification; which signals an analyst may link.
 */
describe('ProductsRepository (intake)', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let products: ProductsRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    products = new ProductsRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const agency = (name: string) => `${name}-${randomBytes(3).toString('hex')}`;
  const product = (over: Partial<NewProduct> = {}): NewProduct => ({
    id: randomUUID(),
    kind: 'assessment',
    title: 'T',
    body: 'B',
    categories: ['threat'],
    competences: ['terrorism'],
    regions: ['brussels'],
    level: 2,
    classification: 'restricted',
    handling: 'H',
    legalBasis: 'L',
    signalIds: [],
    deadline: null,
    targetAgencies: null,
    embargoPrincipals: null,
    status: 'published',
    authorId: randomUUID(),
    traceId: '4'.repeat(32),
    exercise: false,
    ...over,
  });
  const insert = async (p: NewProduct) => {
    await products.transaction((em) => products.insert(em, p));
    return p;
  };
  const sent = (a: string, over: { decision?: 'sent' | 'withheld'; reason?: string; ruleId?: string } = {}) => ({
    agency: a,
    decision: over.decision ?? 'sent',
    ruleVersion: 1,
    ...(over.reason ? { reason: over.reason } : {}),
    ...(over.ruleId ? { ruleId: over.ruleId } : {}),
  });
  const decide = (productId: string, decisions: ReturnType<typeof sent>[]) =>
    products.transaction((em) => products.recordDecisions(em, productId, decisions as never));
  const principal = async (over: {
    role?: string;
    agency?: string | null;
    clearance?: string;
    expires?: Date;
    revoked?: boolean;
    name?: string;
  }) => {
    const [{ id }] = await ds.query(
      `insert into identity.principals (name, role, agency, clearance, clearance_expires_at, api_key_hash, revoked_at)
       values ($1, $2, $3, $4, $5, $6, $7) returning id::text`,
      [
        over.name ?? `p-${randomUUID()}`,
        over.role ?? 'poc',
        over.agency ?? null,
        over.clearance ?? 'unclassified',
        over.expires ?? null,
        randomBytes(16).toString('hex'),
        over.revoked ? new Date() : null,
      ],
    );
    return id as string;
  };
  const SECRET = 3;
  const RESTRICTED = 1;

  it('lets only the author and the named readers read a product under embargo, never above their rank; released once', async () => {
    const [named, stranger] = [randomUUID(), randomUUID()];
    const p = await insert(product({ status: 'embargoed', embargoPrincipals: [named], classification: 'secret' }));
    expect(await products.findReadable(p.id, p.authorId, SECRET)).toMatchObject({
      id: p.id,
      status: 'embargoed',
      publishedAt: null,
      embargoPrincipals: [named],
      signalIds: [],
    });
    expect(await products.findReadable(p.id, named, SECRET)).not.toBeNull();
    expect(await products.findReadable(p.id, stranger, SECRET)).toBeNull();
    expect(await products.findReadable(p.id, named, RESTRICTED)).toBeNull();
    expect(await products.findReadable(randomUUID(), p.authorId, SECRET)).toBeNull();

    expect(await products.transaction((em) => products.release(em, p.id, named))).toBe(true);
    // Released once: a second release (two at once, the later one after the first committed) is told so.
    expect(await products.transaction((em) => products.release(em, p.id, named))).toBe(false);
    const released = await products.findReadable(p.id, stranger, SECRET);
    expect(released).toMatchObject({ status: 'published', publishedAt: expect.any(Date) });
    expect(await products.findReadable(p.id, stranger, RESTRICTED)).toBeNull();
    // A product published at once has its publication time, and is not under embargo to release.
    const direct = await insert(product());
    expect((await products.findReadable(direct.id, stranger, RESTRICTED))?.publishedAt).toBeInstanceOf(Date);
    expect(await products.transaction((em) => products.release(em, direct.id, named))).toBe(false);
    expect(await products.transaction((em) => products.release(em, randomUUID(), named))).toBe(false);
  });

  it('keeps the first decision per agency, listed by agency, without empty reasons', async () => {
    const p = await insert(product());
    const [a, b] = ['a-' + agency('x'), 'b-' + agency('y')];
    await decide(p.id, [sent(b, { decision: 'withheld', reason: 'no-cleared-poc' }), sent(a, { ruleId: 'r1' })]);
    await decide(p.id, [sent(a, { decision: 'withheld', reason: 'changed' })]);
    await decide(p.id, []);
    expect(await products.decisions(p.id)).toEqual([
      { agency: a, decision: 'sent', ruleId: 'r1', ruleVersion: 1, decidedAt: expect.any(Date) },
      { agency: b, decision: 'withheld', reason: 'no-cleared-poc', ruleVersion: 1, decidedAt: expect.any(Date) },
    ]);
    expect(await products.decisions(randomUUID())).toEqual([]);
  });

  it('files receipts only from an agency the product was sent to, the first read and acknowledgement of each; held-back once per POC', async () => {
    const p = await insert(product());
    const [to, withheld, never] = [agency('customs'), agency('police'), agency('army')];
    await decide(p.id, [sent(to), sent(withheld, { decision: 'withheld', reason: 'x' })]);
    const [poc, other] = [randomUUID(), randomUUID()];
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
    const receipt = (a: string, step: string, principalId = poc, s = 1, reply: string | null = null) => ({
      productId: p.id,
      agency: a,
      step,
      principalId,
      occurredAt: at(s),
      reply,
    });
    expect(
      await products.storeReceipts([
        receipt(to, 'read'),
        receipt(to, 'acknowledged', poc, 2, 'noted'),
        receipt(withheld, 'read'),
        receipt(never, 'read'),
        receipt(to, 'filtered-out', poc),
        receipt(to, 'filtered-out', other),
        receipt(withheld, 'filtered-out', poc),
      ]),
    ).toBe(4);
    // Repeats, and another POC's later read or acknowledgement, change nothing.
    expect(
      await products.storeReceipts([
        receipt(to, 'read', other, 5),
        receipt(to, 'acknowledged', other, 6, 'again'),
        receipt(to, 'filtered-out', poc, 7),
      ]),
    ).toBe(0);
    expect(await products.storeReceipts([])).toBe(0);
    expect(await products.receipts(p.id)).toEqual([
      { agency: to, step: 'read', principalId: poc, occurredAt: new Date(at(1)), reply: null },
      { agency: to, step: 'acknowledged', principalId: poc, occurredAt: new Date(at(2)), reply: 'noted' },
    ]);
    expect(
      (await ds.query(`select agency, principal_id::text as p from intake.product_filtered_out where product_id = $1 order by 2`, [p.id]))
        .length,
    ).toBe(2);
  });

  it('lists overdue acknowledgements, due first, of one author when asked, up to the limit', async () => {
    const author = randomUUID();
    const [a, b] = [agency('customs'), agency('police')];
    const past = new Date(Date.now() - 3_600_000);
    const late = await insert(product({ authorId: author }));
    const rfiLate = await insert(product({ authorId: author, kind: 'rfi', deadline: past }));
    const rfiOpen = await insert(product({ authorId: author, kind: 'rfi', deadline: new Date(Date.now() + 86_400_000) }));
    const acked = await insert(product({ authorId: author }));
    const others = await insert(product());
    for (const p of [late, rfiLate, rfiOpen, acked, others]) await decide(p.id, [sent(a), sent(b, { decision: 'withheld', reason: 'x' })]);
    // Sent two days ago (a product is due within 24 hours); the RFI's own deadline passed an hour ago.
    await ds.query(`update intake.product_decisions set decided_at = now() - interval '2 days' where product_id = any($1::uuid[])`, [
      [late.id, acked.id, others.id],
    ]);
    await products.storeReceipts([
      {
        productId: acked.id,
        agency: a,
        step: 'acknowledged',
        principalId: randomUUID(),
        occurredAt: new Date().toISOString(),
        reply: null,
      },
    ]);
    const overdue = (who: string | null, limit = 50) =>
      products.overdue(who, 24, limit).then((rows: { productId: string; agency: string }[]) => rows.map((r) => [r.productId, r.agency]));
    expect(await overdue(author)).toEqual([
      [late.id, a],
      [rfiLate.id, a],
    ]);
    expect(await overdue(author, 1)).toEqual([[late.id, a]]);
    expect((await overdue(null)).map(([id]) => id)).toEqual(expect.arrayContaining([late.id, rfiLate.id, others.id]));
    expect((await overdue(null)).map(([id]) => id)).not.toContain(acked.id);
    // With a week to acknowledge, only the RFI past its deadline is late.
    expect((await products.overdue(author, 24 * 7, 50)).map((r: { productId: string }) => r.productId)).toEqual([rfiLate.id]);
  });

  it('counts per agency and month what was sent, withheld, read and acknowledged, without exercise products', async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const p = await insert(product({ kind: 'rfi', deadline: new Date(Date.UTC(2025, 4, 10)) }));
    const q = await insert(product());
    const drill = await insert(product({ exercise: true }));
    await decide(p.id, [sent(a), sent(b, { decision: 'withheld', reason: 'x' })]);
    await decide(q.id, [sent(a)]);
    await decide(drill.id, [sent(a), sent(b)]);
    await ds.query(`update intake.product_decisions set decided_at = '2025-05-01T10:00:00Z' where product_id = any($1::uuid[])`, [
      [p.id, q.id, drill.id],
    ]);
    const r = (productId: string, ag: string, step: string, occurredAt: string) => ({
      productId,
      agency: ag,
      step,
      principalId: randomUUID(),
      occurredAt,
      reply: null,
    });
    await products.storeReceipts([
      r(p.id, a, 'read', '2025-05-01T11:00:00Z'),
      r(p.id, a, 'acknowledged', '2025-05-20T10:00:00Z'),
      r(q.id, a, 'acknowledged', '2025-05-01T12:00:00Z'),
      r(q.id, a, 'filtered-out', '2025-05-01T10:00:01Z'),
      r(drill.id, a, 'read', '2025-05-01T11:00:00Z'),
    ]);
    const rows = (await products.monthlyFigures(new Date('2025-05-01T00:00:00Z'), new Date('2025-06-01T00:00:00Z'))).filter(
      (x: { agency: string }) => x.agency === a || x.agency === b,
    );
    expect(rows).toEqual([
      {
        month: '2025-05',
        agency: a,
        sent: 2,
        withheld: 0,
        filteredOut: 1,
        read: 1,
        acknowledged: 2,
        medianSecondsToAck: (19 * 86_400 + 2 * 3600) / 2,
        rfisAnsweredLate: 1,
        rfisUnansweredPastDeadline: 0,
      },
      {
        month: '2025-05',
        agency: b,
        sent: 0,
        withheld: 1,
        filteredOut: 0,
        read: 0,
        acknowledged: 0,
        medianSecondsToAck: null,
        rfisAnsweredLate: 0,
        rfisUnansweredPastDeadline: 0,
      },
    ]);
    expect(await products.monthlyFigures(new Date('2025-06-01T00:00:00Z'), new Date('2025-07-01T00:00:00Z'))).toEqual([]);
  });

  it('counts the active POCs who may hold a classification, per agency; RESTREINT needs no clearance', async () => {
    const [a, b, c] = [agency('customs'), agency('police'), agency('army')];
    await principal({ agency: a });
    await principal({ agency: a, clearance: 'secret' });
    await principal({ agency: a, clearance: 'secret', expires: new Date(Date.now() - 60_000) });
    await principal({ agency: b, clearance: 'secret', revoked: true });
    await principal({ agency: b, clearance: 'confidential' });
    await principal({ role: 'analyst', agency: c, clearance: 'top-secret' });
    expect(await products.clearedPocCounts([a, b, c], RESTRICTED)).toEqual(
      new Map([
        [a, 3],
        [b, 1],
      ]),
    );
    expect(await products.clearedPocCounts([a, b, c], SECRET)).toEqual(new Map([[a, 1]]));
    expect(await products.agenciesWithClearedPoc([a, b, c], 2)).toEqual(new Set([a, b]));
    expect(await products.agenciesWithClearedPoc([b], SECRET)).toEqual(new Set());
    expect(await products.agenciesWithClearedPoc([], RESTRICTED)).toEqual(new Set());
  });

  it("finds POCs' agencies (revoked too) and active principals by name", async () => {
    const a = agency('customs');
    const name = `named-${randomUUID()}`;
    const [poc, revoked, analyst, gone] = [
      await principal({ agency: a, name }),
      await principal({ agency: a, revoked: true }),
      await principal({ role: 'analyst' }),
      await principal({ role: 'analyst', revoked: true, name: `gone-${randomUUID()}` }),
    ];
    expect(await products.pocAgencies([poc, revoked, analyst, randomUUID()])).toEqual(
      new Map([
        [poc, a],
        [revoked, a],
      ]),
    );
    expect(await products.pocAgencies([])).toEqual(new Map());
    const goneName = (await ds.query(`select name from identity.principals where id = $1`, [gone]))[0].name;
    expect(await products.principalIdsByName([name, goneName, 'nobody'])).toEqual(new Map([[name, poc]]));
  });

  it('lets an analyst link only the signals of its feeds at or under its rank', async () => {
    const signal = async (feed: string, classification: string, of: string) => {
      const id = randomUUID();
      await ds.query(
        `insert into intake.signals (signal_id, feed, agency, category, urgency, classification, payload, due_at)
         values ($1, $2, $3, 'threat', 'routine', $4, '{}', now())`,
        [id, feed, of, classification],
      );
      await ds.query(`insert into intake.feed_items (feed, signal_id) values ($1, $2)`, [feed, id]);
      return id;
    };
    const [a, b] = [agency('customs'), agency('police')];
    const mine = await signal('terrorism', 'restricted', a);
    const secret = await signal('terrorism', 'secret', b);
    const otherFeed = await signal('drugs', 'unclassified', a);
    const visible = (feeds: string[], maxRank: number) =>
      products.visibleSignals([mine, secret, otherFeed, randomUUID()], { feeds, maxRank } as never);
    expect(await visible(['terrorism'], RESTRICTED)).toEqual(new Map([[mine, a]]));
    expect(await visible(['terrorism', 'drugs'], SECRET)).toEqual(
      new Map([
        [mine, a],
        [secret, b],
        [otherFeed, a],
      ]),
    );
    expect(await visible([], SECRET)).toEqual(new Map());
    expect(await products.visibleSignals([], { feeds: ['terrorism'], maxRank: SECRET } as never)).toEqual(new Map());
  });

  it('records a rule version once', async () => {
    await products.recordRuleVersion(9001, 'h1', { version: 9001 } as never);
    await products.recordRuleVersion(9001, 'h2', { version: 9001, changed: true } as never);
    expect(await ds.query(`select hash from intake.dissemination_rule_versions where version = 9001`)).toEqual([{ hash: 'h1' }]);
  });
});
