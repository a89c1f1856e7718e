import { createTestDatabase, eventually } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AlertsRepository, deliveryTarget, DueDelivery, RecordAlertFacts } from './alerts.repository';

/**
 * The alerts outbox's claim (AlertsRepository.deliverOne) on a real Postgres database of its own, no
 * Kafka, with two data sources standing for two intake instances: sends under way at once, in either
 * instance, never claim the same delivery (each holds its row until its outcome is written); a target
 * named busy is not claimed; a target one instance is sending to is not claimed by the other (its
 * advisory lock); each delivery is sent once.
 */
describe('AlertsRepository.deliverOne', () => {
  let db: { url: string; drop(): Promise<void> };
  const sources: DataSource[] = [];
  let one: AlertsRepository;
  let two: AlertsRepository;
  const record: RecordAlertFacts = async () => undefined;
  const backoff = () => 60_000;

  beforeAll(async () => {
    db = await createTestDatabase();
    for (let i = 0; i < 2; i++) sources.push(await new DataSource({ type: 'postgres', url: db.url, extra: { max: 6 } }).initialize());
    [one, two] = sources.map((ds) => new AlertsRepository(ds));
  });
  afterAll(async () => {
    for (const ds of sources) await ds.destroy();
    await db?.drop();
  });

  const raise = async (deliveries: { channel: 'email' | 'webhook'; target: string }[]): Promise<string> => {
    const id = randomUUID();
    await sources[0].transaction((em) =>
      one.raise(
        [
          {
            id,
            kind: 'immediate-signal',
            level: 'immediate',
            signalId: randomUUID(),
            rotaVersion: 1,
            recipient: 'nobody',
            escalateAt: null,
          },
        ],
        () => deliveries,
        em,
        record,
      ),
    );
    return id;
  };

  /** A send that hangs until released, noting what it was given. */
  function gate() {
    const started: DueDelivery[] = [];
    let open!: () => void;
    const released = new Promise<void>((r) => (open = r));
    const send = async (d: DueDelivery): Promise<void> => {
      started.push(d);
      await released;
    };
    return { started, open, send };
  }

  it('two instances sending at once claim different deliveries, never the same; each is sent once', async () => {
    const alert = await raise([
      { channel: 'email', target: 'a@ocam.test' },
      { channel: 'webhook', target: 'http://hook.test/a' },
    ]);
    const alert2 = await raise([{ channel: 'email', target: 'b@ocam.test' }]);
    const g = gate();
    const claims: (DueDelivery | null)[] = [];
    const runs = [one, two, one].map((repo) => repo.deliverOne(g.send, backoff, 3, record, [], (d) => claims.push(d)));
    // All three claimed (no fourth: every due row is held), by either instance.
    await eventually(async () => (g.started.length === 3 ? true : undefined), { what: 'three sends under way', timeoutMs: 10_000 });
    expect(await two.deliverOne(g.send, backoff, 3, record, [], () => undefined)).toBeNull();
    expect(new Set(g.started.map((d) => d.id)).size).toBe(3);
    g.open();
    expect(await Promise.all(runs)).toEqual(['sent', 'sent', 'sent']);
    expect(claims.every((c) => c !== null)).toBe(true);
    const rows = await sources[0].query(
      `select alert_id::text, channel, attempts, sent_at is not null as sent from intake.alert_deliveries
        where alert_id = any($1::uuid[]) order by alert_id, channel`,
      [[alert, alert2]],
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toMatchObject({ attempts: 1, sent: true });
    // Nothing left to send.
    expect(await one.deliverOne(g.send, backoff, 3, record, [], () => undefined)).toBeNull();
  });

  it('a busy target is skipped: its next delivery waits, another target is claimed', async () => {
    await raise([{ channel: 'webhook', target: 'http://hook.test/slow' }]);
    await raise([{ channel: 'webhook', target: 'http://hook.test/slow' }]);
    const fine = await raise([{ channel: 'email', target: 'c@ocam.test' }]);
    const busy = [deliveryTarget({ channel: 'webhook', target: 'http://hook.test/slow' })];
    const sent: DueDelivery[] = [];
    expect(
      await one.deliverOne(
        async (d) => void sent.push(d),
        backoff,
        3,
        record,
        busy,
        () => undefined,
      ),
    ).toBe('sent');
    expect(sent.map((d) => d.alertId)).toEqual([fine]);
    expect(
      await one.deliverOne(
        async (d) => void sent.push(d),
        backoff,
        3,
        record,
        busy,
        () => undefined,
      ),
    ).toBeNull();
    // Once it is free, both go, one after the other.
    expect(
      await one.deliverOne(
        async (d) => void sent.push(d),
        backoff,
        3,
        record,
        [],
        () => undefined,
      ),
    ).toBe('sent');
    expect(
      await one.deliverOne(
        async (d) => void sent.push(d),
        backoff,
        3,
        record,
        [],
        () => undefined,
      ),
    ).toBe('sent');
    expect(sent.slice(1).map((d) => d.target)).toEqual(['http://hook.test/slow', 'http://hook.test/slow']);
  });

  it('a target one instance is sending to is not claimed by the other: it claims another target, then that one once free', async () => {
    const first = await raise([{ channel: 'webhook', target: 'http://hook.test/shared' }]);
    const second = await raise([{ channel: 'webhook', target: 'http://hook.test/shared' }]);
    const other = await raise([{ channel: 'email', target: 'd@ocam.test' }]);
    // Instance one sends to the shared webhook (the oldest due delivery) and hangs there.
    const g = gate();
    const hanging = one.deliverOne(g.send, backoff, 3, record, [], () => undefined);
    await eventually(async () => (g.started.length === 1 ? true : undefined), { what: 'the first send under way', timeoutMs: 10_000 });
    expect(g.started[0]).toMatchObject({ alertId: first, target: 'http://hook.test/shared' });
    // Instance two, which knows nothing of it (no busy target), claims the other target, not the shared one's second delivery…
    const sent: DueDelivery[] = [];
    const send = async (d: DueDelivery): Promise<void> => void sent.push(d);
    expect(await two.deliverOne(send, backoff, 3, record, [], () => undefined)).toBe('sent');
    expect(sent.map((d) => d.alertId)).toEqual([other]);
    // …and nothing else while the shared webhook is being sent to.
    expect(await two.deliverOne(send, backoff, 3, record, [], () => undefined)).toBeNull();
    g.open();
    expect(await hanging).toBe('sent');
    // Free again: the second delivery goes, from either instance.
    expect(await two.deliverOne(send, backoff, 3, record, [], () => undefined)).toBe('sent');
    expect(sent.map((d) => d.alertId)).toEqual([other, second]);
    expect(await one.deliverOne(send, backoff, 3, record, [], () => undefined)).toBeNull();
  });
});
