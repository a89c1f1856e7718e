import { createTestDatabase } from '@passerelle/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AlertNotice, GatewayAlertsRepository } from './alerts.repository';

/**
 * The gateway's alerts (GatewayAlertsRepository) on a real Postgres database of its own, no Kafka:
 * the intake's notices filed idempotently (a repeat changes nothing, the first acknowledgement is
 * kept), an alert listed only to the POCs of its agency it reached, newest first up to the limit,
 * and found for an acknowledgement only within the agency.
 */
describe('GatewayAlertsRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let alerts: GatewayAlertsRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    alerts = new GatewayAlertsRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const agency = (name: string) => `${name}-${randomBytes(3).toString('hex')}`;
  const notice = (of: string, principalId: string, over: Partial<AlertNotice> = {}): AlertNotice => ({
    alertId: randomUUID(),
    agency: of,
    step: 'raised',
    kind: 'immediate-signal',
    level: 'immediate',
    exercise: false,
    principalId,
    signalId: randomUUID(),
    productId: null,
    link: 'https://intake.test/alerts/x',
    occurredAt: new Date().toISOString(),
    ...over,
  });
  const ids = async (of: string, who: string, limit = 50) => (await alerts.reachedBy(of, who, limit)).map((a) => a.alertId);

  it('files an alert once: a repeated raise changes nothing, an escalation adds the POCs it reached once each', async () => {
    const a = agency('customs');
    const [first, second] = [randomUUID(), randomUUID()];
    const raised = notice(a, first, { kind: 'k1', link: 'https://intake.test/1' });
    await alerts.store([raised]);
    await alerts.store([{ ...raised, kind: 'changed', link: 'https://intake.test/changed' }]);
    const escalated: AlertNotice = { ...raised, step: 'escalated', principalId: second };
    await alerts.store([escalated, escalated]);
    await alerts.store([]);
    const [row] = await alerts.reachedBy(a, first, 10);
    expect(row).toMatchObject({
      alertId: raised.alertId,
      kind: 'k1',
      level: 'immediate',
      exercise: false,
      signalId: raised.signalId,
      productId: null,
      link: 'https://intake.test/1',
      raisedAt: new Date(raised.occurredAt),
      acknowledgedAt: null,
      acknowledgedBy: null,
    });
    expect(await ids(a, second)).toEqual([raised.alertId]);
    expect(await ds.query(`select alerted_ids::text[] as ids from gateway.alerts where id = $1`, [raised.alertId])).toEqual([
      { ids: [first, second] },
    ]);
  });

  it('keeps the first acknowledgement; one arriving before its raise still files the alert', async () => {
    const a = agency('customs');
    const [poc, acker, late] = [randomUUID(), randomUUID(), randomUUID()];
    const raised = notice(a, poc);
    const firstAck = new Date(Date.now() + 1000).toISOString();
    await alerts.store([raised, { ...raised, step: 'acknowledged', principalId: acker, occurredAt: firstAck }]);
    await alerts.store([{ ...raised, step: 'acknowledged', principalId: late, occurredAt: new Date(Date.now() + 5000).toISOString() }]);
    expect((await alerts.reachedBy(a, poc, 10))[0]).toMatchObject({ acknowledgedAt: new Date(firstAck), acknowledgedBy: acker });
    // The acknowledger is not counted as reached.
    expect(await ids(a, acker)).toEqual([]);

    const early = notice(a, acker, { step: 'acknowledged' });
    await alerts.store([early]);
    const [row] = await ds.query(
      `select acknowledged_by::text as by, alerted_ids::text[] as alerted_ids from gateway.alerts where id = $1`,
      [early.alertId],
    );
    expect(row).toEqual({ by: acker, alerted_ids: [] });
  });

  it("lists to a POC only its agency's alerts that reached it, newest first, up to the limit", async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const [me, other] = [randomUUID(), randomUUID()];
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
    const oldest = notice(a, me, { occurredAt: at(1) });
    const middle = notice(a, me, { occurredAt: at(2) });
    const newest = notice(a, me, { occurredAt: at(3) });
    const notMine = notice(a, other, { occurredAt: at(4) });
    // An alert of another agency that names the same POC id is never listed under this agency.
    const elsewhere = notice(b, me, { occurredAt: at(5) });
    await alerts.store([middle, oldest, newest, notMine, elsewhere]);
    expect(await ids(a, me)).toEqual([newest.alertId, middle.alertId, oldest.alertId]);
    expect(await ids(a, me, 2)).toEqual([newest.alertId, middle.alertId]);
    expect(await ids(a, other)).toEqual([notMine.alertId]);
    expect(await ids(b, me)).toEqual([elsewhere.alertId]);
    expect(await ids(agency('nobody'), me)).toEqual([]);
  });

  it('finds an alert for acknowledgement only within its agency, says whether it reached the POC, and acknowledges it', async () => {
    const [a, b] = [agency('customs'), agency('police')];
    const [me, other] = [randomUUID(), randomUUID()];
    const raised = notice(a, me);
    await alerts.store([raised]);
    expect(await alerts.transaction((em) => alerts.forUpdate(em, b, raised.alertId, me))).toBeNull();
    expect(await alerts.transaction((em) => alerts.forUpdate(em, a, randomUUID(), me))).toBeNull();
    expect(await alerts.transaction((em) => alerts.forUpdate(em, a, raised.alertId, other))).toMatchObject({
      alertId: raised.alertId,
      reached: false,
    });
    const at = await alerts.transaction(async (em) => {
      const found = await alerts.forUpdate(em, a, raised.alertId, me);
      expect(found).toMatchObject({ reached: true, acknowledgedAt: null });
      return alerts.acknowledge(em, raised.alertId, me);
    });
    expect(at).toBeInstanceOf(Date);
    expect((await alerts.reachedBy(a, me, 10))[0]).toMatchObject({ acknowledgedAt: at, acknowledgedBy: me });
    // An acknowledgement notice arriving later from the intake keeps the gateway's.
    await alerts.store([{ ...raised, step: 'acknowledged', principalId: other }]);
    expect((await alerts.reachedBy(a, me, 10))[0]).toMatchObject({ acknowledgedAt: at, acknowledgedBy: me });
  });
});
