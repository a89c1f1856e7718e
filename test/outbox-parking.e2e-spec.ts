import { metricsToken } from '@passerelle/http';
import { eventually } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * One row the broker can never take must not stop the outbox: it is parked with its reason (and an
 * error log for operators), and every row behind it is published in order.
 */
describe('outbox: an unpublishable row is parked, the rows behind it go on', () => {
  let sys: RunningSystem;

  beforeAll(async () => {
    sys = await startSystem([
      // An agency with no topics: made straight in the database (the admin API refuses such a POC).
      { name: 'poc-ghost', role: 'poc', agency: 'ghost', clearance: 'restricted' },
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
    ]);
  });
  afterAll(async () => {
    await sys?.close();
  });

  const submit = async (who: string, ref: string) => {
    const signal = { ...exampleSignal('subject-person', ref), summary: `Outbox parking test ${ref}` };
    const r = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys[who], body: signal });
    expect(r.status).toBe(202);
    return r.body.signalId as string;
  };

  it('parks the row for a topic that does not exist and publishes the ones behind it', async () => {
    const ghost = await submit('poc-ghost', `GHOST-${Date.now()}`);
    const after = [await submit('poc-customs', `AFTER-GHOST-1-${Date.now()}`), await submit('poc-customs', `AFTER-GHOST-2-${Date.now()}`)];

    // The customs signals submitted after it reach the intake.
    await eventually(
      async () => {
        const rows = await sys.sql(`select 1 from intake.signals where signal_id = any($1::uuid[])`, [after]);
        return rows.length === after.length ? rows : undefined;
      },
      { what: 'the signals behind the unpublishable row in the intake', timeoutMs: 60000 },
    );
    const [parked] = await sys.sql<{ parked_at: Date | null; published_at: Date | null; park_reason: string }>(
      `select parked_at, published_at, park_reason from gateway.outbox where signal_id = $1`,
      [ghost],
    );
    expect(parked.published_at).toBeNull();
    expect(parked.parked_at).toBeInstanceOf(Date);
    expect(parked.park_reason).toMatch(/^unknown-topic: .*signals\.ghost\.submitted\.v1/);
    // Nothing else is held: every other row is published (and so deleted).
    const [{ n }] = await sys.sql<{ n: string }>(
      `select count(*) as n from gateway.outbox where published_at is null and parked_at is null`,
    );
    expect(n).toBe('0');
    // The alert operators can watch: the gateway's metrics count it.
    const metrics = await (
      await fetch(`${sys.urls['agency-gateway']}/metrics`, { headers: { authorization: `Bearer ${metricsToken()}` } })
    ).text();
    expect(metrics).toMatch(/^passerelle_outbox_rows\{state="parked"\} 1$/m);
    // What went out is counted as it goes (the rows are gone): at least the two signals behind it.
    const published = Number(/^passerelle_outbox_published_total (\d+)$/m.exec(metrics)?.[1]);
    expect(published).toBeGreaterThanOrEqual(after.length);
  });
});
