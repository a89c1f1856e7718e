import { topicNames } from '@passerelle/contracts';
import { eventually, readTopic, withTestAdmin } from '@passerelle/testing';
import { collectionId } from '../apps/intake/src/taxii/stix-mapping';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

jest.setTimeout(6 * 60_000);

/**
 * Exercises (issue 29, item 8) on the real stack: customs submits a real signal and an exercise about
 * the same person. The exercise goes to the exercise feed only (never to OCAM's feed, never into the
 * real signal's dossier); the analysts of the real feed never see it, the exercise's analyst sees it
 * labelled (API, STIX, MISP); the flow figures count the real signal alone. OCAM publishes an
 * exercise product and a real one: both reach customs, the exercise labelled on the topic and in the
 * POC's inbox, and the dissemination figures count the real one alone.
 */
describe('exercises', () => {
  let sys: RunningSystem;
  const tag = Math.random().toString(36).slice(2, 8);
  const ids: Record<string, string> = {};

  const as = (who: string, app: 'intake' | 'agency-gateway') => (method: string, path: string, body?: unknown) =>
    request(sys.urls[app], method, path, { key: sys.keys[who], body });
  const signal = (ref: string, exercise: boolean) => {
    const s = exampleSignal('subject-person', `EX-${ref}-${tag}`);
    s.summary = `Exercise test ${ref} ${tag}`;
    if (exercise) s.exercise = true;
    return s;
  };
  const product = (exercise: boolean) => ({
    kind: 'bulletin',
    title: `${exercise ? 'Exercise' : 'Real'} bulletin ${tag}`,
    body: 'Vigilance at the port.',
    categories: ['terrorism'],
    competences: ['ports'],
    regions: ['poe-port-zeebrugge'],
    level: 2,
    classification: 'restricted',
    handling: 'H2',
    legalBasis: 'ocam-law-2006-art-10',
    ...(exercise ? { exercise: true } : {}),
  });
  /** The intake's flow consumer has read the routed topic to its end (so a skipped exercise was skipped, not pending). */
  const flowCaughtUp = async () => {
    const topic = topicNames(sys.topicPrefix).routed;
    return withTestAdmin(async (admin) => {
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId: `${sys.topicPrefix}passerelle.intake-flow`, topics: [topic] });
      const at = new Map(committed.partitions.map((p) => [p.partition, Number(p.offset)]));
      return ends.every((e) => Number(e.high) === 0 || (at.get(e.partition) ?? -1) >= Number(e.high));
    });
  };
  const customsFlow = async () => {
    const r = await as('oversight', 'intake')('GET', '/v1/stats?agency=customs');
    expect(r.status).toBe(200);
    return r.body.agencies[0] ?? { submitted: 0, routed: 0, delivered: 0 };
  };

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'analyst', role: 'analyst', clearance: 'secret', feeds: ['ocam'] },
      { name: 'analyst-exercise', role: 'analyst', clearance: 'secret', feeds: ['exercise'] },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
    ]);
  });
  afterAll(async () => {
    await sys?.close();
  });

  it('routes an exercise to the exercise feed only, apart from real dossiers; real analysts never see it; figures unchanged', async () => {
    const real = await as('poc-customs', 'agency-gateway')('POST', '/v1/signals', signal('real', false));
    expect(real.status).toBe(202);
    ids.real = real.body.signalId;
    await eventually(async () => (await sys.sql(`select 1 from intake.signals where signal_id = $1`, [ids.real]))[0], {
      what: 'the real signal at the intake',
      timeoutMs: 90_000,
    });
    await eventually(async () => ((await flowCaughtUp()) ? true : undefined), { what: 'the flow figures caught up' });
    const before = await customsFlow();
    expect(before).toMatchObject({ submitted: 1, routed: 1, delivered: 1 });

    // The same person, as an exercise.
    const ex = await as('poc-customs', 'agency-gateway')('POST', '/v1/signals', signal('exercise', true));
    expect(ex.status).toBe(202);
    ids.exercise = ex.body.signalId;
    const [stored] = await eventually(
      async () => {
        const rows = await sys.sql<{ feed: string; dossier: string }>(
          `select feed, dossier_id::text as dossier from intake.signals where signal_id = $1`,
          [ids.exercise],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'the exercise at the intake', timeoutMs: 90_000 },
    );
    expect(stored.feed).toBe('exercise');
    const [realRow] = await sys.sql<{ dossier: string }>(`select dossier_id::text as dossier from intake.signals where signal_id = $1`, [
      ids.real,
    ]);
    expect(stored.dossier).not.toBe(realRow.dossier);
    const [routed] = await sys.sql<{ destinations: string[]; correlation: string }>(
      `select destinations, correlation_id::text as correlation from router.signals where signal_id = $1`,
      [ids.exercise],
    );
    expect(routed.destinations).toEqual(['exercise']);

    // On Kafka: the exercise is on the exercise feed, never on OCAM's.
    const t = topicNames(sys.topicPrefix);
    const onFeed = async (feed: string) => (await readTopic(t.feed(feed))).map((m) => JSON.parse(m.value ?? '{}').signalId);
    expect(await onFeed('exercise')).toEqual([ids.exercise]);
    expect(await onFeed('ocam')).toEqual([ids.real]);
    const routedEvent = (await readTopic(t.routed)).map((m) => JSON.parse(m.value ?? '{}')).find((p) => p.signalId === ids.exercise);
    expect(routedEvent).toMatchObject({ exercise: true, destinations: ['exercise'], ruleId: 'exercise' });

    // The real feed's analyst: not found, not listed (as if it did not exist).
    expect((await as('analyst', 'intake')('GET', `/v1/signals/${ids.exercise}`)).status).toBe(404);
    const ocamFeed = await as('analyst', 'intake')('GET', '/v1/feeds/ocam/signals?limit=50');
    expect(ocamFeed.status).toBe(200);
    expect(JSON.stringify(ocamFeed.body)).not.toContain(ids.exercise);
    expect((await as('analyst', 'intake')('GET', '/v1/feeds/exercise/signals')).status).toBe(403);
    const dossier = await as('analyst', 'intake')('GET', `/v1/dossiers/${realRow.dossier}`);
    expect(JSON.stringify(dossier.body)).not.toContain(ids.exercise);

    // The exercise's analyst sees it, labelled: API, STIX, MISP.
    const one = await as('analyst-exercise', 'intake')('GET', `/v1/signals/${ids.exercise}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ exercise: true, signal: { exercise: true } });
    const feed = await as('analyst-exercise', 'intake')('GET', '/v1/feeds/exercise/signals');
    expect(feed.status).toBe(200);
    expect(JSON.stringify(feed.body)).toContain(ids.exercise);
    expect(JSON.stringify(feed.body)).not.toContain(ids.real);
    const misp = await as('analyst-exercise', 'intake')('GET', `/v1/signals/${ids.exercise}/misp`);
    expect(misp.status).toBe(200);
    expect(misp.body.Event.info).toMatch(/^EXERCISE: /);
    expect(misp.body.Event.Tag.map((x: { name: string }) => x.name)).toContain('passerelle:exercise="true"');
    const realMisp = await as('analyst', 'intake')('GET', `/v1/signals/${ids.real}/misp`);
    expect(realMisp.body.Event.info).not.toMatch(/EXERCISE/);
    const objects = await request(sys.urls.intake, 'GET', `/taxii2/passerelle/collections/${collectionId('exercise')}/objects/`, {
      key: sys.keys['analyst-exercise'],
      headers: { accept: 'application/taxii+json;version=2.1' },
    });
    expect(objects.status).toBe(200);
    const report = objects.body.objects.find((o: { type: string }) => o.type === 'report');
    expect(report.labels).toContain('exercise');
    expect(report.name).toMatch(/^EXERCISE: /);

    // The figures: the exercise counted nowhere.
    await eventually(async () => ((await flowCaughtUp()) ? true : undefined), { what: 'the flow figures caught up' });
    expect(await customsFlow()).toEqual(before);
  });

  it('delivers an exercise product labelled, and leaves it out of the dissemination figures', async () => {
    const figures = async () => {
      const r = await as('oversight', 'intake')('GET', '/v1/stats/dissemination');
      expect(r.status).toBe(200);
      const customs = (r.body.months as { agency: string; sent: number }[]).filter((m) => m.agency === 'customs');
      return customs.reduce((n, m) => n + m.sent, 0);
    };
    const sentBefore = await figures();
    const ex = await as('analyst', 'intake')('POST', '/v1/products', product(true));
    expect(ex.status).toBe(201);
    expect(ex.body.exercise).toBe(true);
    const real = await as('analyst', 'intake')('POST', '/v1/products', product(false));
    expect(real.status).toBe(201);
    expect(ex.body.decisions.find((d: { agency: string }) => d.agency === 'customs')).toMatchObject({ decision: 'sent' });

    const inbox = await eventually(
      async () => {
        const r = await as('poc-customs', 'agency-gateway')('GET', '/v1/products');
        const items = (r.body?.items ?? []) as { productId: string; exercise: boolean }[];
        return items.some((i) => i.productId === ex.body.productId) && items.some((i) => i.productId === real.body.productId)
          ? items
          : undefined;
      },
      { what: "both products in customs' inbox", timeoutMs: 90_000 },
    );
    expect(inbox.find((i) => i.productId === ex.body.productId)!.exercise).toBe(true);
    expect(inbox.find((i) => i.productId === real.body.productId)!.exercise).toBe(false);
    // On the agency's topic the label is a fact in clear: an agency's own Kafka client sees it without opening anything.
    const onTopic = (await readTopic(topicNames(sys.topicPrefix).products('customs'))).map((m) => JSON.parse(m.value ?? '{}'));
    expect(onTopic.find((p) => p.productId === ex.body.productId)).toMatchObject({ exercise: true });
    expect(onTopic.find((p) => p.productId === real.body.productId)?.exercise).toBeUndefined();
    // At the intake too.
    expect((await as('analyst', 'intake')('GET', `/v1/products/${ex.body.productId}`)).body.exercise).toBe(true);
    // The ledger says so on each copy and decision.
    await eventually(
      async () =>
        (
          await sys.sql(
            `select 1 from audit.ledger where action = 'product.published-to-agency' and details ->> 'productId' = $1 and details ->> 'exercise' = 'true'`,
            [ex.body.productId],
          )
        )[0],
      { what: 'the exercise label in the ledger' },
    );

    // One more sent to customs this month: the real product, not the exercise.
    expect(await figures()).toBe(sentBefore + 1);
  });
});
