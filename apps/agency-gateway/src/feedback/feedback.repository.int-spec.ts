import { DataKeyStore } from '@passerelle/persistence';
import { createTestDatabase } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SignalsRepository } from '../signals/signals.repository';
import { FeedbackRepository, FeedbackRow } from './feedback.repository';

/**
 * The inbox and erasure in real Postgres (issue 32, item 5): an analyst's feedback opened with its
 * signal's key just before an erasure deleted that key is not filed after the gateway's erasure ran
 * (its content must not outlive the key); what was filed before is removed by the erasure, whether
 * or not the gateway holds the signal itself.
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
    // The time the inbox shows rises with the order it pages in.
    const times = (await feedback.page(agency, null, 500, 'asc')).map((r) => new Date(r.receivedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
