import { derivedId } from '@passerelle/messaging';
import { eventually, KafkaMessage, produceAs, readTopic } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * What an agency's own Kafka client can put on its submission topic, held to what the gateway
 * holds a point of contact to (issue 32: items 1, 6 and 13).
 */
describe('ingress: direct Kafka submissions meet the gateway’s rules', () => {
  let sys: RunningSystem;
  const asAgency = (agency: string, messages: KafkaMessage[]) =>
    produceAs(`agency-${agency}`, `${sys.topicPrefix}signals.${agency}.submitted.v1`, messages, `agency-${agency}-system`);

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
    ]);
  });

  afterAll(async () => {
    await sys?.close();
  });

  const rejections = async () => (await readTopic(`${sys.topicPrefix}signals.rejected.v1`)).map((r) => JSON.parse(r.value ?? '{}'));
  const intakeRefs = async (refs: string[]) =>
    (
      await sys.sql<{ ref: string }>(`select payload->>'externalRef' as ref from intake.signals where payload->>'externalRef' = any($1)`, [
        refs,
      ])
    ).map((r) => r.ref);

  it('item 13: a direct submission supplementing another agency’s signal is refused, as the gateway refuses it', async () => {
    // Mobility's signal, through its gateway.
    const theirs = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', {
      key: sys.keys['poc-mobility'],
      body: exampleSignal('subject-person', 'SUPP-MOBILITY-1'),
    });
    expect(theirs.status).toBe(202);
    await eventually(async () => ((await intakeRefs(['SUPP-MOBILITY-1'])).length ? true : undefined), { what: "mobility's signal" });
    // The gateway refuses customs a supplement naming it …
    const viaGateway = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', {
      key: sys.keys['poc-customs'],
      body: { ...exampleSignal('minimal', 'SUPP-CUSTOMS-GW'), supplements: theirs.body.signalId },
    });
    expect(viaGateway.status).toBe(400);
    // … and so does the router when customs' own client produces it; customs' own earlier signal may be supplemented.
    await asAgency('customs', [{ key: 'own', value: JSON.stringify(exampleSignal('subject-vehicle', 'SUPP-CUSTOMS-OWN')) }]);
    await eventually(async () => ((await intakeRefs(['SUPP-CUSTOMS-OWN'])).length ? true : undefined), { what: "customs' own signal" });
    const own = derivedId('signal', 'customs', 'SUPP-CUSTOMS-OWN');
    await asAgency('customs', [
      { key: 'a', value: JSON.stringify({ ...exampleSignal('minimal', 'SUPP-CUSTOMS-OTHER'), supplements: theirs.body.signalId }) },
      {
        key: 'a',
        value: JSON.stringify({ ...exampleSignal('minimal', 'SUPP-CUSTOMS-UPPER'), supplements: theirs.body.signalId.toUpperCase() }),
      },
      { key: 'a', value: JSON.stringify({ ...exampleSignal('minimal', 'SUPP-CUSTOMS-FINE'), supplements: own }) },
    ]);
    await eventually(async () => ((await intakeRefs(['SUPP-CUSTOMS-FINE'])).length ? true : undefined), { what: 'the valid supplement' });
    const refused = await eventually(
      async () => {
        const rs = (await rejections()).filter(
          (r) => r.agency === 'customs' && r.reasons.some((x: { path: string }) => x.path === 'supplements'),
        );
        return rs.length >= 2 ? rs : undefined;
      },
      { what: 'two refused supplements' },
    );
    expect(refused.flatMap((r) => r.reasons)).toEqual(expect.arrayContaining([{ path: 'supplements', reason: 'unknown-signal' }]));
    expect(await intakeRefs(['SUPP-CUSTOMS-OTHER', 'SUPP-CUSTOMS-UPPER'])).toEqual([]);
    // The agency hears why, in its feedback.
    const inbox = await eventually(
      async () => {
        const r = await request(sys.urls['agency-gateway'], 'GET', '/v1/feedback?limit=100', { key: sys.keys['poc-customs'] });
        const items = r.body.items.filter(
          (i: { status: string; detail: { externalRef?: string } }) =>
            i.status === 'rejected' && i.detail.externalRef === 'SUPP-CUSTOMS-OTHER',
        );
        return items.length ? items : undefined;
      },
      { what: 'the rejection in customs feedback' },
    );
    expect(inbox[0].detail.reasons).toEqual([{ path: 'supplements', reason: 'unknown-signal' }]);
  });
  it('item 6: ids an agency’s own client writes reach no table verbatim unless they are UUIDs; other ids are refused with a reason', async () => {
    const planted = 'Janssens.Pieter.1975-02-03.NN75020312345';
    const uuid = '7a9e3c1d-2b4f-4e6a-8c0d-1e2f3a4b5c6d';
    const envelope = (ref: string, over: Record<string, unknown>) => ({
      eventId: '0f1e2d3c-4b5a-4968-8776-655443322110',
      occurredAt: new Date().toISOString(),
      signalId: '1f1e2d3c-4b5a-4968-8776-655443322111',
      traceId: 'ab'.repeat(16),
      agency: 'customs',
      signal: exampleSignal('subject-vehicle', ref),
      ...over,
    });
    await asAgency('customs', [
      // Valid, with a ce-id that is someone's name and birth date: routed, the ce-id kept only keyed.
      { key: 'p1', value: JSON.stringify(exampleSignal('subject-vessel', 'PLANT-CEID')), headers: { 'ce-id': planted } },
      // A UUID ce-id is kept as it is (scoped by the agency).
      { key: 'p2', value: JSON.stringify(exampleSignal('subject-iban', 'PLANT-UUID')), headers: { 'ce-id': uuid } },
      // Unknown fields named like ids, and traceparent-less trace ids: refused, none of it kept.
      {
        key: 'p3',
        value: JSON.stringify({ ...exampleSignal('minimal', 'PLANT-FIELDS'), signalId: planted, correlationId: planted }),
        headers: { 'ce-id': `${planted}-2` },
      },
      // Envelopes whose ids are not UUIDs: refused with the field and the reason.
      { key: 'p4', value: JSON.stringify(envelope('PLANT-ENV-EVENT', { eventId: planted })) },
      { key: 'p5', value: JSON.stringify(envelope('PLANT-ENV-SIGNAL', { signalId: planted, traceId: planted.slice(0, 32) })) },
    ]);
    await eventually(async () => ((await intakeRefs(['PLANT-CEID', 'PLANT-UUID'])).length === 2 ? true : undefined), {
      what: 'the two valid signals in the intake',
    });
    const refused = await eventually(
      async () => {
        const rs = (await rejections()).filter((r) => r.agency === 'customs' && r.topic.endsWith('customs.submitted.v1'));
        const paths = rs.flatMap((r) => r.reasons.map((x: { path: string; reason: string }) => `${x.path}: ${x.reason}`));
        return ['eventId: is-uuid', 'signalId: is-uuid', 'signalId: unknown-field', 'correlationId: unknown-field'].every((p) =>
          paths.includes(p),
        )
          ? rs
          : undefined;
      },
      { what: 'the refused ids on the rejected topic, with their reasons' },
    );
    expect(JSON.stringify(refused)).not.toContain('Janssens');
    // Everything in the ledger: five submissions and the router's answers to them.
    await eventually(
      async () => {
        const [{ n }] = await sys.sql<{ n: string }>(
          `select count(*) as n from audit.ledger where action = 'feedback.rejected' and agency = 'customs'`,
        );
        const [{ m }] = await sys.sql<{ m: string }>(
          `select count(*) as m from audit.ledger where action = 'signal.submitted' and payload_digest is not null and agency = 'customs'`,
        );
        return Number(n) >= 3 && Number(m) >= 5 ? true : undefined;
      },
      { what: 'the submissions and their rejections in the ledger' },
    );
    const leaks = await sys.sql<{ where: string }>(
      `select 'audit.ledger' as where from audit.ledger
        where concat_ws(' ', event_id, signal_id, correlation_id, trace_id, details::text) ilike '%janssens%'
       union all select 'router.inbox' from router.inbox where event_id ilike '%janssens%'
       union all select 'gateway.feedback' from gateway.feedback where concat_ws(' ', event_id, signal_id, detail::text) ilike '%janssens%'`,
    );
    expect(leaks).toEqual([]);
    const [kept] = await sys.sql<{ n: string }>(`select count(*) as n from audit.ledger where event_id = $1`, [`customs:${uuid}`]);
    expect(Number(kept.n)).toBe(1);
  });
});
