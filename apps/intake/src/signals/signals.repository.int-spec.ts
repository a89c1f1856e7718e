import { FeedSignalEvent, SignalSubmission } from '@passerelle/contracts';
import { Visibility } from '@passerelle/security';
import { createTestDatabase } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IntakeRepository } from '../feeds/intake.repository';
import { SignalsRepository } from './signals.repository';

/**
 * The analysts' reads of the intake (SignalsRepository) on a real Postgres database of its own, no
 * Kafka: paging order, what a reader's feeds and clearance let through (and that the rest is not
 * fetched at all), what "not found" returns, and optimistic concurrency on assessments.
 */
describe('SignalsRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let intake: IntakeRepository;
  let signals: SignalsRepository;
  // Feeds of their own, so each test's paging sees only its signals.
  const feed = `ocam-${randomUUID().slice(0, 8)}`;
  const otherFeed = `police-${randomUUID().slice(0, 8)}`;
  const reader: Visibility = { feeds: [feed], maxRank: 2 }; // up to confidential
  const ids: Record<string, string> = {};

  const feedSignal = (onFeed: string, classification: string, correlationId?: string): FeedSignalEvent => {
    const signalId = randomUUID();
    return {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      signalId,
      traceId: 'c'.repeat(32),
      agency: 'customs',
      feed: onFeed,
      correlationId: correlationId ?? signalId,
      ruleId: 'default',
      ruleVersion: 1,
      signal: {
        externalRef: `R-${signalId}`,
        category: 'terrorism.travel',
        subjects: [{ kind: 'person', familyName: 'Test', birthDate: '1990-01-01' }],
        observedAt: '2026-11-20T08:30:00Z',
        summary: 'A test signal.',
        classification,
        evaluation: { sourceReliability: 'B', informationAccuracy: 2 },
        handling: 'H2',
        legalBasis: 'Test basis',
        retentionUntil: '2029-11-20',
        urgency: 'routine',
      } as SignalSubmission,
    };
  };
  const store = (events: FeedSignalEvent[]) =>
    intake.transaction((tx) => tx.insertSignals(events.map((e) => ({ e, dueAt: new Date(Date.now() + 86_400_000) }))));

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    intake = new IntakeRepository(ds);
    signals = new SignalsRepository(ds);
    // In this order: a1, a2 (restricted), secret (rank 3, above the reader), a3 (confidential) on the
    // reader's feed, one on a feed it lacks; a2 and the secret one in a1's dossier.
    const a1 = feedSignal(feed, 'restricted');
    const a2 = feedSignal(feed, 'restricted', a1.signalId);
    const secret = feedSignal(feed, 'secret', a1.signalId);
    const a3 = feedSignal(feed, 'confidential');
    const elsewhere = feedSignal(otherFeed, 'unclassified', a1.signalId);
    for (const e of [a1, a2, secret, a3, elsewhere]) await store([e]);
    Object.assign(ids, { a1: a1.signalId, a2: a2.signalId, secret: secret.signalId, a3: a3.signalId, elsewhere: elsewhere.signalId });
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const page = async (...args: Parameters<SignalsRepository['feedPage']>) => (await signals.feedPage(...args)).map((r) => r.signalId);

  it('pages a feed in feed order, forwards from a cursor or newest first, leaving out what is above the clearance', async () => {
    expect(await page(feed, null, reader, 10)).toEqual([ids.a1, ids.a2, ids.a3]);
    const first = await signals.feedPage(feed, null, reader, 2);
    expect(first.map((r) => r.signalId)).toEqual([ids.a1, ids.a2]);
    expect(await page(feed, BigInt(first[1].seq), reader, 2)).toEqual([ids.a3]);
    expect(await page(feed, null, reader, 10, 'desc')).toEqual([ids.a3, ids.a2, ids.a1]);
    expect(await page(feed, BigInt(first[1].seq), reader, 10, 'desc')).toEqual([ids.a1]);
    // Cleared for secret: the secret signal is in its place.
    expect(await page(feed, null, { feeds: [feed], maxRank: 3 }, 10)).toEqual([ids.a1, ids.a2, ids.secret, ids.a3]);
    // A feed the reader does not have: nothing, even when asked by name.
    expect(await page(otherFeed, null, reader, 10)).toEqual([]);
    expect(await signals.feedHead(feed)).toBe(BigInt((await signals.feedPage(feed, null, reader, 1, 'desc'))[0].seq));
    expect(await signals.feedHead(`none-${randomUUID()}`)).toBe(0n);
  });

  it('feedFrom starts at the cursor inclusive and honours added_after', async () => {
    const [a1] = await signals.feedPage(feed, null, reader, 1);
    expect((await signals.feedFrom(feed, BigInt(a1.seq), reader, null, 10)).map((r) => r.signalId)).toEqual([ids.a1, ids.a2, ids.a3]);
    expect(await signals.feedFrom(feed, 0n, reader, new Date(Date.now() + 60_000).toISOString(), 10)).toEqual([]);
  });

  it('findVisible: the signal with only the reader’s feeds; null for an unknown id, a feed it lacks, or above its clearance', async () => {
    const found = await signals.findVisible(ids.a1, { feeds: [feed, otherFeed], maxRank: 2 });
    expect(found).toMatchObject({
      signalId: ids.a1,
      agency: 'customs',
      classification: 'restricted',
      version: 0,
      outcome: null,
      feeds: [feed],
    });
    expect(found?.signal).toMatchObject({ externalRef: `R-${ids.a1}` });
    expect(await signals.findVisible(randomUUID(), reader)).toBeNull();
    expect(await signals.findVisible(ids.elsewhere, reader)).toBeNull();
    expect(await signals.findVisible(ids.secret, reader)).toBeNull();
  });

  it('a dossier shows the reader only its visible members, in arrival order', async () => {
    const dossierId = (await signals.findVisible(ids.a1, reader))!.dossierId!;
    expect((await signals.dossierSignals(dossierId, reader)).map((r) => r.signalId)).toEqual([ids.a1, ids.a2]);
    expect((await signals.dossierSignals(dossierId, { feeds: [feed, otherFeed], maxRank: 4 })).map((r) => r.signalId)).toEqual([
      ids.a1,
      ids.a2,
      ids.secret,
      ids.elsewhere,
    ]);
    expect((await signals.dossiersMembers([dossierId, randomUUID()], reader)).map((r) => r.signalId)).toEqual([ids.a1, ids.a2]);
    expect(await signals.dossiersMembers([], reader)).toEqual([]);
    expect(await signals.dossierSignals(randomUUID(), reader)).toEqual([]);
  });

  it('assesses at the expected version only: a second analyst on the same version gets null, the history keeps both versions in order', async () => {
    const a = { signalId: ids.a3, outcome: 'relevant', note: 'seen', analystId: randomUUID(), analystName: 'A' };
    expect(await signals.transaction((em) => signals.assess(em, { ...a, expectedVersion: 0 }))).toBe(1);
    expect(await signals.transaction((em) => signals.assess(em, { ...a, expectedVersion: 0, outcome: 'closed' }))).toBeNull();
    expect(await signals.transaction((em) => signals.assess(em, { ...a, expectedVersion: 1, outcome: 'closed', note: null }))).toBe(2);
    expect((await signals.assessments(ids.a3)).map((r) => [r.version, r.outcome, r.note])).toEqual([
      [1, 'relevant', 'seen'],
      [2, 'closed', null],
    ]);
    expect(await signals.findVisible(ids.a3, reader)).toMatchObject({ version: 2, outcome: 'closed', overdue: false });
    expect(await signals.transaction((em) => signals.assess(em, { ...a, signalId: randomUUID(), expectedVersion: 0 }))).toBeNull();
  });

  it('a purged signal’s reason shows only to a reader who could have read it', async () => {
    const gone = feedSignal(feed, 'confidential');
    await store([gone]);
    await intake.transaction(async (tx) => tx.purgeSignals(await tx.signalsByIds([gone.signalId]), 'erased'));
    expect(await signals.purgedVisible(gone.signalId, reader)).toBe('erased');
    expect(await signals.purgedVisible(gone.signalId, { feeds: [feed], maxRank: 1 })).toBeNull();
    expect(await signals.purgedVisible(gone.signalId, { feeds: [otherFeed], maxRank: 4 })).toBeNull();
    expect(await signals.purgedVisible(randomUUID(), reader)).toBeNull();
    expect(await signals.findVisible(gone.signalId, reader)).toBeNull();
  });

  it('keeps the first cursor key a database was given', async () => {
    const first = await signals.cursorKey('k1');
    expect(await signals.cursorKey('k2')).toBe(first);
  });

  it('draws a data key for a signal once and gives the same one after', async () => {
    const k1 = await signals.transaction((em) => signals.dataKey(em, ids.a1));
    const k2 = await signals.transaction((em) => signals.dataKey(em, ids.a1));
    expect(k1.length).toBeGreaterThan(0);
    expect(k2.equals(k1)).toBe(true);
  });
});
