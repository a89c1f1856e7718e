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
});
