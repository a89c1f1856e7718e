import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, testKafka, readTopic } from '@passerelle/testing';

import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

interface TrailEntry {
  seq: string;
  action: string;
  actor: string;
  traceId: string | null;
  details: Record<string, unknown>;
}

/**
 * What an oversight body asks: for one signal, who submitted what, where it went and why, who
 * looked at it, what was decided — every step, in order, under one trace id.
 */
describe('audit trail of a signal: submitted, routed, delivered, read, assessed', () => {
  let sys: RunningSystem;

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
    ]);
  });

  afterAll(async () => {
    await sys?.close();
  });

  it('has each step in order with one trace id, and a redelivered event adds nothing', async () => {
    const submitted = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', {
      key: sys.keys['poc-customs'],
      body: exampleSignal('subject-vehicle', 'TRAIL-1'),
    });
    expect(submitted.status).toBe(202);
    const { signalId, traceId } = submitted.body;
    await eventually(async () => (await sys.sql(`select 1 from intake.signals where signal_id = $1`, [signalId]))[0], {
      what: 'the signal in the intake',
    });
    const read = await request(sys.urls.intake, 'GET', `/v1/signals/${signalId}`, { key: sys.keys.analyst });
    expect(read.status).toBe(200);
    const assessed = await request(sys.urls.intake, 'POST', `/v1/signals/${signalId}/assessment`, {
      key: sys.keys.analyst,
      body: { outcome: 'relevant', note: 'matches an open dossier', version: read.body.version },
    });
    expect(assessed.status).toBe(201);

    const steps = [
      'signal.submitted',
      'signal.routed',
      'signal.published-to-feed',
      'feedback.routed',
      'feedback.delivered',
      'access.recorded',
      'feedback.assessed',
    ];
    const trail = async (): Promise<TrailEntry[]> =>
      (await request(sys.urls.audit, 'GET', `/v1/audit/signals/${signalId}/trail`, { key: sys.keys.oversight })).body.entries;
    const entries = await eventually(
      async () => {
        const e = await trail();
        return steps.every((s) => e.some((x) => x.action === s)) && e.filter((x) => x.action === 'access.recorded').length >= 2
          ? e
          : undefined;
      },
      { what: 'every step in the trail', timeoutMs: 60000 },
    );
    const actions = entries.map((e) => e.action);
    const first = (a: string) => actions.indexOf(a);
    expect(first('signal.submitted')).toBe(0);
    expect(first('signal.routed')).toBeLessThan(first('feedback.delivered'));
    expect(first('signal.published-to-feed')).toBeLessThan(first('feedback.delivered'));
    expect(first('feedback.delivered')).toBeLessThan(first('access.recorded'));
    expect(first('access.recorded')).toBeLessThan(first('feedback.assessed'));
    expect(new Set(entries.map((e) => e.traceId))).toEqual(new Set([traceId]));

    const routed = entries.find((e) => e.action === 'signal.routed')!;
    expect(routed.details).toMatchObject({
      verdict: 'new',
      ruleId: 'organised-crime-to-police',
      destinations: ['ocam', 'police-organised-crime'],
    });
    expect(
      entries
        .filter((e) => e.action === 'signal.published-to-feed')
        .map((e) => e.details.feed)
        .sort(),
    ).toEqual(['ocam', 'police-organised-crime']);
    const reads = entries.filter((e) => e.action === 'access.recorded');
    expect(reads.map((r) => r.details.endpoint)).toEqual(['GET /v1/signals/{id}', 'POST /v1/signals/{id}/assessment']);
    expect(reads.every((r) => r.details.principalName === 'analyst' && r.details.role === 'analyst')).toBe(true);
    expect(entries.find((e) => e.action === 'feedback.assessed')!.details).toMatchObject({ outcome: 'relevant' });

    // The same delivery notice delivered again (same ce-id) is not recorded twice.
    const feedbackTopic = `${sys.topicPrefix}feedback.customs.v2`;
    const delivered = (await readTopic(feedbackTopic)).find((r) => r.value?.includes('"delivered"') && r.value.includes(signalId))!;
    const marker = JSON.stringify({ marker: signalId });
    const producer = testKafka('replay').producer();
    await producer.connect();
    await producer.send({
      topic: feedbackTopic,
      // Same key, same partition: once the marker is recorded, the replay before it has been read.
      messages: [
        { key: signalId, value: delivered.value, headers: delivered.headers },
        { key: signalId, value: marker },
      ],
    });
    await producer.disconnect();
    await eventually(
      async () =>
        (await sys.sql(`select 1 from audit.ledger where payload_digest = encode(sha256(convert_to($1, 'UTF8')), 'hex')`, [marker]))[0],
      {
        what: 'the audit service to have read past the replay',
      },
    );
    const again = await trail();
    expect(again.filter((e) => e.action === 'feedback.delivered')).toHaveLength(1);
  });

  it('the intake and the audit serve their OpenAPI documents at /docs, as committed in docs/', async () => {
    for (const [app, file, paths] of [
      [
        'intake',
        'openapi-intake.json',
        ['/v1/feeds/{feed}/signals', '/v1/feeds/{feed}/stream', '/v1/signals/{id}/assessment', '/v1/admin/principals'],
      ],
      ['audit', 'openapi-audit.json', ['/v1/audit/signals/{id}/trail', '/v1/audit/events', '/v1/audit/verify', '/v1/audit/export']],
    ] as const) {
      const r = await request(sys.urls[app], 'GET', '/docs');
      expect(r.status).toBe(200);
      expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining([...paths]));
      expect(r.body).toEqual(JSON.parse(readFileSync(join(__dirname, '..', 'docs', file), 'utf8')));
    }
  });
});
