import { EventType } from '@passerelle/contracts';
import { DataKeyStore } from '@passerelle/persistence';
import { createTestDatabase } from '@passerelle/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NewSignal, SignalsRepository } from '../signals/signals.repository';
import { FeedbackRepository, FeedbackRow } from './feedback.repository';

/**
 * The inbox and erasure in real Postgres (issue 32, item 5): an analyst's feedback opened with its
 * signal's key just before an erasure deleted that key is not filed after the gateway's erasure ran
 * (its content must not outlive the key); what was filed before is removed by the erasure, whether
 * or not the gateway holds the signal itself. And what every caller relies on: a notice filed once
 * per agency and event id, receipts moved for the agency's own signals only, the inbox paged in both
 * directions and scoped to the agency.
 */
describe('FeedbackRepository and erasure', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let feedback: FeedbackRepository;
  let signals: SignalsRepository;
  let keys: DataKeyStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    feedback = new FeedbackRepository(ds);
    signals = new SignalsRepository(ds);
    keys = new DataKeyStore(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const question = (signalId: string, sealed: boolean): FeedbackRow => ({
    eventId: randomUUID(),
    agency: 'customs',
    signalId,
    status: 'assessed',
    detail: { outcome: 'more-information-requested', question: 'Which crossing?' },
    traceId: 'a'.repeat(32),
    occurredAt: new Date().toISOString(),
    sealed,
  });
  const filed = async (signalId: string) => (await ds.query(`select 1 from gateway.feedback where signal_id = $1`, [signalId])).length;

  it('files sealed feedback only while its key exists; clear notices as before', async () => {
    const [kept, shredded, clear] = [randomUUID(), randomUUID(), randomUUID()];
    await keys.ensure([kept, shredded]);
    await keys.destroy([shredded]);
    expect(await feedback.store([question(kept, true), question(shredded, true), question(clear, false)])).toBe(2);
    expect([await filed(kept), await filed(shredded), await filed(clear)]).toEqual([1, 0, 1]);
  });

  it('an erasure removes the inbox notices of a signal the gateway never held, and one opened before it is not filed after it', async () => {
    const id = randomUUID();
    await keys.ensure([id]);
    // Filed before the erasure: an earlier notice about a signal an agency's own client submitted.
    await feedback.store([{ ...question(id, false), status: 'routed', detail: { externalRef: 'X-1' } }]);
    const opened = question(id, true); // opened by the consumer while the key existed
    // The approval deletes the key; the gateway's erasure runs before the consumer files `opened`.
    await keys.destroy([id]);
    const notices: unknown[] = [];
    expect(await signals.erase([id], (purged) => (notices.push(...purged), []))).toBe(1);
    expect(notices).toEqual([expect.objectContaining({ id, agency: 'customs', removed: { 'gateway.feedback': 1 } })]);
    expect(await filed(id)).toBe(0);
    await feedback.store([opened]);
    expect(await filed(id)).toBe(0);
  });

  it("pages an agency's open questions only (issue 26): answered by a later supplementary signal, older than any page of notices", async () => {
    const agency = `q-${randomUUID().slice(0, 8)}`;
    const signal = async (ref: string, payload: Record<string, unknown> = {}) => {
      const id = randomUUID();
      await ds.query(
        `insert into gateway.signals (id, agency, external_ref, content_hash, payload, trace_id, submitted_by)
         values ($1, $2, $3, 'h', $4, 't', $5)`,
        [id, agency, ref, JSON.stringify(payload), randomUUID()],
      );
      return id;
    };
    const [asked, answered] = [await signal('REF-ASKED'), await signal('REF-ANSWERED')];
    const ask = (signalId: string) => ({ ...question(signalId, false), agency });
    await feedback.store([ask(asked), ask(answered)]);
    // 300 newer notices: the questions are older than the newest 100.
    await feedback.store(Array.from({ length: 300 }, () => ({ ...ask(asked), status: 'delivered', detail: { feed: 'ocam' } })));
    await signal('REF-SUPP', { supplements: answered });
    // Another agency's signal supplementing "asked" answers nothing here.
    const otherId = randomUUID();
    await ds.query(
      `insert into gateway.signals (id, agency, external_ref, content_hash, payload, trace_id, submitted_by)
       values ($1, 'elsewhere', 'X', 'h', $2, 't', $3)`,
      [otherId, JSON.stringify({ supplements: asked }), randomUUID()],
    );

    const newest = await feedback.page(agency, null, 100, 'desc');
    expect(newest.some((r) => r.detail && (r.detail as { question?: string }).question)).toBe(false);
    expect(newest[0].externalRef).toBe('REF-ASKED');
    const open = await feedback.page(agency, null, 100, 'desc', true);
    expect(open.map((r) => [r.signalId, r.externalRef])).toEqual([[asked, 'REF-ASKED']]);
    // Paging on from it finds nothing older.
    expect(await feedback.page(agency, open[0].seq, 100, 'desc', true)).toEqual([]);
    // By kind: the assessments without the 300 delivery notices in front of them.
    expect((await feedback.page(agency, null, 100, 'desc', false, ['assessed'])).map((r) => r.externalRef)).toEqual([
      'REF-ANSWERED',
      'REF-ASKED',
    ]);
    expect(await feedback.page(agency, null, 100, 'desc', false, ['rejected', 'failed'])).toEqual([]);
    // The time the inbox shows rises with the order it pages in.
    const times = (await feedback.page(agency, null, 500, 'asc')).map((r) => new Date(r.receivedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  /** A signal this gateway holds for the agency (as a submission stores it). */
  const held = async (agency: string, payload: Record<string, unknown> = {}): Promise<NewSignal> => {
    const id = randomUUID();
    const s: NewSignal = {
      id,
      agency,
      externalRef: `R-${id}`,
      contentHash: randomBytes(32).toString('hex'),
      traceId: 'a'.repeat(32),
      createdAt: new Date(),
      payload: { externalRef: `R-${id}`, ...payload },
      submittedBy: randomUUID(),
      event: {
        id: randomUUID(),
        type: 'be.passerelle.signal.submitted.v1' as EventType,
        topic: `signals.${agency}.submitted.v1`,
        key: id,
        source: 'passerelle/agency-gateway',
        time: new Date().toISOString(),
        traceId: 'a'.repeat(32),
        payload: {},
      },
      dataKey: { wrapped: randomBytes(60), kekId: 'test' },
    };
    await signals.insertMany(agency, [s]);
    return s;
  };
  const notice = (agency: string, signalId: string, status = 'routed', detail: Record<string, unknown> = {}): FeedbackRow => ({
    ...question(signalId, false),
    agency,
    status,
    detail,
  });

  it("files a notice once per agency and event id; the same event id on another agency's topic is another notice", async () => {
    const n = notice('customs', randomUUID());
    expect(await feedback.store([n, n])).toBe(1);
    expect(await feedback.store([n])).toBe(0);
    expect(await feedback.store([{ ...n, agency: 'police' }])).toBe(1);
    expect(await feedback.store([])).toBe(0);
  });

  it("moves a receipt only for the agency's own signal; a notice about a purged signal is not filed again", async () => {
    const s = await held('customs');
    await feedback.store([notice('customs', s.id, 'routed'), notice('police', s.id, 'delivered'), notice('customs', s.id, 'unknown-kind')]);
    expect((await signals.receipt('customs', s.id))?.statuses.map((x) => x.status)).toEqual(['accepted', 'routed']);
    const gone = await held('customs', { retentionUntil: '2001-01-01' });
    await signals.purgeDue('2001-06-01', 100, () => []);
    expect(await feedback.store([notice('customs', gone.id, 'delivered')])).toBe(0);
    expect(await feedback.store([notice('police', gone.id, 'delivered')])).toBe(1);
  });

  it("pages an agency's inbox in both directions with its own references, never another agency's notices", async () => {
    const agency = `ag${randomUUID().slice(0, 6)}`;
    const s = await held(agency);
    const direct = randomUUID();
    await feedback.store([notice(agency, s.id, 'routed')]);
    await feedback.store([notice(agency, direct, 'routed')]);
    await feedback.store([notice(agency, 'not-a-uuid', 'rejected')]);
    await feedback.store([notice('customs', s.id, 'routed')]);
    const all = await feedback.page(agency, null, 10);
    expect(all.map((r) => [r.signalId, r.externalRef])).toEqual([
      [s.id, s.externalRef],
      [direct, null],
      ['not-a-uuid', null],
    ]);
    expect((await feedback.page(agency, all[0].seq, 1)).map((r) => r.signalId)).toEqual([direct]);
    expect((await feedback.page(agency, null, 2, 'desc')).map((r) => r.signalId)).toEqual(['not-a-uuid', direct]);
    expect((await feedback.page(agency, all[1].seq, 10, 'desc')).map((r) => r.signalId)).toEqual([s.id]);
    expect(await feedback.page(`none${randomUUID().slice(0, 6)}`, null, 10)).toEqual([]);
  });

  it('keeps the first inbox cursor key a database was given', async () => {
    const first = await feedback.cursorKey('k1');
    expect(await feedback.cursorKey('k2')).toBe(first);
  });
});
