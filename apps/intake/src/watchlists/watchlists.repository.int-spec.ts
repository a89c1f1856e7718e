import { createTestDatabase } from '@passerelle/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NewVersion, WatchlistsRepository } from './watchlists.repository';

/**
 * The intake's watchlist tables (WatchlistsRepository) on a real Postgres database of its own, no
 * Kafka: grants marked once, versions numbered per list, the version in force, tokens in an order
 * that says nothing, both evaluation budgets, alerts raised once, and hits linked once per signal.
 */
describe('WatchlistsRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let watchlists: WatchlistsRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    watchlists = new WatchlistsRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const listName = () => `list-${randomUUID().slice(0, 8)}`;
  const hour = 3_600_000;
  const version = (list: string, over: Partial<NewVersion> = {}): NewVersion => ({
    list,
    wrappedKey: randomBytes(60),
    entryCount: 2,
    tokenCount: 3,
    digest: randomBytes(32).toString('hex'),
    validFrom: new Date(Date.now() - hour),
    validUntil: new Date(Date.now() + hour),
    publishedBy: randomUUID(),
    entries: [
      { entryId: 'e1', category: 'terrorism' },
      { entryId: 'e2', category: 'organised-crime' },
    ],
    tokens: [
      { token: 'tok-b', entryId: 'e1', kind: 'document' },
      { token: 'tok-a', entryId: 'e1', kind: 'name-birthdate' },
      { token: 'tok-a', entryId: 'e2', kind: 'name-birthdate' },
    ],
    ...over,
  });
  const publish = (v: NewVersion) => watchlists.transaction((em) => watchlists.insertVersion(v, em));

  it('marks and unmarks a principal once, per capability', async () => {
    const [list, p, officer] = [listName(), randomUUID(), `principal:${randomUUID()}`];
    const set = (capability: 'owner' | 'receiver', granted: boolean) =>
      watchlists.transaction((em) => watchlists.setGrant(list, p, capability, granted, officer, em));
    expect(await watchlists.isGranted(list, p, 'owner')).toBe(false);
    expect(await set('owner', true)).toBe(true);
    expect(await set('owner', true)).toBe(false);
    expect(await watchlists.isGranted(list, p, 'owner')).toBe(true);
    expect(await watchlists.isGranted(list, p, 'receiver')).toBe(false);
    expect(await watchlists.isGranted(listName(), p, 'owner')).toBe(false);
    expect(await set('owner', false)).toBe(true);
    expect(await set('owner', false)).toBe(false);
    expect(await watchlists.isGranted(list, p, 'owner')).toBe(false);
  });

  it('numbers versions per list; the one in force is the newest whose window holds now; unknown versions are null', async () => {
    const [list, other] = [listName(), listName()];
    expect(await publish(version(list))).toBe(1);
    expect(await publish(version(other))).toBe(1);
    // Version 2 is not in force yet: version 1 stays current.
    expect(await publish(version(list, { validFrom: new Date(Date.now() + hour), validUntil: new Date(Date.now() + 2 * hour) }))).toBe(2);
    expect((await watchlists.currentVersion(list))?.version).toBe(1);
    expect(await publish(version(list))).toBe(3);
    expect((await watchlists.currentVersion(list))?.version).toBe(3);
    expect(await watchlists.currentVersion(listName())).toBeNull();
    expect(await watchlists.findVersion(list, 9)).toBeNull();
    const v1 = (await watchlists.findVersion(list, 1))!;
    expect(v1).toMatchObject({ list, version: 1, entryCount: 2, tokenCount: 3 });
    const rewrapped = randomBytes(60);
    await watchlists.transaction((em) => watchlists.setWrappedKey(list, 1, rewrapped, em));
    expect((await watchlists.findVersion(list, 1))?.wrappedKey.equals(rewrapped)).toBe(true);
    // Expired: nothing in force.
    const gone = listName();
    await publish(version(gone, { validFrom: new Date(Date.now() - 2 * hour), validUntil: new Date(Date.now() - hour) }));
    expect(await watchlists.currentVersion(gone)).toBeNull();
  });

  it("gives a version's distinct tokens sorted, whatever the entries' order", async () => {
    const list = listName();
    await publish(version(list));
    expect(await watchlists.tokens(list, 1)).toEqual(['tok-a', 'tok-b']);
    expect(await watchlists.tokens(list, 2)).toEqual([]);
  });

  it('records an evaluation within both budgets, refuses one past either, and says who evaluated first', async () => {
    const list = listName();
    await publish(version(list));
    const agency = `ag${randomUUID().slice(0, 6)}`;
    const [p1, p2] = [randomUUID(), randomUUID()];
    const limits = { hourly: 10, perVersion: 6 };
    const evaluate = (principalId: string, count: number) =>
      watchlists.transaction((em) => watchlists.recordEvaluation({ list, version: 1, agency, principalId, count }, limits, em));
    expect(await evaluate(p1, 4)).toEqual({ refused: null, hourUsed: 0, versionUsed: 0, firstOfPrincipal: true, otherPrincipals: 0 });
    expect(await evaluate(p1, 3)).toEqual({ refused: 'version', hourUsed: 4, versionUsed: 4 });
    expect(await evaluate(p1, 2)).toEqual({ refused: null, hourUsed: 4, versionUsed: 4, firstOfPrincipal: false, otherPrincipals: 0 });
    expect(await evaluate(p2, 5)).toEqual({ refused: 'hourly', hourUsed: 6, versionUsed: 0 });
    expect(await evaluate(p2, 4)).toEqual({ refused: null, hourUsed: 6, versionUsed: 0, firstOfPrincipal: true, otherPrincipals: 1 });
    // A refused batch used nothing.
    const usage = await watchlists.usage(list);
    expect(usage.map((u) => [u.principalId, u.points, u.batches])).toEqual(
      [
        [p1, 6, 2],
        [p2, 4, 1],
      ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
    );
  });

  it('raises a usage alert once, and shows it in the usage', async () => {
    const list = listName();
    await publish(version(list));
    const a = { list, version: 1, agency: 'customs', principalId: randomUUID(), alert: 'many-points', points: 500 };
    await watchlists.transaction((em) => watchlists.recordEvaluation({ ...a, count: 1 }, { hourly: 100, perVersion: 100 }, em));
    expect(await watchlists.transaction((em) => watchlists.raiseUsageAlert(a, em))).toBe(true);
    expect(await watchlists.transaction((em) => watchlists.raiseUsageAlert({ ...a, points: 900 }, em))).toBe(false);
    const [u] = await watchlists.usage(list);
    expect(u.alerts).toEqual([{ alert: 'many-points', points: 500, raisedAt: expect.any(Date) }]);
    expect(await watchlists.usage(listName())).toEqual([]);
  });

  it('links a hit once per signal, to the entry its token names, or to none for a token of no entry', async () => {
    const list = listName();
    await publish(version(list));
    const [s1, s2] = [randomUUID(), randomUUID()];
    const hit = (signalId: string, entryToken: string) => ({
      signalId,
      list,
      version: 1,
      entryToken,
      keyKind: 'document' as const,
      agency: 'customs',
    });
    const linked = await watchlists.transaction((em) => watchlists.linkHits([hit(s1, 'tok-b'), hit(s2, 'tok-unknown')], em));
    expect(linked.sort((a, b) => (a.signalId < b.signalId ? -1 : 1))).toEqual(
      [
        { signalId: s1, entryId: 'e1' },
        { signalId: s2, entryId: null },
      ].sort((a, b) => (a.signalId < b.signalId ? -1 : 1)),
    );
    expect(await watchlists.transaction((em) => watchlists.linkHits([hit(s1, 'tok-a')], em))).toEqual([]);
    expect(await watchlists.hitOf(s1)).toMatchObject({ list, version: 1, entryId: 'e1', category: 'terrorism', keyKind: 'document' });
    expect(await watchlists.hitOf(s2)).toMatchObject({ entryId: null, category: null });
    expect(await watchlists.hitOf(randomUUID())).toBeNull();
    expect(await watchlists.transaction((em) => watchlists.linkHits([], em))).toEqual([]);
  });
});
