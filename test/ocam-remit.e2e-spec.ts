import { topicNames } from '@passerelle/contracts';
import { eventually, KafkaMessage, produceAs, readTopic } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * OCAM's remit (law of 10 July 2006: terrorism and extremism) as data: a signal none of whose
 * categories is within it is rejected `outside-remit` and reaches no OCAM feed, through the gateway
 * (its receipt says rejected, with the reason) and on the direct Kafka path alike; a mixed one is routed.
 */
jest.setTimeout(3 * 60_000);

describe("OCAM's remit", () => {
  let sys: RunningSystem;
  const run = Date.now().toString(36);
  const asCustoms = (topic: string, messages: KafkaMessage[]) => produceAs('agency-customs', topic, messages, 'agency-customs-system');
  const gw = (method: string, path: string, body?: unknown) =>
    request(sys.urls['agency-gateway'], method, path, { key: sys.keys['poc-customs'], body });

  /** The signal ids on OCAM's feed topic. */
  const onOcamFeed = async () =>
    new Set((await readTopic(topicNames(sys.topicPrefix).feed('ocam'))).map((r) => JSON.parse(r.value ?? '{}').signalId as string));
  const rejectedEvents = async () => (await readTopic(topicNames(sys.topicPrefix).rejected)).map((r) => JSON.parse(r.value ?? '{}'));

  beforeAll(async () => {
    sys = await startSystem([{ name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' }]);
  });

  afterAll(async () => {
    await sys?.close();
  });

  it('a road-safety-only signal is rejected outside-remit, its receipt says so, and it reaches no OCAM feed; a mixed one is routed', async () => {
    const road = exampleSignal('subject-vehicle', `REMIT-ROAD-${run}`);
    road.category = 'road-safety';
    delete road.additionalCategories;
    const mixed = exampleSignal('subject-iban', `REMIT-MIXED-${run}`);
    mixed.category = 'fraud.tax';
    mixed.additionalCategories = ['terrorism.financing'];

    const r1 = await gw('POST', '/v1/signals', road);
    expect(r1.status).toBe(202);
    const roadId: string = r1.body.signalId;
    const r2 = await gw('POST', '/v1/signals', mixed);
    expect(r2.status).toBe(202);
    const mixedId: string = r2.body.signalId;

    // The receipt: rejected, with the reason.
    const receipt = await eventually(
      async () => {
        const r = await gw('GET', `/v1/signals/${roadId}`);
        return r.body.status === 'rejected' ? r.body : undefined;
      },
      { what: 'the road-safety signal rejected on its receipt', timeoutMs: 60_000 },
    );
    const last = receipt.history[receipt.history.length - 1];
    expect(JSON.stringify(last.detail)).toContain('outside-remit');
    expect(receipt.history.map((h: { status: string }) => h.status)).not.toContain('routed');

    // On the rejected topic, with the reason and the signal's own id.
    const rejected = (await rejectedEvents()).find((e) => e.signalId === roadId);
    expect(rejected).toMatchObject({ agency: 'customs', reasons: [{ path: 'category', reason: 'outside-remit' }] });

    // The mixed one goes to OCAM and is delivered.
    await eventually(
      async () => ((await sys.sql(`select 1 from intake.signals where signal_id = $1`, [mixedId])).length ? true : undefined),
      { what: 'the mixed signal in the intake', timeoutMs: 60_000 },
    );
    const feed = await onOcamFeed();
    expect(feed.has(mixedId)).toBe(true);
    // The router decided on the road signal (rejected) before it was asked again: nothing of it anywhere downstream.
    expect(feed.has(roadId)).toBe(false);
    expect(await sys.sql(`select 1 from intake.signals where signal_id = $1`, [roadId])).toHaveLength(0);
    expect(await sys.sql(`select 1 from router.signals where signal_id = $1`, [roadId])).toHaveLength(0);
    const routed = (await readTopic(topicNames(sys.topicPrefix).routed)).map((r) => JSON.parse(r.value ?? '{}'));
    expect(routed.find((e) => e.signalId === roadId)).toBeUndefined();
    expect(routed.find((e) => e.signalId === mixedId)).toMatchObject({ verdict: 'new', destinations: ['ocam'] });
  });

  it('on the direct Kafka path: an out-of-remit signal is rejected outside-remit with a notice to the agency, and reaches no feed', async () => {
    const topic = topicNames(sys.topicPrefix).submitted('customs');
    const fraud = exampleSignal('subject-iban', `REMIT-KAFKA-FRAUD-${run}`);
    fraud.category = 'fraud.social';
    fraud.additionalCategories = ['domestic-sexual-violence'];
    const extremism = exampleSignal('subject-phone', `REMIT-KAFKA-EXT-${run}`);
    extremism.category = 'extremism';
    await asCustoms(topic, [
      { key: 'k', value: JSON.stringify(fraud) },
      { key: 'k', value: JSON.stringify(extremism) },
    ]);
    const notice = await eventually(
      async () => {
        const items = (await readTopic(topicNames(sys.topicPrefix).feedback('customs'))).map((r) => JSON.parse(r.value ?? '{}'));
        return items.find((i) => i.status === 'rejected' && i.detail?.externalRef === fraud.externalRef);
      },
      { what: 'the rejection notice on the agency’s feedback topic', timeoutMs: 60_000 },
    );
    expect(notice.detail.reasons).toEqual([{ path: 'category', reason: 'outside-remit' }]);
    // Extremism is within the remit: routed, behind the rejected one on the same partition.
    await eventually(
      async () =>
        (await sys.sql(`select 1 from intake.signals where payload->>'externalRef' = $1`, [extremism.externalRef])).length
          ? true
          : undefined,
      { what: 'the extremism signal in the intake', timeoutMs: 60_000 },
    );
    expect(await sys.sql(`select 1 from intake.signals where payload->>'externalRef' = $1`, [fraud.externalRef])).toHaveLength(0);
    expect((await onOcamFeed()).has(notice.signalId)).toBe(false);
  });
});
