import { createHash, randomUUID } from 'node:crypto';
import { topicNames } from '@passerelle/contracts';
import { outsideEventId } from '@passerelle/messaging';
import { derivedId } from '@passerelle/crypto';
import { eventually, KafkaMessage, produceAs, readTopic } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/** How signal and event ids were derived before they were keyed: anyone could compute them. */
function unkeyedId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u001f'), 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** An example signal whose content is its own (the same content under another ref is a `duplicate-content`). */
const signal = (name: string, ref: string) => ({ ...exampleSignal(name, ref), summary: `Observation reported under ${ref}` });

interface TrailEntry {
  action: string;
  agency: string | null;
  sourceTopic: string;
  eventId: string;
}

/**
 * Ids bound to their source. Reported (attack 3 of issue 12): follow-up event ids were predictable
 * and every inbox and the ledger deduplicated on them across topics, so junk published under the id
 * the router would give a signal's feed event made the intake drop the real one, and a squatted
 * feedback id silently dropped an analyst's question; a direct submission's signal id could be
 * computed by anyone, so customs could claim mobility's signal (answered `duplicate-ref`, never
 * routed, customs' entries in its trail); and a submission on customs' topic claiming mobility was
 * recorded in the ledger as mobility's.
 *
 * This test knows the deployment's id secret (the test run's), so it can squat the very ids
 * Passerelle will mint — which an attacker without the secret cannot — and shows that even then a
 * same-id message on another topic suppresses nothing.
 */
