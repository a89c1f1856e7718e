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
});
