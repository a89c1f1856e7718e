import { eventually, readTopic } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { readSse } from './support/sse';
import { RunningSystem, startSystem } from './support/system';

const yesterday = new Date(Date.now() - 86_400_000);

/**
 * The analysts' intake, end to end: signals submitted through the gateway, routed by the router,
 * read by analysts through the intake API under need-to-know and clearance, assessed, with the
 * feedback reaching the source agency's inbox.
 */
// Longer than the paging test's own 2-minute deadline, so a slow run fails with that message.
jest.setTimeout(4 * 60_000);

describe('intake: analyst feeds, access control, assessments and feedback', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  let dossierId: string;

  const gateway = (poc: string, path: string, body?: unknown) =>
    request(sys.urls['agency-gateway'], body === undefined ? 'GET' : 'POST', path, { key: sys.keys[poc], body });
  const intake = (who: string, method: string, path: string, body?: unknown) =>
    request(sys.urls.intake, method, path, { key: sys.keys[who], body });

  async function submit(poc: string, signal: Record<string, unknown>): Promise<string> {
    const r = await gateway(poc, '/v1/signals', signal);
    expect(r.status).toBe(202);
    return r.body.signalId;
  }

  async function inIntake(signalIds: string[]): Promise<void> {
    await eventually(
      async () => {
        const rows = await sys.sql(`select 1 from intake.signals where signal_id = any($1::uuid[])`, [signalIds]);
        return rows.length === signalIds.length ? rows : undefined;
      },
      { what: `${signalIds.length} signal(s) in the intake`, timeoutMs: 60000 },
    );
  }

  /** Every item of a feed the reader may see, following the cursor to the end. */
  async function readWholeFeed(who: string, feed = 'ocam'): Promise<{ signalId: string; classification: string; dossierId: string }[]> {
    const items: { signalId: string; classification: string; dossierId: string }[] = [];
    let cursor = '';
    for (;;) {
      const r = await intake(who, 'GET', `/v1/feeds/${feed}/signals?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      items.push(...r.body.items);
      cursor = r.body.nextCursor;
      if (r.body.items.length < 50) return items;
    }
  }

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
      { name: 'analyst-confidential', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'analyst-second', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'analyst-restricted', role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
      { name: 'analyst-expired', role: 'analyst', clearance: 'confidential', clearanceExpiresAt: yesterday, feeds: ['ocam'] },
      { name: 'analyst-no-feed', role: 'analyst', clearance: 'top-secret', feeds: ['police-organised-crime'] },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
      // For the dossier and stream cases, on agencies the flow figures below do not count.
      { name: 'poc-foreign-affairs', role: 'poc', agency: 'foreign-affairs', clearance: 'confidential' },
      { name: 'poc-immigration', role: 'poc', agency: 'immigration', clearance: 'restricted' },
      { name: 'officer', role: 'security-officer', clearance: 'confidential' },
      { name: 'analyst-lowered', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'analyst-audited', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
    ]);
    // The same person (one passport, written differently) reported by customs at two levels and
    // by mobility unclassified: three signals, one dossier.
    const confidential = exampleSignal('subject-person', 'INTAKE-CONF');
    confidential.classification = 'confidential';
    const restricted = exampleSignal('subject-person', 'INTAKE-RESTR');
    restricted.observedAt = '2026-11-21T09:00:00Z';
    const unclassified = exampleSignal('subject-person', 'INTAKE-UNCL');
    unclassified.classification = 'unclassified';
    unclassified.subjects[0].documents[0].number = 'em-123456';
    // The confidential signal goes first and is in the intake before the others are sent, so it is
    // first in the feed: a stream that has delivered the two others has passed its position.
    // (Signals of different agencies come from different partitions; without this their order in
    // the feed is not fixed.)
    ids.confidential = await submit('poc-customs', confidential);
    await inIntake([ids.confidential]);
    ids.restricted = await submit('poc-customs', restricted);
    ids.unclassified = await submit('poc-mobility', unclassified);
    await inIntake(Object.values(ids));
    [{ dossierId }] = await sys.sql<{ dossierId: string }>(
      `select dossier_id::text as "dossierId" from intake.signals where signal_id = $1`,
      [ids.unclassified],
    );
  });

  afterAll(async () => {
    await sys?.close();
  });

  it('an analyst cleared for confidential sees the three signals in one dossier, with why they were linked', async () => {
    const feed = await readWholeFeed('analyst-confidential');
    // Signals of different agencies arrive on different partitions: their relative order is not fixed.
    expect(feed.map((i) => i.signalId).sort()).toEqual([ids.confidential, ids.restricted, ids.unclassified].sort());
    const one = await intake('analyst-confidential', 'GET', `/v1/signals/${ids.unclassified}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ signalId: ids.unclassified, agency: 'mobility', dossierId, version: 0, assessments: [] });
    // The dossier's id is its own, not the id of the signal that opened it.
    expect(dossierId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.values(ids)).not.toContain(dossierId);
    // Linked to the signal that opened the dossier, on the passport (the key that came in first).
    const passportLink = {
      reason: 'shared-subject-key',
      keyType: 'document:passport',
      keyDigest: expect.stringMatching(/^[0-9a-f]{32}$/),
      linkedTo: ids.confidential,
    };
    expect(one.body.provenance.linkedBy).toEqual(passportLink);
    expect(one.body.provenance.routedBy.ruleId).toBe('default-ocam');
    expect(one.body.dueAt).toBeDefined();

    const dossier = await intake('analyst-confidential', 'GET', `/v1/dossiers/${dossierId}`);
    expect(dossier.status).toBe(200);
    expect(dossier.body.agencies).toEqual(['customs', 'mobility']);
    const linked = Object.fromEntries(
      dossier.body.signals.map((s: { signalId: string; linkedBy: { reason: string } }) => [s.signalId, s.linkedBy]),
    );
    expect(linked).toEqual({
      [ids.confidential]: { reason: 'opened-dossier' },
      [ids.restricted]: passportLink,
      [ids.unclassified]: passportLink,
    });
  });

  it('an analyst without clearance for confidential does not see that signal anywhere: list, signal, dossier, stream', async () => {
    const feed = await readWholeFeed('analyst-restricted');
    expect(feed.map((i) => i.signalId).sort()).toEqual([ids.restricted, ids.unclassified].sort());
    expect((await intake('analyst-restricted', 'GET', `/v1/signals/${ids.confidential}`)).status).toBe(404);
    // Same answer as for a signal that does not exist: its existence is not disclosed.
    const absent = await intake('analyst-restricted', 'GET', `/v1/signals/00000000-0000-4000-8000-000000000000`);
    expect(absent.status).toBe(404);
    expect(absent.headers.get('content-type')).toContain('application/problem+json');

    const dossier = await intake('analyst-restricted', 'GET', `/v1/dossiers/${dossierId}`);
    expect(dossier.status).toBe(200);
    expect(dossier.body.signals.map((s: { signalId: string }) => s.signalId).sort()).toEqual([ids.restricted, ids.unclassified].sort());
    expect(JSON.stringify(dossier.body)).not.toContain('INTAKE-CONF');
    // Linked to each other, never to the confidential signal that opened the dossier.
    expect(JSON.stringify(dossier.body)).not.toContain(ids.confidential);
    const [first, second] = dossier.body.signals;
    expect(first.linkedBy).toEqual({ reason: 'opened-dossier' });
    expect(second.linkedBy).toMatchObject({ reason: 'shared-subject-key', keyType: 'document:passport', linkedTo: first.signalId });

    const stream = await readSse(`${sys.urls.intake}/v1/feeds/ocam/stream`, {
      key: sys.keys['analyst-restricted'],
      // Done once both visible signals came, whatever their order; the confidential one is before them.
      done: (events) => [ids.restricted, ids.unclassified].every((id) => events.some((e) => e.data.includes(id))),
    });
    expect(stream.status).toBe(200);
    const streamed = stream.events.filter((e) => e.event === 'signal').map((e) => JSON.parse(e.data).signalId);
    expect(streamed).toEqual(feed.map((i) => i.signalId));
    expect(JSON.stringify(stream.events)).not.toContain('INTAKE-CONF');

    // Counts are for oversight only; an analyst gets none.
    expect((await intake('analyst-restricted', 'GET', '/v1/stats')).status).toBe(403);
  });

  it('an analyst whose clearance expired yesterday sees nothing that needs one: RESTREINT still (need-to-know), not CONFIDENTIEL', async () => {
    const feed = await readWholeFeed('analyst-expired');
    expect(feed.map((i) => i.signalId).sort()).toEqual([ids.restricted, ids.unclassified].sort());
    expect((await intake('analyst-expired', 'GET', `/v1/signals/${ids.restricted}`)).status).toBe(200);
    expect((await intake('analyst-expired', 'GET', `/v1/signals/${ids.confidential}`)).status).toBe(404);
    const dossier = await intake('analyst-expired', 'GET', `/v1/dossiers/${dossierId}`);
    expect(dossier.body.signals.map((s: { signalId: string }) => s.signalId).sort()).toEqual([ids.restricted, ids.unclassified].sort());
  });

  it('need-to-know: an analyst who is not a member of the feed reads nothing of it, whatever its clearance', async () => {
    const r = await intake('analyst-no-feed', 'GET', '/v1/feeds/ocam/signals');
    expect(r.status).toBe(403);
    expect(r.body.detail).toContain("not a member of feed 'ocam'");
    expect((await intake('analyst-no-feed', 'GET', `/v1/signals/${ids.unclassified}`)).status).toBe(404);
    expect((await intake('analyst-no-feed', 'GET', `/v1/dossiers/${dossierId}`)).status).toBe(404);
    expect((await intake('poc-customs', 'GET', '/v1/feeds/ocam/signals')).status).toBe(403);
    expect((await request(sys.urls.intake, 'GET', '/v1/feeds/ocam/signals')).status).toBe(401);
  });

  it('a dossier shows each reader only what it may see: an id of its own, and links, agencies and keys among its visible signals', async () => {
    // One person, reported first confidentially (foreign affairs), then unclassified (immigration):
    // one dossier, opened by the confidential report.
    const person = { kind: 'person', familyName: 'Vandamme', givenNames: 'Lotte', birthDate: '1988-06-02' };
    const passport = { type: 'passport', number: 'EP 778 899', issuingCountry: 'BE' };
    const hidden = exampleSignal('subject-person', 'DOSSIER-HIDDEN');
    hidden.classification = 'confidential';
    hidden.subjects = [{ ...person, documents: [passport] }];
    const visible = exampleSignal('subject-person', 'DOSSIER-VISIBLE');
    visible.classification = 'unclassified';
    visible.subjects = [{ kind: 'person', familyName: 'VANDAMME', givenNames: 'lotte', documents: [{ ...passport, number: 'ep778899' }] }];
    const c = await submit('poc-foreign-affairs', hidden);
    await inIntake([c]);
    const u = await submit('poc-immigration', visible);
    await inIntake([u]);
    const rows = await sys.sql<{ signalId: string; dossierId: string; correlationId: string; digest: string | null }>(
      `select signal_id::text as "signalId", dossier_id::text as "dossierId", correlation_id as "correlationId",
              matched_key->>'digest' as digest
         from intake.signals where signal_id = any($1::uuid[]) order by seq`,
      [[c, u]],
    );
    expect(rows.map((r) => r.signalId)).toEqual([c, u]);
    const own = rows[1].dossierId;
    expect(rows[0].dossierId).toBe(own);
    // The router's correlation id is the opener's signal id: what a reader must never be shown.
    expect(rows[1].correlationId).toBe(c);
    expect(own).not.toBe(c);
    expect(await sys.sql(`select 1 from intake.signals where signal_id::text = $1`, [own])).toEqual([]);
    expect(await sys.sql(`select 1 from router.signals where signal_id::text = $1`, [own])).toEqual([]);
    // The digest of the passport key the router linked on.
    const digest = rows[1].digest!;
    expect(digest).toMatch(/^[0-9a-f]{32}$/);

    /** Nothing of the confidential signal: its id, agency, content, the key kind and digest that link it. */
    const revealsNothing = (what: string, body: unknown) => {
      const text = JSON.stringify(body);
      for (const secret of [c, 'foreign-affairs', 'DOSSIER-HIDDEN', digest, 'document:passport', 'shared-subject-key', 'no-visible-link']) {
        expect({ what, secret, shown: text.includes(secret) }).toEqual({ what, secret, shown: false });
      }
    };

    // A restricted analyst sees the dossier as if the confidential report did not exist.
    const one = await intake('analyst-restricted', 'GET', `/v1/signals/${u}`);
    expect(one.status).toBe(200);
    expect(one.body.dossierId).toBe(own);
    expect(one.body.provenance.linkedBy).toEqual({ reason: 'opened-dossier' });
    revealsNothing('signal', one.body);
    const dossier = await intake('analyst-restricted', 'GET', `/v1/dossiers/${own}`);
    expect(dossier.status).toBe(200);
    expect(dossier.body).toMatchObject({ dossierId: own, agencies: ['immigration'] });
    expect(dossier.body.signals.map((s: { signalId: string; linkedBy: unknown }) => [s.signalId, s.linkedBy])).toEqual([
      [u, { reason: 'opened-dossier' }],
    ]);
    revealsNothing('dossier', dossier.body);
    const item = (await readWholeFeed('analyst-restricted')).find((i) => i.signalId === u);
    expect(item).toMatchObject({ dossierId: own });
    revealsNothing('feed item', item);
    const stream = await readSse(`${sys.urls.intake}/v1/feeds/ocam/stream`, {
      key: sys.keys['analyst-restricted'],
      done: (events) => events.some((e) => e.data.includes(u)),
    });
    const streamed = stream.events.filter((e) => e.event === 'signal').map((e) => JSON.parse(e.data));
    expect(streamed.find((i) => i.signalId === u)).toMatchObject({ dossierId: own });
    revealsNothing('stream', streamed);
    // Neither the router's id nor the opener's id names a dossier, for anyone.
    for (const who of ['analyst-restricted', 'analyst-confidential']) {
      expect((await intake(who, 'GET', `/v1/dossiers/${c}`)).status).toBe(404);
    }

    // A confidential analyst sees both, and the link with why.
    const link = { reason: 'shared-subject-key', keyType: 'document:passport', keyDigest: digest, linkedTo: c };
    const full = await intake('analyst-confidential', 'GET', `/v1/dossiers/${own}`);
    expect(full.body).toMatchObject({ dossierId: own, agencies: ['foreign-affairs', 'immigration'] });
    expect(full.body.signals.map((s: { signalId: string; linkedBy: unknown }) => [s.signalId, s.linkedBy])).toEqual([
      [c, { reason: 'opened-dossier' }],
      [u, link],
    ]);
    const fullOne = await intake('analyst-confidential', 'GET', `/v1/signals/${u}`);
    expect(fullOne.body).toMatchObject({ dossierId: own, provenance: { linkedBy: link } });
  });

  it('the stream applies a clearance lowered while it is open: a confidential signal sent after it never reaches it', async () => {
    const run = Date.now().toString(36);
    const secret = exampleSignal('minimal', `LOWERED-CONF-${run}`);
    secret.classification = 'confidential';
    const after = exampleSignal('minimal', `LOWERED-UNCL-${run}`);
    after.classification = 'unclassified';
    const [{ id }] = await sys.sql<{ id: string }>(`select id from identity.principals where name = 'analyst-lowered'`);

    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const live = readSse(`${sys.urls.intake}/v1/feeds/ocam/stream?from=now`, {
      key: sys.keys['analyst-lowered'],
      onOpen: () => opened(),
      // Done at the unclassified signal sent after the confidential one: the stream has passed it.
      done: (events) => events.some((e) => e.data.includes(after.externalRef)),
      timeoutMs: 90000,
    });
    await Promise.race([open, live]);
    const lowered = await intake('officer', 'PATCH', `/v1/admin/principals/${id}`, { clearance: 'restricted' });
    expect(lowered.status).toBe(200);
    expect(lowered.body.clearance).toBe('restricted');
    const secretId = await submit('poc-foreign-affairs', secret);
    // In the intake (so first in the feed) before the unclassified one is even sent.
    await inIntake([secretId]);
    const afterId = await submit('poc-foreign-affairs', after);
    const ended = await live;
    const streamed = ended.events.filter((e) => e.event === 'signal').map((e) => JSON.parse(e.data).signalId);
    expect(streamed).toContain(afterId);
    expect(streamed).not.toContain(secretId);
    expect(JSON.stringify(ended.events)).not.toContain(secret.externalRef);
    // The page says the same.
    expect((await readWholeFeed('analyst-lowered')).map((i) => i.signalId)).not.toContain(secretId);
  });

  it('every read of signal content is recorded on access.recorded.v1 and in the ledger, with the reader and endpoint', async () => {
    await intake('analyst-second', 'GET', `/v1/signals/${ids.restricted}`);
    const records = await eventually(
      async () => {
        const rs = (await readTopic(`${sys.topicPrefix}access.recorded.v1`)).map((r) => JSON.parse(r.value ?? '{}'));
        const mine = rs.filter((r) => r.principalName === 'analyst-second' && r.signalId === ids.restricted);
        return mine.length > 0 ? mine : undefined;
      },
      { what: 'the access record' },
    );
    expect(records[0]).toMatchObject({ role: 'analyst', endpoint: 'GET /v1/signals/{id}', agency: 'customs' });
    await eventually(
      async () => {
        const rows = await sys.sql(`select 1 from audit.ledger where action = 'access.recorded' and signal_id = $1`, [ids.restricted]);
        return rows.length > 0 ? rows : undefined;
      },
      { what: 'the read in the audit ledger' },
    );
    // Reads the reader may not make are not "reads of content" and record nothing.
    const denied = (await readTopic(`${sys.topicPrefix}access.recorded.v1`))
      .map((r) => JSON.parse(r.value ?? '{}'))
      .filter((r) => r.principalName === 'analyst-restricted' && r.signalId === ids.confidential);
    expect(denied).toEqual([]);
  });

  it('every kind of read — feed page, stream, signal, dossier — is one ledger entry under its endpoint, listing every signal it returned', async () => {
    const who = 'analyst-audited';
    const [{ id }] = await sys.sql<{ id: string }>(`select id from identity.principals where name = $1`, [who]);
    const page = await intake(who, 'GET', '/v1/feeds/ocam/signals?limit=2');
    expect(page.status).toBe(200);
    const paged: string[] = page.body.items.map((i: { signalId: string }) => i.signalId);
    expect(paged).toHaveLength(2);
    const stream = await readSse(`${sys.urls.intake}/v1/feeds/ocam/stream`, {
      key: sys.keys[who],
      done: (events) => events.filter((e) => e.event === 'signal').length >= 2,
    });
    const streamed: string[] = stream.events.filter((e) => e.event === 'signal').map((e) => JSON.parse(e.data).signalId);
    expect(streamed.length).toBeGreaterThanOrEqual(2);
    expect((await intake(who, 'GET', `/v1/signals/${ids.restricted}`)).status).toBe(200);
    const dossier = await intake(who, 'GET', `/v1/dossiers/${dossierId}`);
    expect(dossier.status).toBe(200);
    const inDossier: string[] = dossier.body.signals.map((s: { signalId: string }) => s.signalId);

    const expected: Record<string, string[]> = {
      'GET /v1/feeds/ocam/signals': paged,
      'GET /v1/feeds/ocam/stream': streamed,
      'GET /v1/signals/{id}': [ids.restricted],
      'GET /v1/dossiers/{id}': inDossier,
    };
    const ledger = await eventually(
      async () => {
        const rows = await sys.sql<{ endpoint: string; signalIds: string[] }>(
          `select details->>'endpoint' as endpoint, details->'signalIds' as "signalIds" from audit.ledger
            where action = 'access.recorded' and actor = $1 order by seq`,
          [`principal:${id}`],
        );
        const by: Record<string, string[][]> = {};
        for (const r of rows) (by[r.endpoint] ??= []).push(r.signalIds);
        const missing = Object.entries(expected).filter(([e, signals]) => !signals.every((s) => by[e]?.flat().includes(s)));
        if (missing.length) throw new Error(`not yet recorded: ${missing.map(([e]) => e).join(', ')}`);
        return by;
      },
      { what: 'an access record in the ledger for every signal read through each endpoint' },
    );
    // One entry per read, listing exactly the signals it returned, in the order returned (the stream
    // is one entry per batch it sent, and may have sent more than the client read before closing).
    expect(ledger['GET /v1/feeds/ocam/signals']).toEqual([paged]);
    expect(ledger['GET /v1/signals/{id}']).toEqual([[ids.restricted]]);
    expect(ledger['GET /v1/dossiers/{id}']).toEqual([inDossier]);
    expect(ledger['GET /v1/feeds/ocam/stream'].flat()).toEqual(expect.arrayContaining(streamed));
    expect(ledger['GET /v1/feeds/ocam/stream'].length).toBeLessThan(streamed.length);
    expect(Object.keys(ledger).sort()).toEqual(Object.keys(expected).sort());
  });

  it('two concurrent assessments of one version: one wins, the other gets 409', async () => {
    const [a, b] = await Promise.all([
      intake('analyst-confidential', 'POST', `/v1/signals/${ids.restricted}/assessment`, {
        outcome: 'relevant',
        note: 'linked to dossier',
        version: 0,
      }),
      intake('analyst-second', 'POST', `/v1/signals/${ids.restricted}/assessment`, { outcome: 'not-relevant', version: 0 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.headers.get('content-type')).toContain('application/problem+json');
    expect(loser.body.detail).toContain('reload it');
    const after = await intake('analyst-confidential', 'GET', `/v1/signals/${ids.restricted}`);
    expect(after.body.version).toBe(1);
    expect(after.body.assessments).toHaveLength(1);
    // Bad input is explained, not a 500.
    const bad = await intake('analyst-confidential', 'POST', `/v1/signals/${ids.restricted}/assessment`, { outcome: 'maybe', version: -1 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('outcome');
    const noQuestion = await intake('analyst-confidential', 'POST', `/v1/signals/${ids.restricted}/assessment`, {
      outcome: 'more-information-requested',
      version: 1,
    });
    expect(noQuestion.status).toBe(400);
  });

  it('a POC of customs sees the assessment of its signal and never mobility’s; mobility sees the question, not the analyst', async () => {
    const asked = await intake('analyst-confidential', 'POST', `/v1/signals/${ids.unclassified}/assessment`, {
      outcome: 'more-information-requested',
      note: 'Which border crossing, and at what time?',
      version: 0,
    });
    expect(asked.status).toBe(201);
    const inbox = async (poc: string, want: (items: { signalId: string; status: string }[]) => boolean) =>
      eventually(
        async () => {
          const r = await gateway(poc, '/v1/feedback?limit=500');
          return want(r.body.items) ? r.body.items : undefined;
        },
        { what: `${poc} feedback` },
      );
    const customs = await inbox('poc-customs', (items) => items.some((i) => i.status === 'assessed'));
    expect(customs.filter((i: { status: string }) => i.status === 'assessed')).toEqual([
      expect.objectContaining({
        signalId: ids.restricted,
        detail: expect.objectContaining({ outcome: expect.stringMatching(/relevant/) }),
      }),
    ]);
    expect(customs.some((i: { signalId: string }) => i.signalId === ids.unclassified)).toBe(false);

    const mobility = await inbox('poc-mobility', (items) => items.some((i) => i.status === 'assessed'));
    const notice = mobility.find((i: { status: string }) => i.status === 'assessed');
    expect(notice).toMatchObject({
      signalId: ids.unclassified,
      detail: { outcome: 'more-information-requested', question: 'Which border crossing, and at what time?' },
    });
    expect(JSON.stringify(mobility)).not.toContain('analyst-confidential');
    expect(mobility.some((i: { signalId: string }) => i.signalId === ids.restricted || i.signalId === ids.confidential)).toBe(false);
    // The receipt says so too.
    const receipt = await eventually(
      async () => {
        const r = await gateway('poc-mobility', `/v1/signals/${ids.unclassified}`);
        return r.body.status === 'assessed' ? r : undefined;
      },
      { what: 'receipt status assessed' },
    );
    expect(receipt.status).toBe(200);
  });

  it('the cursor neither skips nor repeats while 1,000 signals arrive during paging', async () => {
    const before = (await readWholeFeed('analyst-confidential')).length;
    const batch = (from: number) =>
      Array.from({ length: 500 }, (_, k) => {
        const i = from + k;
        const s = exampleSignal('minimal', `PAGING-${i}`);
        s.observedAt = new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString();
        return s;
      });
    const submitting = (async () => {
      for (const from of [0, 500]) {
        const r = await gateway('poc-customs', '/v1/signals/batch', { signals: batch(from) });
        expect(r.body.accepted).toBe(500);
      }
    })();
    const seen: string[] = [];
    let cursor = '';
    const deadline = Date.now() + 120_000;
    while (seen.length < before + 1000 && Date.now() < deadline) {
      const r = await intake('analyst-confidential', 'GET', `/v1/feeds/ocam/signals?limit=37${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      seen.push(...r.body.items.map((i: { signalId: string }) => i.signalId));
      cursor = r.body.nextCursor;
      if (r.body.items.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await submitting;
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(before + 1000);
    const [{ n }] = await sys.sql<{ n: string }>(`select count(*) as n from intake.feed_items where feed = 'ocam'`);
    expect(Number(n)).toBe(before + 1000);
  });

  it('the stream resumes after Last-Event-ID without repeating, and ends when the key is revoked', async () => {
    const feed = (await readWholeFeed('analyst-second')).map((i) => i.signalId);
    const first = await readSse(`${sys.urls.intake}/v1/feeds/ocam/stream`, {
      key: sys.keys['analyst-second'],
      done: (events) => events.length >= 2,
    });
    const resumeFrom = first.events[1].id!;
    const rest = await readSse(`${sys.urls.intake}/v1/feeds/ocam/stream`, {
      key: sys.keys['analyst-second'],
      lastEventId: resumeFrom,
      done: (events) => events.length >= 1,
    });
    expect(first.events.slice(0, 2).map((e) => JSON.parse(e.data).signalId)).toEqual(feed.slice(0, 2));
    expect(JSON.parse(rest.events[0].data).signalId).toBe(feed[2]);

    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const live = readSse(`${sys.urls.intake}/v1/feeds/ocam/stream?from=now`, {
      onOpen: () => opened(),
      key: sys.keys['analyst-second'],
      done: (events) => events.some((e) => e.event === 'revoked'),
      timeoutMs: 30000,
    });
    await Promise.race([open, live]);
    await sys.sql(`update identity.principals set revoked_at = now() where name = 'analyst-second'`);
    const ended = await live;
    expect(ended.events.map((e) => e.event)).toEqual(['revoked']);
  });

  it('oversight gets flow figures per agency', async () => {
    const r = await eventually(
      async () => {
        const res = await intake('oversight', 'GET', '/v1/stats');
        const customs = res.body.agencies?.find((a: { agency: string }) => a.agency === 'customs');
        return customs && customs.submitted >= 1002 ? res : undefined;
      },
      { what: 'flow figures' },
    );
    const customs = r.body.agencies.find((a: { agency: string }) => a.agency === 'customs');
    expect(customs).toMatchObject({ submitted: 1002, routed: 1002, rejected: 0, assessedRelevant: expect.any(Number) });
    expect(customs.assessedRelevant + customs.assessedNotRelevant).toBe(1);
    expect(customs.medianHoursToAssessment).toBeGreaterThanOrEqual(0);
    const mobility = r.body.agencies.find((a: { agency: string }) => a.agency === 'mobility');
    expect(mobility).toMatchObject({ submitted: 1, moreInformationRequested: 1 });
    expect((await intake('oversight', 'GET', '/v1/stats?from=not-a-date')).status).toBe(400);
  });
});
