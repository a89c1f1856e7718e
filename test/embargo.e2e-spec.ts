import { topicNames } from '@passerelle/contracts';
import { eventually, produceAs, readTopic } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { readSse } from './support/sse';
import { RunningSystem, startSystem } from './support/system';

/**
 * Embargo on a signal (issue 27): the source names the OCAM principals (here the director) who alone
 * may read it until one of them releases it. Another analyst with the same clearance and feeds sees
 * nothing of it — not in the feed's pages, its stream, a read by id, a dossier, or the oversight's
 * figures — and no dossier links through it; every read, every refused attempt and the release are in
 * the ledger. Bad embargoes are refused: 400 at the gateway, rejected with the reason on Kafka.
 */
jest.setTimeout(4 * 60_000);

interface Entry {
  action: string;
  actor: string;
  signalId: string | null;
  details: Record<string, unknown>;
}

describe('embargo', () => {
  let sys: RunningSystem;
  const run = Date.now().toString(36);
  const id: Record<string, string> = {};
  const principal: Record<string, string> = {};
  const gw = (method: string, path: string, body?: unknown) =>
    request(sys.urls['agency-gateway'], method, path, { key: sys.keys['poc-customs'], body });
  const intake = (who: string, method: string, path: string, body?: unknown) =>
    request(sys.urls.intake, method, path, { key: sys.keys[who], body });
  const ledger = (action: string, who: string) =>
    sys.sql<Entry>(
      `select action, actor, signal_id as "signalId", details from audit.ledger where action = $1 and actor = $2 order by seq`,
      [action, `principal:${principal[who]}`],
    );
  const pageIds = async (who: string) =>
    ((await intake(who, 'GET', '/v1/feeds/ocam/signals?limit=500')).body.items as { signalId: string }[]).map((i) => i.signalId);
  const stream = (who: string, until: string, lastEventId?: string) =>
    readSse(`${sys.urls.intake}/v1/feeds/ocam/stream`, {
      key: sys.keys[who],
      lastEventId,
      done: (events) => events.some((e) => e.event === 'signal' && JSON.parse(e.data).signalId === until),
      timeoutMs: 30_000,
    });
  const customsFigures = async () => {
    const r = await intake('oversight', 'GET', '/v1/stats?agency=customs');
    expect(r.status).toBe(200);
    return r.body.agencies[0];
  };

  /** Submits one signal and waits until the intake holds it (so that the next one is routed after it). */
  const submitAndDeliver = async (signal: Record<string, unknown>) => {
    const r = await gw('POST', '/v1/signals', signal);
    expect(r.status).toBe(202);
    const signalId: string = r.body.signalId;
    await eventually(
      async () => ((await sys.sql(`select 1 from intake.signals where signal_id = $1`, [signalId])).length ? true : undefined),
      { what: `${String(signal.externalRef)} in the intake`, timeoutMs: 60_000 },
    );
    return signalId;
  };

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'ocam-director', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
    ]);
    for (const r of await sys.sql<{ id: string; name: string }>(`select id, name from identity.principals`)) principal[r.name] = r.id;
  });

  afterAll(async () => {
    await sys?.close();
  });

  it('refuses an embargo naming nobody, or somebody who is not an analyst at OCAM, with the field (400)', async () => {
    const cases: [string[], string][] = [
      [[], 'embargo.principals'],
      [['nobody-of-that-name'], 'embargo.principals[0]'],
      [['ocam-director', 'poc-customs'], 'embargo.principals[1]'],
      [['ocam director'], 'embargo.principals'], // not a principal name: refused by the contract, on the list
    ];
    for (const [principals, path] of cases) {
      const s = exampleSignal('subject-phone', `EMB-BAD-${run}-${principals.length}-${path.length}`);
      s.embargo = { principals };
      const r = await gw('POST', '/v1/signals', s);
      expect(r.status).toBe(400);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(r.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
    // In a batch: that item is rejected, the others accepted.
    const bad = exampleSignal('subject-phone', `EMB-BATCH-BAD-${run}`);
    bad.embargo = { principals: ['nobody-of-that-name'] };
    const batch = await gw('POST', '/v1/signals/batch', { signals: [bad] });
    expect(batch.status).toBe(200);
    expect(batch.body.results[0]).toMatchObject({ outcome: 'rejected', errors: [{ path: 'signals[0].embargo.principals[0]' }] });
    // Nothing of them was stored.
    expect(await sys.sql(`select 1 from gateway.signals where external_ref like $1`, [`EMB-%BAD-${run}%`])).toHaveLength(0);
  });

  it('on the direct Kafka path, an embargo naming an unknown principal is rejected with the reason, and routed nowhere', async () => {
    const s = exampleSignal('subject-phone', `EMB-KAFKA-${run}`);
    s.embargo = { principals: ['ocam-director', 'nobody-of-that-name'] };
    await produceAs(
      'agency-customs',
      topicNames(sys.topicPrefix).submitted('customs'),
      [{ key: 'k', value: JSON.stringify(s) }],
      'agency-customs-system',
    );
    const notice = await eventually(
      async () => {
        const items = (await readTopic(topicNames(sys.topicPrefix).feedback('customs'))).map((r) => JSON.parse(r.value ?? '{}'));
        return items.find((i) => i.status === 'rejected' && i.detail?.externalRef === s.externalRef);
      },
      { what: 'the rejection notice on the agency’s feedback topic', timeoutMs: 60_000 },
    );
    expect(notice.detail.reasons).toEqual([{ path: 'embargo.principals[1]', reason: 'unknown-principal' }]);
    expect(await sys.sql(`select 1 from intake.signals where payload->>'externalRef' = $1`, [s.externalRef])).toHaveLength(0);
  });

  it('only the named principal sees an embargoed signal (list, stream, read, dossier, stats) until it releases it', async () => {
    // A: a plain signal about a person. B: embargoed to the director, about the same person (so in
    // A's dossier) and a phone. C: a plain signal about that phone only, which only B links to A.
    const a = exampleSignal('subject-person', `EMB-A-${run}`);
    const person = { ...a.subjects[0], documents: [{ type: 'passport', number: `EMB${run}`.slice(0, 20), issuingCountry: 'BE' }] };
    a.subjects = [person];
    const phone = { kind: 'phone', number: `+3247${String(Date.now()).slice(-7)}` };
    const b = exampleSignal('subject-person', `EMB-B-${run}`);
    b.subjects = [person, phone];
    b.summary = 'Embargoed: for the director only.';
    b.embargo = { principals: ['ocam-director'] };
    const c = exampleSignal('subject-phone', `EMB-C-${run}`);
    c.subjects = [phone];
    id.a = await submitAndDeliver(a);
    id.b = await submitAndDeliver(b);
    id.c = await submitAndDeliver(c);
    const [dossierA] = await sys.sql<{ d: string }>(`select dossier_id::text as d from intake.signals where signal_id = $1`, [id.a]);
    const before = await customsFigures();

    // The director: in its pages, its stream, by id and in A's dossier, with the embargo shown.
    expect(await pageIds('ocam-director')).toEqual(expect.arrayContaining([id.a, id.b, id.c]));
    const dirStream = await stream('ocam-director', id.c);
    expect(dirStream.events.filter((e) => e.event === 'signal').map((e) => JSON.parse(e.data).signalId)).toContain(id.b);
    const readB = await intake('ocam-director', 'GET', `/v1/signals/${id.b}`);
    expect(readB.status).toBe(200);
    expect(readB.body.embargo).toMatchObject({ principals: ['ocam-director'], releasedAt: null });
    expect(readB.body.dossierId).toBe(dossierA.d);
    const dirDossier = await intake('ocam-director', 'GET', `/v1/dossiers/${dossierA.d}`);
    expect(dirDossier.body.signals.map((s: { signalId: string }) => s.signalId)).toEqual([id.a, id.b]);

    // Another analyst, same clearance and feed: nothing of B anywhere.
    const seen = await pageIds('analyst');
    expect(seen).toEqual(expect.arrayContaining([id.a, id.c]));
    expect(seen).not.toContain(id.b);
    const anStream = await stream('analyst', id.c);
    const streamed = anStream.events.filter((e) => e.event === 'signal');
    expect(streamed.map((e) => JSON.parse(e.data).signalId)).not.toContain(id.b);
    expect(JSON.stringify(anStream.events)).not.toContain('for the director only');
    const denied = await intake('analyst', 'GET', `/v1/signals/${id.b}`);
    const absent = await intake('analyst', 'GET', `/v1/signals/00000000-0000-4000-8000-000000000000`);
    expect(denied.status).toBe(404);
    // The same answer as for a signal that does not exist: the embargo's existence is not disclosed.
    expect({ ...denied.body, detail: '', instance: '' }).toEqual({ ...absent.body, detail: '', instance: '' });
    const anDossier = await intake('analyst', 'GET', `/v1/dossiers/${dossierA.d}`);
    expect(anDossier.body.signals.map((s: { signalId: string }) => s.signalId)).toEqual([id.a]);
    expect(JSON.stringify(anDossier.body)).not.toContain(id.b);
    // No dossier links through B: C (which shares only B's phone) is not in A's dossier, for anyone.
    const readC = await intake('analyst', 'GET', `/v1/signals/${id.c}`);
    expect(readC.body.dossierId).not.toBe(dossierA.d);
    expect(JSON.stringify(readC.body)).not.toContain(id.b);
    expect(await intake('analyst', 'POST', `/v1/signals/${id.b}/assessment`, { outcome: 'relevant', version: 0 })).toMatchObject({
      status: 404,
    });
    // Oversight's figures: delivered and the assessment figures leave it out; it counts as embargoed.
    expect(before).toMatchObject({ embargoed: 1 });
    // The other analyst may not release it (404, as for a read).
    expect((await intake('analyst', 'POST', `/v1/signals/${id.b}/embargo/release`)).status).toBe(404);

    // In the ledger: the director's reads list B; the other analyst's attempts are refused attempts, reason embargoed.
    await eventually(
      async () => {
        const reads = await ledger('access.recorded', 'ocam-director');
        return reads.some((e) => ((e.details.signalIds as string[]) ?? []).includes(id.b)) || undefined;
      },
      { what: "the director's read of B in the ledger", timeoutMs: 60_000 },
    );
    const refused = await eventually(
      async () => {
        const d = (await ledger('access.denied', 'analyst')).filter((e) => e.details.reason === 'embargoed');
        return d.length >= 3 ? d : undefined;
      },
      { what: "the analyst's refused attempts in the ledger", timeoutMs: 60_000 },
    );
    expect(refused.map((e) => e.details.endpoint)).toEqual(
      expect.arrayContaining(['GET /v1/signals/{id}', 'POST /v1/signals/{id}/assessment', 'POST /v1/signals/{id}/embargo/release']),
    );
    expect(refused.every((e) => e.signalId === id.b)).toBe(true);
    expect((await ledger('access.recorded', 'analyst')).flatMap((e) => (e.details.signalIds as string[]) ?? [])).not.toContain(id.b);

    // The director releases it; a second release is a conflict.
    const lastSeen = streamed[streamed.length - 1].id;
    const released = await intake('ocam-director', 'POST', `/v1/signals/${id.b}/embargo/release`);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ signalId: id.b, released: true, releasedBy: 'ocam-director' });
    expect((await intake('ocam-director', 'POST', `/v1/signals/${id.b}/embargo/release`)).status).toBe(409);

    // From now on the other analyst sees it: it arrives on the stream it follows (resumed after the last
    // event it had), in its pages, by id and in A's dossier; the figures count it as delivered.
    const resumed = await stream('analyst', id.b, lastSeen);
    expect(resumed.events.filter((e) => e.event === 'signal').map((e) => JSON.parse(e.data).signalId)).toEqual([id.b]);
    expect(await pageIds('analyst')).toContain(id.b);
    const nowRead = await intake('analyst', 'GET', `/v1/signals/${id.b}`);
    expect(nowRead.status).toBe(200);
    expect(nowRead.body.embargo.releasedAt).not.toBeNull();
    expect(
      (await intake('analyst', 'GET', `/v1/dossiers/${dossierA.d}`)).body.signals.map((s: { signalId: string }) => s.signalId),
    ).toEqual([id.a, id.b]);
    const after = await customsFigures();
    expect(after.embargoed).toBe(0);
    expect(after.delivered).toBe(before.delivered + 1);

    // The release is in the ledger, in B's trail, by the director.
    const [release] = await eventually(
      async () => {
        const r = await ledger('embargo.released', 'ocam-director');
        return r.length ? r : undefined;
      },
      { what: 'the release in the ledger', timeoutMs: 60_000 },
    );
    expect(release).toMatchObject({ signalId: id.b, details: { endpoint: 'POST /v1/signals/{id}/embargo/release' } });
    await eventually(
      async () => {
        const reads = await ledger('access.recorded', 'analyst');
        return reads.some((e) => ((e.details.signalIds as string[]) ?? []).includes(id.b)) || undefined;
      },
      { what: "the analyst's read of B, once released, in the ledger", timeoutMs: 60_000 },
    );
  });
});