describe('ids bound to their source', () => {
  let sys: RunningSystem;
  let t: ReturnType<typeof topicNames>;
  const savedFeeds = process.env.INTAKE_FEEDS;
  const traceId = 'ab'.repeat(16);

  beforeAll(async () => {
    // The intake consumes both feeds: a squat on one feed topic could reach the same inbox as the other.
    process.env.INTAKE_FEEDS = 'ocam,police-organised-crime';
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
    ]);
    t = topicNames(sys.topicPrefix);
  });

  afterAll(async () => {
    await sys?.close();
    if (savedFeeds === undefined) delete process.env.INTAKE_FEEDS;
    else process.env.INTAKE_FEEDS = savedFeeds;
  });

  const asOperator = (topic: string, messages: KafkaMessage[]) => produceAs('admin', topic, messages, 'squatter');
  const asAgency = (agency: string, topic: string, messages: KafkaMessage[]) =>
    produceAs(`agency-${agency}`, topic, messages, `agency-${agency}-system`);

  const inIntake = (signalId: string, what: string) =>
    eventually(
      async () => {
        const rows = await sys.sql<{ n: string }>(`select count(*)::text as n from intake.signals where signal_id = $1`, [signalId]);
        return rows[0].n !== '0' ? Number(rows[0].n) : undefined;
      },
      { what, timeoutMs: 60000 },
    );

  /** The notices an agency's inbox holds for a signal, once it holds every status of `statuses`. */
  const notices = (agency: string, signalId: string, statuses: string[], what: string) =>
    eventually(
      async () => {
        const rows = await sys.sql<{ status: string; event_id: string; detail: Record<string, unknown> }>(
          `select status, event_id, detail from gateway.feedback where agency = $1 and signal_id = $2 order by seq`,
          [agency, signalId],
        );
        return statuses.every((s) => rows.some((r) => r.status === s)) ? rows : undefined;
      },
      { what, timeoutMs: 60000 },
    );

  const verify = async () => {
    const v = await request(sys.urls.audit, 'GET', '/v1/audit/verify', { key: sys.keys.oversight });
    expect(v.status).toBe(200);
    expect(v.body).toMatchObject({ ok: true });
  };

  it('an id squatted on another topic suppresses nothing: the feed event, its delivery and the question to the agency arrive once', async () => {
    // The ids the genuine submission below will give rise to (computable here only: the test knows the secret).
    const ceId = `squatted-${randomUUID()}`;
    const ref = `SQUATTED-${Date.now()}`;
    const input = outsideEventId('customs', ceId);
    const signalId = derivedId('signal', 'customs', ref);
    const feedEventId = derivedId(input, 'feed', 'ocam');
    const routedNoticeId = derivedId(input, 'feedback');
    const deliveredId = derivedId(t.feed('ocam'), feedEventId, 'delivered');
    const questionId = derivedId(signalId, 'assessment', '1');

    // The squatter writes first, with an operator credential (it may write every topic): another
    // feed event on the other feed under the feed event's id, junk on the routed topic under it too,
    // and notices on mobility's feedback topic under the ids of customs' coming notices.
    const fake = {
      eventId: feedEventId,
      occurredAt: new Date().toISOString(),
      signalId: randomUUID(),
      traceId,
      agency: 'customs',
      feed: 'police-organised-crime',
      correlationId: randomUUID(),
      ruleId: 'squatter',
      ruleVersion: 1,
      signal: signal('subject-person', `SQUATTER-${Date.now()}`),
    };
    await asOperator(t.feed('police-organised-crime'), [{ key: 'squat', value: JSON.stringify(fake), headers: { 'ce-id': feedEventId } }]);
    await asOperator(t.routed, [{ key: 'squat', value: 'junk', headers: { 'ce-id': feedEventId } }]);
    const squattedNotices = [routedNoticeId, deliveredId, questionId];
    await asOperator(
      t.feedback('mobility'),
      squattedNotices.map((id) => ({
        key: 'squat',
        value: JSON.stringify({
          eventId: id,
          occurredAt: new Date().toISOString(),
          signalId: randomUUID(),
          traceId,
          agency: 'mobility',
          status: 'routed',
          detail: {},
        }),
        headers: { 'ce-id': id },
      })),
    );
    // Every squat has taken effect before the genuine submission is sent.
    await inIntake(fake.signalId, 'the squatting feed event in the intake');
    await eventually(
      async () => {
        const rows = await sys.sql(`select 1 from gateway.feedback where agency = 'mobility' and event_id = any($1::text[])`, [
          squattedNotices,
        ]);
        return rows.length === 3 ? rows : undefined;
      },
      { what: "the squatting notices in mobility's inbox" },
    );
    await eventually(
      async () => {
        const rows = await sys.sql(`select source_topic, event_id from audit.ledger where event_id = any($1::text[])`, [
          [feedEventId, ...squattedNotices],
        ]);
        if (rows.length !== 5) throw new Error(`${rows.length} of the 5 squats in the ledger: ${JSON.stringify(rows)}`);
        return rows;
      },
      { what: 'the squats in the ledger' },
    );

    // The genuine signal, as customs' own Kafka client sends it.
    await asAgency('customs', t.submitted('customs'), [
      { key: ref, value: JSON.stringify(signal('subject-person', ref)), headers: { 'ce-id': ceId } },
    ]);
    expect(await inIntake(signalId, 'the genuine signal in the intake')).toBe(1);
    const read = await request(sys.urls.intake, 'GET', `/v1/signals/${signalId}`, { key: sys.keys.analyst });
    expect(read.status).toBe(200);
    const assessed = await request(sys.urls.intake, 'POST', `/v1/signals/${signalId}/assessment`, {
      key: sys.keys.analyst,
      body: { outcome: 'more-information-requested', note: 'Which crossing was it?', version: read.body.version },
    });
    expect(assessed.status).toBe(201);
    expect(assessed.body.version).toBe(1);

    // Customs hears of each step once, the question included, under the very ids that were squatted.
    const got = await notices('customs', signalId, ['routed', 'delivered', 'assessed'], "customs' notices");
    expect(got.map((n) => n.status).sort()).toEqual(['assessed', 'delivered', 'routed']);
    expect(got.map((n) => n.event_id).sort()).toEqual([...squattedNotices].sort());
    expect(got.find((n) => n.status === 'assessed')!.detail).toMatchObject({ outcome: 'more-information-requested' });
    expect(got.find((n) => n.status === 'assessed')!.detail.question).toBe('Which crossing was it?');

    // One id, two topics, two events: each inbox and the ledger hold both.
    const inbox = await sys.sql<{ topic: string }>(`select topic from intake.inbox where event_id = $1 order by topic`, [feedEventId]);
    expect(inbox.map((r) => r.topic)).toEqual([t.feed('ocam'), t.feed('police-organised-crime')].sort());
    const ledger = await eventually(
      async () => {
        const rows = await sys.sql<{ source_topic: string; signal_id: string | null }>(
          `select source_topic, signal_id from audit.ledger where event_id = $1 order by source_topic`,
          [feedEventId],
        );
        return rows.length >= 3 ? rows : undefined;
      },
      { what: 'the genuine feed event in the ledger beside the squats' },
    );
    expect(ledger.map((r) => r.source_topic)).toEqual([t.feed('ocam'), t.feed('police-organised-crime'), t.routed].sort());
    expect(ledger.find((r) => r.source_topic === t.feed('ocam'))!.signal_id).toBe(signalId);
    await eventually(
      async () => {
        const rows = await sys.sql(`select 1 from audit.ledger where source_topic = $1 and event_id = $2`, [
          t.feedback('customs'),
          questionId,
        ]);
        return rows.length === 1 ? rows : undefined;
      },
      { what: 'the question to customs in the ledger' },
    );
    await verify();
  });

  it("customs' envelope carrying mobility's signal id is rejected; mobility's signals are routed and delivered once, its trail has no customs entry", async () => {
    const stamp = Date.now();
    const mobilityRef = `MOBILITY-${stamp}`;
    const mobilityId = derivedId('signal', 'mobility', mobilityRef);
    await asAgency('mobility', t.submitted('mobility'), [
      { key: mobilityRef, value: JSON.stringify(signal('subject-person', mobilityRef)) },
    ]);
    await inIntake(mobilityId, "mobility's signal in the intake");

    // Customs claims it, with a genuine signal of its own behind the claim on the same partition.
    const claimRef = `CUSTOMS-CLAIM-${stamp}`;
    const behindRef = `CUSTOMS-BEHIND-${stamp}`;
    const claim = {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      signalId: mobilityId,
      traceId,
      agency: 'customs',
      signal: signal('subject-person', claimRef),
    };
    await asAgency('customs', t.submitted('customs'), [
      { key: 'k', value: JSON.stringify(claim), headers: { 'ce-id': `claim-${stamp}` } },
      { key: 'k', value: JSON.stringify(signal('subject-vehicle', behindRef)) },
    ]);
    expect(await inIntake(derivedId('signal', 'customs', behindRef), "customs' signal behind the claim")).toBe(1);

    // Rejected with its reason, naming neither the id nor mobility; customs is told.
    const rejection = await eventually(
      async () =>
        (await readTopic(t.rejected))
          .map((r) => JSON.parse(r.value ?? '{}'))
          .find(
            (r) => r.topic === t.submitted('customs') && r.reasons.some((x: { reason: string }) => x.reason.startsWith('signal-id-taken')),
          ),
      { what: 'the rejection of the claim' },
    );
    expect(rejection).toMatchObject({ agency: 'customs', signalId: null });
    expect(JSON.stringify(rejection)).not.toContain(mobilityId);
    expect(JSON.stringify(rejection)).not.toContain('mobility');
    const told = await eventually(
      async () => {
        const rows = await sys.sql<{ signal_id: string; detail: { externalRef?: string } }>(
          `select signal_id, detail from gateway.feedback where agency = 'customs' and status = 'rejected' and detail->>'externalRef' = $1`,
          [claimRef],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'the rejection in customs’ inbox' },
    );
    expect(told).toHaveLength(1);
    expect(told[0].signal_id).not.toBe(mobilityId);

    // Nothing of the claim was stored, routed or linked; mobility's signal is as it was.
    expect(await sys.sql(`select agency, external_ref from router.signals where signal_id = $1`, [mobilityId])).toEqual([
      { agency: 'mobility', external_ref: mobilityRef },
    ]);
    expect(await sys.sql(`select 1 from router.signals where external_ref = $1`, [claimRef])).toEqual([]);
    expect(await sys.sql(`select agency from router.correlation_links where signal_id = $1`, [mobilityId])).toEqual([
      { agency: 'mobility' },
    ]);
    const routed = (await readTopic(t.routed))
      .flatMap((r) => (r.value?.startsWith('{') ? [JSON.parse(r.value)] : []))
      .filter((r) => r.signalId === mobilityId);
    expect(new Set(routed.map((r) => `${r.agency}/${r.verdict}`))).toEqual(new Set(['mobility/new']));

    // Mobility's later signals: the same ref again is its own repeat; a new one is routed.
    const laterRef = `MOBILITY-LATER-${stamp}`;
    await asAgency('mobility', t.submitted('mobility'), [
      { key: mobilityRef, value: JSON.stringify(signal('subject-person', mobilityRef)) },
      { key: laterRef, value: JSON.stringify(signal('subject-iban', laterRef)) },
    ]);
    expect(await inIntake(derivedId('signal', 'mobility', laterRef), "mobility's later signal")).toBe(1);
    const mobilityNotices = await notices('mobility', mobilityId, ['routed', 'delivered', 'duplicate'], "mobility's notices");
    expect(mobilityNotices.map((n) => n.status).sort()).toEqual(['delivered', 'duplicate', 'routed']);
    expect(await inIntake(mobilityId, "mobility's signal, once")).toBe(1);

    // What customs can compute of mobility's next id — the old derivation — is not that id: customs'
    // envelope under it is customs' own signal, and mobility's signal with that ref is routed.
    const nextRef = `MOBILITY-NEXT-${stamp}`;
    const guessed = unkeyedId('signal', 'mobility', nextRef);
    await asAgency('customs', t.submitted('customs'), [
      {
        key: 'guess',
        value: JSON.stringify({
          ...claim,
          eventId: randomUUID(),
          signalId: guessed,
          signal: signal('subject-person', `CUSTOMS-GUESS-${stamp}`),
        }),
      },
    ]);
    await inIntake(guessed, "customs' envelope under the guessed id");
    await asAgency('mobility', t.submitted('mobility'), [{ key: nextRef, value: JSON.stringify(signal('subject-person', nextRef)) }]);
    const nextId = derivedId('signal', 'mobility', nextRef);
    expect(nextId).not.toBe(guessed);
    expect(await inIntake(nextId, "mobility's next signal")).toBe(1);
    expect((await notices('mobility', nextId, ['routed', 'delivered'], "mobility's next notices")).map((n) => n.status).sort()).toEqual([
      'delivered',
      'routed',
    ]);

    // The claim is in the ledger under customs, and not in mobility's trail.
    await eventually(
      async () => {
        const rows = await sys.sql<{ agency: string }>(`select agency from audit.ledger where source_topic = $1 and event_id = $2`, [
          t.submitted('customs'),
          outsideEventId('customs', `claim-${stamp}`),
        ]);
        return rows.length ? rows : undefined;
      },
      { what: 'the claim in the ledger' },
    );
    const trail = await eventually(
      async () => {
        const r = await request(sys.urls.audit, 'GET', `/v1/audit/signals/${mobilityId}/trail`, { key: sys.keys.oversight });
        const entries = r.body.entries as TrailEntry[];
        return entries.filter((e) => e.action === 'feedback.delivered' || e.action === 'feedback.duplicate').length >= 2
          ? entries
          : undefined;
      },
      { what: "mobility's trail" },
    );
    expect(trail.filter((e) => e.action === 'signal.submitted').map((e) => e.agency)).toEqual(['mobility', 'mobility']);
    expect(trail.every((e) => e.agency === 'mobility' || e.agency === null)).toBe(true);
    expect(trail.some((e) => e.sourceTopic === t.submitted('customs') || e.sourceTopic === t.feedback('customs'))).toBe(false);
    expect(trail.filter((e) => e.action === 'signal.published-to-feed')).toHaveLength(1);
    await verify();
  });

  it("an envelope on customs' topic claiming mobility is recorded under customs, and the signal behind it is delivered once", async () => {
    const stamp = Date.now();
    const behindRef = `CUSTOMS-AFTER-CLAIM-${stamp}`;
    const claimed = {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      signalId: randomUUID(),
      traceId,
      agency: 'mobility',
      signal: signal('minimal', `CLAIMS-MOBILITY-${stamp}`),
    };
    await asAgency('customs', t.submitted('customs'), [
      { key: 'k', value: JSON.stringify(claimed), headers: { 'ce-id': `as-mobility-${stamp}` } },
      { key: 'k', value: '{"agency": "mobility", "externalRef": "UNREADABLE', headers: { 'ce-id': `unreadable-${stamp}` } },
      { key: 'k', value: JSON.stringify(signal('subject-vehicle', behindRef)) },
    ]);
    expect(await inIntake(derivedId('signal', 'customs', behindRef), 'the signal behind the claims')).toBe(1);

    const entries = await eventually(
      async () => {
        const rows = await sys.sql<{ event_id: string; action: string; agency: string; actor: string; claimed: string | null }>(
          `select event_id, action, agency, actor, details->>'claimedAgency' as claimed from audit.ledger
            where source_topic = $1 and event_id = any($2::text[]) order by event_id`,
          [t.submitted('customs'), [outsideEventId('customs', `as-mobility-${stamp}`), outsideEventId('customs', `unreadable-${stamp}`)]],
        );
        return rows.length === 2 ? rows : undefined;
      },
      { what: 'both submissions in the ledger' },
    );
    // In the order of their ids (keyed, since the agency's ce-ids are no UUIDs).
    const expected = [
      {
        event_id: outsideEventId('customs', `as-mobility-${stamp}`),
        action: 'signal.submitted',
        agency: 'customs',
        actor: 'agency:customs',
        claimed: 'mobility',
      },
      {
        event_id: outsideEventId('customs', `unreadable-${stamp}`),
        action: 'signal.submitted-unreadable',
        agency: 'customs',
        actor: 'agency:customs',
        claimed: null,
      },
    ].sort((a, b) => (a.event_id < b.event_id ? -1 : 1));
    expect(entries).toEqual(expected);
    // Rejected (the payload contradicts the topic), the rejection under customs too.
    const rejected = await eventually(
      async () => {
        const rows = await sys.sql<{ agency: string }>(
          `select agency from audit.ledger where action = 'signal.rejected' and signal_id = $1`,
          [claimed.signalId],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'the rejection in the ledger' },
    );
    expect(rejected).toEqual([{ agency: 'customs' }]);
    // Nothing read off customs' topics is mobility's in the ledger.
    const asMobility = await request(sys.urls.audit, 'GET', '/v1/audit/events?agency=mobility&limit=1000', { key: sys.keys.oversight });
    expect(asMobility.status).toBe(200);
    expect(
      (asMobility.body.entries as TrailEntry[]).filter(
        (e) => e.sourceTopic === t.submitted('customs') || e.sourceTopic === t.feedback('customs'),
      ),
    ).toEqual([]);
    await verify();
  });
});
