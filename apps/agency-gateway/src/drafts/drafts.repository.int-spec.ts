import { createTestDatabase } from '@passerelle/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DraftReader, DraftsRepository } from './drafts.repository';

/**
 * The gateway's drafts (DraftsRepository) on a real Postgres database of its own, no Kafka: every
 * read scoped to its reader (a reporter's own drafts, a POC's agency queue, nothing above the
 * reader's rank), listed newest change first; a forward claimed once and kept, marked forwarded
 * once; the open drafts counted; and a stale purge that spares forwarded and claimed drafts.
 */
describe('DraftsRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let drafts: DraftsRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    drafts = new DraftsRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const agency = (name: string) => `${name}-${randomBytes(3).toString('hex')}`;
  const create = async (of: string, reporterId: string, classification = 'restricted') => {
    const id = randomUUID();
    await drafts.transaction(async (em) => {
      await drafts.insert(em, { id, agency: of, reporterId, reporterName: 'Reporter', payload: { classification, text: 'x' } });
      await drafts.addStep(em, id, { step: 'created', principalId: reporterId, principalName: 'Reporter' });
    });
    return id;
  };
  const ids = async (reader: DraftReader, statuses: Parameters<DraftsRepository['list']>[1] = null, limit = 50) =>
    (await drafts.list(reader, statuses, limit)).map((d) => d.id);

  it("shows a draft to its reporter and to its agency's POCs only, never to another reporter or agency", async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const [me, colleague] = [randomUUID(), randomUUID()];
    const mine = await create(a, me);
    const theirs = await create(a, colleague);
    await create(b, randomUUID());
    expect(await drafts.find({ reporterId: me }, mine)).toMatchObject({
      id: mine,
      agency: a,
      reporterId: me,
      status: 'pending',
      version: 1,
      payload: { classification: 'restricted', text: 'x' },
      signalId: null,
    });
    expect(await drafts.find({ reporterId: me }, theirs)).toBeNull();
    expect(await drafts.find({ agency: a }, theirs)).not.toBeNull();
    expect(await drafts.find({ agency: b }, mine)).toBeNull();
    expect(await drafts.find({ agency: a }, randomUUID())).toBeNull();
    expect(await ids({ reporterId: me })).toEqual([mine]);
    expect((await ids({ agency: a })).sort()).toEqual([mine, theirs].sort());
    // Found for update inside a transaction, scoped the same way.
    expect(await drafts.transaction((em) => drafts.find({ agency: b }, mine, em))).toBeNull();
    expect((await drafts.transaction((em) => drafts.find({ agency: a }, mine, em)))?.id).toBe(mine);
  });

  it("hides a draft above the reader's rank; a draft without a known classification counts as the highest", async () => {
    const a = agency('customs');
    const me = randomUUID();
    const restricted = await create(a, me, 'restricted');
    const secret = await create(a, me, 'secret');
    const odd = await create(a, me, 'not-a-level');
    expect((await ids({ agency: a, maxRank: 1 })).sort()).toEqual([restricted]);
    expect((await ids({ agency: a, maxRank: 3 })).sort()).toEqual([restricted, secret].sort());
    expect((await ids({ reporterId: me, maxRank: 5 })).sort()).toEqual([restricted, secret, odd].sort());
    expect(await drafts.find({ reporterId: me, maxRank: 2 }, secret)).toBeNull();
    await expect(drafts.list({ agency: a, maxRank: 1.5 }, null, 10)).rejects.toThrow('maxRank must be an integer');
  });

  it('lists newest change first, by status when asked, up to the limit; an update bumps the version', async () => {
    const a = agency('customs');
    const me = randomUUID();
    const [one, two, three] = [await create(a, me), await create(a, me), await create(a, me)];
    expect(await ids({ reporterId: me })).toEqual([three, two, one]);
    await drafts.transaction((em) => drafts.update(em, one, { status: 'returned' }));
    expect(await ids({ reporterId: me })).toEqual([one, three, two]);
    expect(await ids({ reporterId: me }, null, 2)).toEqual([one, three]);
    expect(await ids({ reporterId: me }, ['returned'])).toEqual([one]);
    expect(await ids({ reporterId: me }, ['pending', 'validated'])).toEqual([three, two]);
    expect(await ids({ reporterId: me }, [])).toEqual([]);
    await drafts.transaction((em) => drafts.update(em, two, { payload: { classification: 'restricted', text: 'y' } }));
    expect(await drafts.find({ reporterId: me }, two)).toMatchObject({ status: 'pending', version: 2, payload: { text: 'y' } });
    expect(await drafts.find({ reporterId: me }, one)).toMatchObject({ status: 'returned', version: 2, payload: { text: 'x' } });
  });

  it('keeps the steps of each draft in order, and answers an empty map for no draft', async () => {
    const a = agency('customs');
    const me = randomUUID();
    const [d, e] = [await create(a, me), await create(a, me)];
    await drafts.transaction((em) =>
      drafts.addStep(em, d, { step: 'returned', principalId: me, principalName: 'POC', fields: ['text'], comment: 'why' }),
    );
    const steps = await drafts.steps([d, e, randomUUID()]);
    expect(steps.get(d)?.map((s) => [s.step, s.fields, s.comment])).toEqual([
      ['created', [], null],
      ['returned', ['text'], 'why'],
    ]);
    expect(steps.get(e)?.map((s) => s.step)).toEqual(['created']);
    expect(steps.size).toBe(2);
    expect((await drafts.steps([])).size).toBe(0);
  });

  it("claims a forward for the agency's first POC only, keeps it until released, and marks it forwarded once", async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const d = await create(a, randomUUID());
    const [first, second] = [
      { id: randomUUID(), name: 'First' },
      { id: randomUUID(), name: 'Second' },
    ];
    expect(await drafts.claimForward(b, d, first)).toBeNull();
    expect(await drafts.claimForward(a, d, first)).toMatchObject({ id: d, forwardedBy: first.id, forwardedByName: 'First' });
    expect(await drafts.claimForward(a, d, second)).toMatchObject({ forwardedBy: first.id, forwardedByName: 'First' });
    await drafts.releaseClaim(d);
    expect(await drafts.claimForward(a, d, second)).toMatchObject({ forwardedBy: second.id });

    const signal = randomUUID();
    expect(await drafts.transaction((em) => drafts.markForwarded(em, d, signal))).toBe(true);
    expect(await drafts.transaction((em) => drafts.markForwarded(em, d, randomUUID()))).toBe(false);
    expect(await drafts.find({ agency: a }, d)).toMatchObject({ status: 'forwarded', signalId: signal, forwardedBy: second.id });
    // A forwarded draft keeps its claim, and may not be claimed again.
    await drafts.releaseClaim(d);
    expect((await drafts.find({ agency: a }, d))?.forwardedBy).toBe(second.id);
    expect(await drafts.claimForward(a, d, first)).toBeNull();
    // Nor may a draft returned to its reporter.
    const returned = await create(a, randomUUID());
    await drafts.transaction((em) => drafts.update(em, returned, { status: 'returned' }));
    expect(await drafts.claimForward(a, returned, first)).toBeNull();
  });

  it("counts a reporter's drafts not forwarded", async () => {
    const a = agency('customs');
    const me = randomUUID();
    const count = () => drafts.transaction((em) => drafts.lockAndCountOpen(em, me));
    expect(await count()).toBe(0);
    const [one, two] = [await create(a, me), await create(a, me)];
    await create(a, randomUUID());
    await drafts.transaction((em) => drafts.update(em, two, { status: 'returned' }));
    expect(await count()).toBe(2);
    await drafts.transaction((em) => drafts.markForwarded(em, one, randomUUID()));
    expect(await count()).toBe(1);
  });

  it('purges stale drafts oldest first up to the limit, with their steps, sparing forwarded and claimed ones', async () => {
    const a = agency('customs');
    const me = randomUUID();
    const [old1, old2, old3, forwarded, claimed] = [
      await create(a, me),
      await create(a, me),
      await create(a, me),
      await create(a, me),
      await create(a, me),
    ];
    const age = (id: string, days: number) =>
      ds.query(`update gateway.drafts set updated_at = now() - make_interval(days => $2) where id = $1`, [id, days]);
    await age(old1, 30);
    await age(old2, 20);
    await age(old3, 10);
    await drafts.transaction((em) => drafts.markForwarded(em, forwarded, randomUUID()));
    await age(forwarded, 40);
    await drafts.claimForward(a, claimed, { id: randomUUID(), name: 'POC' });
    await age(claimed, 40);
    const fresh = await create(a, me);
    const before = new Date(Date.now() - 5 * 86_400_000);

    // The oldest two go first (the rows a DELETE … RETURNING answers come in no set order).
    const first = await drafts.transaction((em) => drafts.purgeStale(em, before, 2));
    const order: string[] = [old1, old2];
    expect(first.sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id))).toEqual([
      { id: old1, agency: a, reporterId: me },
      { id: old2, agency: a, reporterId: me },
    ]);
    expect((await drafts.transaction((em) => drafts.purgeStale(em, before, 10))).map((r) => r.id)).toEqual([old3]);
    expect(await drafts.transaction((em) => drafts.purgeStale(em, before, 10))).toEqual([]);
    expect((await ids({ reporterId: me })).sort()).toEqual([forwarded, claimed, fresh].sort());
    expect(
      Number((await ds.query(`select count(*) n from gateway.draft_steps where draft_id = any($1::uuid[])`, [[old1, old2, old3]]))[0].n),
    ).toBe(0);
  });
});
