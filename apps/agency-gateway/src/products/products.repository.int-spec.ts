import { createTestDatabase } from '@passerelle/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProductFilter, ProductsRepository, ReceivedProduct } from './products.repository';

/**
 * The gateway's products inbox (ProductsRepository) on a real Postgres database of its own, no
 * Kafka: a product filed once per agency (a redelivery changes nothing), an inbox paged oldest first
 * after a cursor, scoped to the agency and to the reader's rank, narrowed by the POC's filter or else
 * its agency's default; the first acknowledgement and first reads per agency only; and which POCs a
 * filter held a product back from.
 */
describe('ProductsRepository (gateway)', () => {
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

  /** Each test its own agency names, so that what one files never shows in another's inbox. */
  const agency = (name: string) => `${name}-${randomBytes(3).toString('hex')}`;
  const product = (to: string, over: Partial<ReceivedProduct> = {}): ReceivedProduct => ({
    agency: to,
    productId: randomUUID(),
    eventId: randomUUID(),
    kind: 'assessment',
    level: 2,
    classification: 'restricted',
    competences: ['terrorism'],
    categories: ['threat'],
    regions: ['brussels'],
    deadline: null,
    publishedAt: new Date().toISOString(),
    ruleId: 'r1',
    ruleVersion: 1,
    content: { title: 'T', body: 'B', handling: 'H', legalBasis: 'L', signalIds: [randomUUID()] },
    traceId: '3'.repeat(32),
    exercise: false,
    ...over,
  });
  const poc = async (of: string, clearance = 'unclassified', extra: { expires?: Date; revoked?: boolean; role?: string } = {}) => {
    const [{ id }] = await ds.query(
      `insert into identity.principals (name, role, agency, clearance, clearance_expires_at, api_key_hash, revoked_at)
       values ($1, $2, $3, $4, $5, $6, $7) returning id::text`,
      [
        `poc-${randomUUID()}`,
        extra.role ?? 'poc',
        of,
        clearance,
        extra.expires ?? null,
        randomBytes(16).toString('hex'),
        extra.revoked ? new Date() : null,
      ],
    );
    return id as string;
  };
  const none: ProductFilter = { competences: null, regions: null, minLevel: null };
  const RESTRICTED = 1;
  const SECRET = 3;

  it('files a product once per agency: a redelivery, alone or in a batch, changes nothing; another agency has its own', async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const p = product(a);
    const filed: { agency: string; productId: string }[][] = [];
    const then = async (_tx: unknown, stored: { agency: string; productId: string }[]) => void filed.push(stored);
    expect(await products.store([p], then)).toBe(1);
    const q = product(a);
    expect(await products.store([{ ...p, eventId: randomUUID(), content: { title: 'changed' } }, q, q], then)).toBe(1);
    expect(await products.store([p], then)).toBe(0);
    expect(await products.store([{ ...p, agency: b }], then)).toBe(1);
    expect(await products.store([], then)).toBe(0);
    // `then` hears only what was new, and nothing when nothing was.
    expect(filed).toEqual([
      [{ agency: a, productId: p.productId }],
      [{ agency: a, productId: q.productId }],
      [{ agency: b, productId: p.productId }],
    ]);
    const page = await products.page(a, randomUUID(), SECRET, '0', 10);
    expect(page.map((r) => r.productId)).toEqual([p.productId, q.productId]);
    expect(page[0]).toMatchObject({
      title: 'T',
      body: 'B',
      handling: 'H',
      legalBasis: 'L',
      signalIds: p.content.signalIds,
      acknowledgedAt: null,
    });
  });

  it('rolls the filing back when `then` fails: the redelivery is filed', async () => {
    const a = agency('customs');
    const p = product(a);
    await expect(
      products.store([p], async () => {
        throw new Error('receipt failed');
      }),
    ).rejects.toThrow('receipt failed');
    expect(await products.store([p])).toBe(1);
  });

  it("pages the agency's inbox oldest first after a cursor, never another agency's products nor one above the reader's rank", async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const filed = [product(a), product(a, { classification: 'secret' }), product(a), product(a, { classification: 'unclassified' })];
    for (const p of filed) await products.store([p]);
    await products.store([product(b)]);
    const reader = randomUUID();
    const first = await products.page(a, reader, RESTRICTED, '0', 2);
    expect(first.map((r) => r.productId)).toEqual([filed[0].productId, filed[2].productId]);
    const rest = await products.page(a, reader, RESTRICTED, first[1].seq, 2);
    expect(rest.map((r) => r.productId)).toEqual([filed[3].productId]);
    expect(await products.page(a, reader, RESTRICTED, rest[0].seq, 2)).toEqual([]);
    expect((await products.page(a, reader, SECRET, '0', 10)).map((r) => r.productId)).toEqual(filed.map((p) => p.productId));
    expect(BigInt(first[0].seq) < BigInt(first[1].seq)).toBe(true);
    expect(await products.page(agency('nobody'), reader, SECRET, '0', 10)).toEqual([]);
  });

  it("narrows a POC's inbox by its own filter, else its agency's default; clearing its own brings the default back", async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const terror = product(a, { competences: ['terrorism'], regions: ['brussels'], level: 2 });
    const drugs = product(a, { competences: ['drugs'], regions: ['antwerp'], level: 4 });
    const low = product(a, { competences: ['drugs'], regions: ['brussels'], level: 1 });
    await products.store([terror, drugs, low]);
    const [me, other] = [randomUUID(), randomUUID()];
    const ids = async (who: string) => (await products.page(a, who, SECRET, '0', 10)).map((r) => r.productId);
    const from = new Date(Date.now() - 60_000);
    const to = new Date(Date.now() + 60_000);

    expect(await ids(me)).toEqual([terror.productId, drugs.productId, low.productId]);
    expect(await products.filteredOut(a, me, SECRET, from, to)).toBe(0);

    await products.setDefaultFilter(a, { competences: ['drugs'], regions: null, minLevel: null }, randomUUID());
    expect(await ids(me)).toEqual([drugs.productId, low.productId]);
    // Another agency's default narrows nothing here.
    await products.setDefaultFilter(b, { competences: ['nothing'], regions: null, minLevel: null }, randomUUID());
    expect(await ids(other)).toEqual([drugs.productId, low.productId]);

    await products.setFilter(me, a, { competences: null, regions: ['brussels'], minLevel: 2 });
    expect(await ids(me)).toEqual([terror.productId]);
    expect(await products.filteredOut(a, me, SECRET, from, to)).toBe(2);
    expect(await ids(other)).toEqual([drugs.productId, low.productId]);
    expect(await products.filteredOut(a, other, SECRET, from, to)).toBe(1);
    // Outside the window, nothing was held back.
    expect(await products.filteredOut(a, me, SECRET, to, new Date(to.getTime() + 1000))).toBe(0);

    // A filter set again replaces the first; one with no part narrows nothing, even under a default.
    await products.setFilter(me, a, none);
    expect(await products.filterOf(me)).toEqual(none);
    expect(await ids(me)).toEqual([terror.productId, drugs.productId, low.productId]);

    await products.clearFilter(me);
    expect(await products.filterOf(me)).toBeNull();
    expect(await ids(me)).toEqual([drugs.productId, low.productId]);
    await products.clearDefaultFilter(a);
    expect(await products.defaultFilterOf(a)).toBeNull();
    expect(await ids(me)).toEqual([terror.productId, drugs.productId, low.productId]);
    expect(await products.defaultFilterOf(b)).toMatchObject({ competences: ['nothing'], regions: null, minLevel: null });
  });

  it("finds one of the agency's products for a POC whatever its filter, never another agency's nor one above its rank", async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const p = product(a, { competences: ['drugs'] });
    const secret = product(a, { classification: 'secret' });
    await products.store([p, secret]);
    await products.setDefaultFilter(a, { competences: ['terrorism'], regions: null, minLevel: null }, randomUUID());
    expect(await products.findForPoc(a, p.productId, RESTRICTED)).toEqual({ productId: p.productId, kind: p.kind, traceId: p.traceId });
    expect(await products.findForPoc(b, p.productId, SECRET)).toBeNull();
    expect(await products.findForPoc(a, secret.productId, RESTRICTED)).toBeNull();
    expect(await products.findForPoc(a, secret.productId, SECRET)).not.toBeNull();
    expect(await products.findForPoc(a, randomUUID(), SECRET)).toBeNull();
  });

  it("keeps an agency's first acknowledgement only, and shows it in that agency's inbox", async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const p = product(a);
    await products.store([p, { ...p, agency: b }]);
    const first = await products.transaction((em) => products.acknowledge(em, a, p.productId, randomUUID(), 'noted'));
    expect(first).toBeInstanceOf(Date);
    expect(await products.transaction((em) => products.acknowledge(em, a, p.productId, randomUUID(), 'again'))).toBeNull();
    expect((await products.page(a, randomUUID(), SECRET, '0', 10))[0].acknowledgedAt).toEqual(first);
    expect((await products.page(b, randomUUID(), SECRET, '0', 10))[0].acknowledgedAt).toBeNull();
    expect(await ds.query(`select reply from gateway.product_acks where agency = $1`, [a])).toEqual([{ reply: 'noted' }]);
  });

  it('answers the first reads per agency only: another POC of the agency reading again is not a first read', async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const [p, q] = [product(a), product(a)];
    await products.store([p, q, { ...p, agency: b }]);
    const reads = (of: string, who: string, ids: string[]) => products.transaction((em) => products.recordReads(em, of, who, ids));
    const [one, two] = [randomUUID(), randomUUID()];
    expect(await reads(a, one, [p.productId])).toEqual([p.productId]);
    expect(await reads(a, one, [p.productId])).toEqual([]);
    expect((await reads(a, two, [p.productId, q.productId])).sort()).toEqual([q.productId]);
    expect(await reads(b, two, [p.productId])).toEqual([p.productId]);
    expect(await reads(a, one, [])).toEqual([]);
    // Each POC's read is kept (who read it), once.
    expect(Number((await ds.query(`select count(*) n from gateway.product_reads where agency = $1`, [a]))[0].n)).toBe(3);
  });

  it('says which active POCs, cleared for the product, a filter held it back from; one row per product and POC', async () => {
    const a = agency('customs');
    const [plain, cleared, lapsed, revoked] = [
      await poc(a),
      await poc(a, 'secret'),
      await poc(a, 'secret', { expires: new Date(Date.now() - 60_000) }),
      await poc(a, 'secret', { revoked: true }),
    ];
    await poc(a, 'secret', { role: 'analyst' });
    const otherAgency = await poc(agency('police'), 'secret');
    const restricted = product(a, { competences: ['drugs'] });
    const secret = product(a, { classification: 'secret', competences: ['drugs'] });
    const passes = product(a, { competences: ['terrorism'] });
    await products.setDefaultFilter(a, { competences: ['terrorism'], regions: null, minLevel: null }, randomUUID());
    // The cleared POC has a filter of its own that lets drugs through.
    await products.setFilter(cleared, a, { competences: ['drugs'], regions: null, minLevel: null });
    const stored = [restricted, secret, passes].map((p) => ({ agency: a, productId: p.productId }));
    let held: Awaited<ReturnType<ProductsRepository['heldBack']>> = [];
    await products.store([restricted, secret, passes], async (tx, s) => {
      expect(s).toEqual(stored);
      held = await products.heldBack(tx, s);
    });
    const pairs = (rows: { productId: string; principalId: string }[]) => rows.map((h) => `${h.productId}:${h.principalId}`).sort();
    // A lapsed clearance still reads RESTREINT (the need to know alone), not SECRET; a revoked POC,
    // an analyst and another agency's POC are never counted. The cleared POC's own filter (drugs only)
    // holds back what the default would have let through.
    expect(pairs(held)).toEqual(
      [`${restricted.productId}:${plain}`, `${restricted.productId}:${lapsed}`, `${passes.productId}:${cleared}`].sort(),
    );
    expect(held.map((h) => h.principalId)).not.toContain(revoked);
    expect(held.map((h) => h.principalId)).not.toContain(otherAgency);
    // Without its own filter the cleared POC is held back from both drugs products, under the default.
    await products.clearFilter(cleared);
    const again = await products.transaction((em) => products.heldBack(em, stored));
    expect(pairs(again)).toEqual(
      [
        `${restricted.productId}:${plain}`,
        `${restricted.productId}:${lapsed}`,
        `${restricted.productId}:${cleared}`,
        `${secret.productId}:${cleared}`,
      ].sort(),
    );
    expect(await products.transaction((em) => products.heldBack(em, []))).toEqual([]);
  });
});
