import { FeedSignalEvent, SignalSubmission } from '@passerelle/contracts';
import { createTestDatabase } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IntakeRepository } from '../feeds/intake.repository';
import { SignalsRepository } from '../signals/signals.repository';
import { StatsRepository } from './stats.repository';

/**
 * The flow figures (StatsRepository) on a real Postgres database of its own, no Kafka: each
 * verdict counted once per event, resubmissions apart from submissions, deliveries and outcomes per
 * agency, the period's bounds, and one agency's figures alone when asked.
 */
describe('StatsRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let intake: IntakeRepository;
  let signals: SignalsRepository;
  let stats: StatsRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    intake = new IntakeRepository(ds);
    signals = new SignalsRepository(ds);
    stats = new StatsRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const deliver = async (agency: string, dueAt: Date) => {
    const signalId = randomUUID();
    const e: FeedSignalEvent = {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      signalId,
      traceId: 'a'.repeat(32),
      agency,
      feed: 'ocam',
      correlationId: signalId,
      ruleId: 'default',
      ruleVersion: 1,
      signal: { classification: 'restricted', category: 'c', urgency: 'routine', retentionUntil: '2029-11-20' } as SignalSubmission,
    };
    await intake.transaction((tx) => tx.insertSignals([{ e, dueAt }]));
    return signalId;
  };
  const flow = (
    agency: string,
    kind: 'routed' | 'duplicate' | 'repeat' | 'rejected',
    signalId: string | null,
    occurredAt = new Date(),
  ) => ({
    eventId: randomUUID(),
    signalId,
    agency,
    kind,
    occurredAt: occurredAt.toISOString(),
  });

  it('records each flow event once', async () => {
    const flow = {
      eventId: randomUUID(),
      signalId: randomUUID(),
      agency: `ag${randomUUID().slice(0, 6)}`,
      kind: 'routed' as const,
      occurredAt: new Date().toISOString(),
    };
    await stats.recordFlow([flow]);
    await stats.recordFlow([flow, { ...flow, kind: 'duplicate' }]);
    expect(await ds.query(`select kind from intake.flow where event_id = $1`, [flow.eventId])).toEqual([{ kind: 'routed' }]);
  });

  it("counts one agency's flow and outcomes over a period, and only that agency's when asked", async () => {
    const [mine, theirs] = [`ag${randomUUID().slice(0, 6)}`, `ag${randomUUID().slice(0, 6)}`];
    const routed = randomUUID();
    const dup = randomUUID();
    const rows = [
      flow(mine, 'routed', routed),
      flow(mine, 'repeat', routed), // the same signal resubmitted: not a second submission
      flow(mine, 'duplicate', dup),
      flow(mine, 'rejected', null),
      flow(mine, 'routed', randomUUID(), new Date(Date.now() - 10 * 86_400_000)), // outside the period
      flow(theirs, 'routed', randomUUID()),
    ];
    await stats.recordFlow(rows);
    await stats.recordFlow(rows); // redelivered: counted once
    const relevant = await deliver(mine, new Date(Date.now() + 86_400_000));
    await deliver(mine, new Date(Date.now() - 60_000)); // unassessed and past due
    await deliver(mine, new Date(Date.now() + 86_400_000)); // unassessed, not due
    await signals.transaction((em) =>
      signals.assess(em, {
        signalId: relevant,
        expectedVersion: 0,
        outcome: 'relevant',
        note: null,
        analystId: randomUUID(),
        analystName: 'A',
      }),
    );
    const period = [new Date(Date.now() - 86_400_000), new Date(Date.now() + 60_000)] as const;
    const [figures] = await stats.flow(period[0], period[1], mine);
    expect(figures).toEqual({
      agency: mine,
      submitted: 3,
      routed: 1,
      duplicates: 1,
      resubmissions: 1,
      rejected: 1,
      delivered: 3,
      embargoed: 0,
      assessedRelevant: 1,
      assessedNotRelevant: 0,
      moreInformationRequested: 0,
      closed: 0,
      unassessed: 2,
      overdue: 1,
      medianHoursToAssessment: expect.any(Number),
    });
    expect((await stats.flow(period[0], period[1])).map((f) => f.agency)).toEqual(expect.arrayContaining([mine, theirs]));
    expect(await stats.flow(period[0], period[1], `none${randomUUID().slice(0, 6)}`)).toEqual([]);
    // A period before everything: nothing.
    expect(await stats.flow(new Date('2000-01-01'), new Date('2000-01-02'), mine)).toEqual([]);
  });

  it('an agency with deliveries but no verdicts in the period still has its row, with zero flow and no median', async () => {
    const agency = `ag${randomUUID().slice(0, 6)}`;
    await deliver(agency, new Date(Date.now() + 86_400_000));
    const [figures] = await stats.flow(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000), agency);
    expect(figures).toMatchObject({ agency, submitted: 0, routed: 0, delivered: 1, unassessed: 1, medianHoursToAssessment: null });
  });
});
