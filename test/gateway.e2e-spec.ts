import { randomUUID } from 'node:crypto';
import { topicNames } from '@passerelle/contracts';
import { eventually, readTopic, testKafka } from '@passerelle/testing';
import { exampleSignal, Reply, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * The agency gateway with the real router, intake and audit behind it, on real Kafka and Postgres.
 */
describe('agency gateway', () => {
  let sys: RunningSystem;
  let gw: (method: string, path: string, opts?: Parameters<typeof request>[3]) => Promise<Reply>;
  let customs: string;
  let mobility: string;

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
      { name: 'poc-customs-2', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
    ]);
    gw = (method, path, opts) => request(sys.urls['agency-gateway'], method, path, opts);
    customs = sys.keys['poc-customs'];
    mobility = sys.keys['poc-mobility'];
  });

  afterAll(async () => {
    await sys?.close();
  });

  const receiptStatuses = async (id: string, key = customs) => {
    const r = await gw('GET', `/v1/signals/${id}`, { key });
    return (r.body.history as { status: string }[]).map((h) => h.status);
  };

  it('accepts a valid signal and its receipt follows it through routing and delivery', async () => {
    const signal = exampleSignal('subject-person');
    const r = await gw('POST', '/v1/signals', { key: customs, body: signal });
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ externalRef: signal.externalRef, status: 'accepted', repeated: false });
    const statuses = await eventually(
      async () => {
        const s = await receiptStatuses(r.body.signalId);
        return s.includes('delivered') ? s : undefined;
      },
      { what: 'receipt reaching delivered' },
    );
    expect(statuses.slice(0, 2)).toEqual(['accepted', 'published']);
    expect(statuses).toContain('routed');
  });

  it('keeps the trace id of an incoming traceparent header', async () => {
    const traceId = 'ab'.repeat(16);
    const r = await gw('POST', '/v1/signals', {
      key: customs,
      body: exampleSignal('minimal'),
      headers: { traceparent: `00-${traceId}-${'cd'.repeat(8)}-01` },
    });
    expect(r.status).toBe(202);
    expect(r.body.traceId).toBe(traceId);
  });

  it('accepts a batch with per-item results: valid, invalid, repeated and conflicting items', async () => {
    const a = exampleSignal('subject-vehicle');
    const b = exampleSignal('subject-iban');
    const bad = exampleSignal('subject-vessel');
    bad.subjects[0].imo = '9074728';
    const sameAgain = { ...a };
    const conflicting = { ...b, summary: 'something else entirely' };
    const r = await gw('POST', '/v1/signals/batch', { key: customs, body: { signals: [a, b, bad, sameAgain, conflicting] } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ accepted: 2, repeated: 1, rejected: 1, conflicts: 1 });
    const [ra, rb, rbad, ragain, rconf] = r.body.results;
    expect(ra.outcome).toBe('accepted');
    expect(rb.outcome).toBe('accepted');
    expect(rbad).toMatchObject({ index: 2, outcome: 'rejected' });
    expect(rbad.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'signals[2].subjects[0].imo' })]));
    expect(ragain).toMatchObject({ outcome: 'repeated', signalId: ra.signalId });
    expect(rconf).toMatchObject({ outcome: 'conflict', signalId: rb.signalId });
  });

  it('stores a batch of 500 in one request', async () => {
    const signals = Array.from({ length: 500 }, (_, i) => exampleSignal('minimal', `BULK-${Date.now()}-${i}`));
    const r = await gw('POST', '/v1/signals/batch', { key: customs, body: { signals } });
    expect(r.status).toBe(200);
    expect(r.body.accepted).toBe(500);
    const [{ n }] = await sys.sql<{ n: string }>(`select count(*) as n from gateway.signals where external_ref like 'BULK-%'`);
    expect(Number(n)).toBe(500);
  });

  it('is idempotent on (agency, externalRef) and answers 409 for the same ref with different content', async () => {
    const signal = exampleSignal('subject-container');
    const first = await gw('POST', '/v1/signals', { key: customs, body: signal });
    const again = await gw('POST', '/v1/signals', { key: customs, body: signal });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ signalId: first.body.signalId, traceId: first.body.traceId, repeated: true });
    const conflict = await gw('POST', '/v1/signals', { key: customs, body: { ...signal, urgency: 'immediate' } });
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get('content-type')).toContain('application/problem+json');
    expect(conflict.body).toMatchObject({ type: 'urn:passerelle:problem:external-ref-conflict', signalId: first.body.signalId });
    expect(conflict.body.detail).toContain(signal.externalRef);
    // The same ref from another agency is another signal.
    const other = await gw('POST', '/v1/signals', { key: mobility, body: signal });
    expect(other.status).toBe(202);
    expect(other.body.signalId).not.toBe(first.body.signalId);
    // The repeat wrote no second event: once the first is published (its receipt says so, in the
    // relay's transaction after the broker's acknowledgement), the agency's topic holds it once.
    const id = first.body.signalId as string;
    await eventually(async () => ((await receiptStatuses(id)).includes('published') ? true : undefined), { what: 'published' });
    const onTopic = (await readTopic(topicNames(sys.topicPrefix).submitted('customs'))).filter((m) => m.key === id);
    expect(onTopic).toHaveLength(1);
    expect(JSON.parse(onTopic[0].value ?? '{}')).toMatchObject({ signalId: id });
    // Published rows leave the outbox; nothing of this signal waits there.
    const [{ n }] = await sys.sql<{ n: string }>('select count(*) as n from gateway.outbox where signal_id = $1', [id]);
    expect(Number(n)).toBe(0);
  });

  it("never shows one agency another agency's signal or feedback", async () => {
    const r = await gw('POST', '/v1/signals', { key: customs, body: exampleSignal('subject-phone') });
    const id = r.body.signalId;
    const theirs = await gw('GET', `/v1/signals/${id}`, { key: mobility });
    expect(theirs.status).toBe(404);
    expect(theirs.body.type).toBe('urn:passerelle:problem:http-404');
    const unknown = await gw('GET', `/v1/signals/00000000-0000-4000-8000-000000000000`, { key: customs });
    expect(unknown.status).toBe(404);
    expect(theirs.body.detail).toBe(unknown.body.detail.replace('00000000-0000-4000-8000-000000000000', id));
    await eventually(async () => ((await receiptStatuses(id)).includes('delivered') ? true : undefined), { what: 'delivery' });
    const all = async (key: string) => {
      const items: { signalId: string }[] = [];
      for (let cursor = ''; ;) {
        const r = await gw('GET', `/v1/feedback?limit=500${cursor ? `&cursor=${cursor}` : ''}`, { key });
        if (r.body.items.length === 0) return items;
        items.push(...r.body.items);
        cursor = r.body.nextCursor;
      }
    };
    expect((await all(customs)).some((i) => i.signalId === id)).toBe(true);
    // Mobility's own feedback travels on its own topic: wait for it rather than assume it came first.
    const theirInbox = await eventually(
      async () => {
        const items = await all(mobility);
        return items.length > 0 ? items : undefined;
      },
      { what: "mobility's own feedback in its inbox" },
    );
    expect(theirInbox.some((i) => i.signalId === id)).toBe(false);
  });

  it("files feedback under its topic's agency only: a notice on customs' topic that names mobility reaches no inbox", async () => {
    const r = await gw('POST', '/v1/signals', { key: mobility, body: exampleSignal('minimal') });
    expect(r.status).toBe(202);
    const mobilitySignal = r.body.signalId;
    await eventually(async () => ((await receiptStatuses(mobilitySignal, mobility)).includes('delivered') ? true : undefined), {
      what: "delivery of mobility's signal",
    });
    const inbox = async (key: string) => {
      const items: { eventId: string; signalId: string; status: string }[] = [];
      for (let cursor = ''; ;) {
        const page = await gw('GET', `/v1/feedback?limit=500${cursor ? `&cursor=${cursor}` : ''}`, { key });
        if (page.body.items.length === 0) return items;
        items.push(...page.body.items);
        cursor = page.body.nextCursor;
      }
    };
    // Whoever may write customs' feedback topic (here the Kafka operator) claims mobility's signal
    // for mobility, then sends a genuine customs notice behind it on the same partition (same key).
    const forged = randomUUID();
    const behind = randomUUID();
    const notice = (eventId: string, agency: string, signalId: string) => ({
      key: mobilitySignal,
      value: JSON.stringify({
        eventId,
        occurredAt: new Date().toISOString(),
        signalId,
        traceId: 'ab'.repeat(16),
        agency,
        status: 'assessed',
        detail: { outcome: 'relevant' },
      }),
      headers: { 'ce-id': eventId, 'ce-type': 'passerelle.feedback', 'content-type': 'application/json' },
    });
    const producer = testKafka('gateway-feedback-mislabelled').producer();
    await producer.connect();
    try {
      await producer.send({
        topic: topicNames(sys.topicPrefix).feedback('customs'),
        messages: [notice(forged, 'mobility', mobilitySignal), notice(behind, 'customs', randomUUID())],
      });
    } finally {
      await producer.disconnect();
    }
    // The notice behind it arrives: the mislabelled one was consumed (and skipped) without blocking the partition.
    const customsInbox = await eventually(
      async () => {
        const items = await inbox(customs);
        return items.some((i) => i.eventId === behind) ? items : undefined;
      },
      { what: "the genuine notice behind the mislabelled one in customs' inbox" },
    );
    expect(customsInbox.filter((i) => i.eventId === forged)).toEqual([]);
    expect((await inbox(mobility)).filter((i) => i.eventId === forged || i.status === 'assessed')).toEqual([]);
    expect(await sys.sql(`select agency from gateway.feedback where event_id = $1`, [forged])).toEqual([]);
    expect(await receiptStatuses(mobilitySignal, mobility)).not.toContain('assessed');
  });

  it('pages the feedback inbox with a cursor that neither skips nor repeats', async () => {
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 100; page++) {
      const r = await gw('GET', `/v1/feedback?limit=3${cursor ? `&cursor=${cursor}` : ''}`, { key: customs });
      expect(r.status).toBe(200);
      if (r.body.items.length === 0) break;
      seen.push(...r.body.items.map((i: { eventId: string }) => i.eventId));
      cursor = r.body.nextCursor;
    }
    // Feedback may still be arriving: what was paged must be exactly the oldest rows, in order.
    expect(seen.length).toBeGreaterThan(3);
    const rows = await sys.sql<{ event_id: string }>(
      `select event_id from gateway.feedback where agency = 'customs' order by seq limit $1`,
      [seen.length],
    );
    expect(seen).toEqual(rows.map((r) => r.event_id));
  });

  it("inbox cursors are opaque and the holder's own: no position to read, forge or pass on", async () => {
    const first = await gw('GET', '/v1/feedback?limit=1', { key: customs });
    expect(first.status).toBe(200);
    const cursor = first.body.nextCursor as string;
    // The position is a sequence over every agency's feedback: it must not be readable.
    const [{ seq }] = await sys.sql<{ seq: string }>(`select seq::text from gateway.feedback where event_id = $1`, [
      first.body.items[0].eventId,
    ]);
    // (Checked as the bytes a position could show as: its 8-byte big-endian value, or its digits after a
    // prefix. A bare digit search flakes: one of 16 random-looking bytes is '1' about 6 % of the time.)
    const raw = Buffer.from(cursor, 'base64url');
    const position = Buffer.alloc(8);
    position.writeBigUInt64BE(BigInt(seq));
    expect(raw.includes(position)).toBe(false);
    expect(raw.toString('latin1')).not.toContain(`f:${seq}`);
    // A made-up position, a cursor altered by one character, and another principal's cursor (same agency) are refused.
    const altered = cursor.slice(0, 3) + (cursor[3] === 'A' ? 'B' : 'A') + cursor.slice(4);
    for (const [key, c] of [
      [customs, Buffer.from(`f:${seq}`).toString('base64url')],
      [customs, altered],
      [sys.keys['poc-customs-2'], cursor],
      [mobility, cursor],
    ]) {
      const r = await gw('GET', `/v1/feedback?cursor=${c}`, { key });
      expect(r.status).toBe(400);
    }
    expect((await gw('GET', `/v1/feedback?cursor=${cursor}`, { key: customs })).status).toBe(200);
  });

  it("lists the agency's receipts newest first, page by page, and no other agency's", async () => {
    const mine = await gw('POST', '/v1/signals', { key: customs, body: exampleSignal('minimal') });
    const theirs = await gw('POST', '/v1/signals', { key: mobility, body: exampleSignal('minimal') });
    expect([mine.status, theirs.status]).toEqual([202, 202]);
    const expected = (
      await sys.sql<{ id: string }>(`select id from gateway.signals where agency = 'customs' order by created_at desc, id desc`)
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(200);
    // Any point of contact of the agency sees the agency's list, whoever submitted.
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = cursor ? `?limit=200&cursor=${cursor}` : '?limit=200';
      const page = await gw('GET', `/v1/signals${q}`, { key: sys.keys['poc-customs-2'] });
      expect(page.status).toBe(200);
      for (const item of page.body.items) {
        expect(item).toMatchObject({ signalId: expect.any(String), externalRef: expect.any(String), status: expect.any(String) });
        expect(item.history[0].status).toBe('accepted');
        seen.push(item.signalId);
      }
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen).toEqual(expected);
    expect(seen[0]).toBe(mine.body.signalId);
    expect(seen).not.toContain(theirs.body.signalId);
    const first = await gw('GET', '/v1/signals?limit=1', { key: mobility });
    expect(first.body.items.map((i: { signalId: string }) => i.signalId)).toEqual([theirs.body.signalId]);

    for (const q of [
      '?limit=0',
      '?limit=201',
      '?limit=x',
      '?cursor=nonsense',
      `?cursor=${Buffer.from('2026-01-01|x').toString('base64url')}`,
      `?cursor=${Buffer.from(`2026-02-30T00:00:00.000000Z|${mine.body.signalId}`).toString('base64url')}`,
    ]) {
      const bad = await gw('GET', `/v1/signals${q}`, { key: customs });
      expect([q, bad.status, bad.headers.get('content-type')]).toEqual([q, 400, expect.stringContaining('application/problem+json')]);
    }
    expect((await gw('GET', '/v1/signals', { key: sys.keys.analyst })).status).toBe(403);
    expect((await gw('GET', '/v1/signals')).status).toBe(401);
  });

  it('takes a supplementary signal linked to an earlier signal of the same agency, and carries the link to the analyst', async () => {
    const original = await gw('POST', '/v1/signals', { key: customs, body: exampleSignal('subject-organisation') });
    expect(original.status).toBe(202);
    const supplement = { ...exampleSignal('subject-aircraft'), supplements: original.body.signalId };
    const r = await gw('POST', '/v1/signals', { key: sys.keys['poc-customs-2'], body: supplement });
    expect(r.status).toBe(202);
    const read = await eventually(
      async () => {
        const x = await request(sys.urls.intake, 'GET', `/v1/signals/${r.body.signalId}`, { key: sys.keys.analyst });
        return x.status === 200 ? x : undefined;
      },
      { what: 'the supplement in the intake' },
    );
    expect(read.body.signal.supplements).toBe(original.body.signalId);

    // Another agency's signal, or one that does not exist, is not one to supplement; nor is a non-UUID.
    const elsewhere = await gw('POST', '/v1/signals', { key: mobility, body: exampleSignal('subject-email') });
    for (const target of [elsewhere.body.signalId, randomUUID(), 'not-a-uuid']) {
      const bad = await gw('POST', '/v1/signals', { key: customs, body: { ...exampleSignal('subject-email'), supplements: target } });
      expect(bad.status).toBe(400);
      expect(bad.body.type).toBe('urn:passerelle:problem:validation');
      expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['supplements']);
    }
    const batch = await gw('POST', '/v1/signals/batch', {
      key: customs,
      body: {
        signals: [
          { ...exampleSignal('subject-crypto'), supplements: original.body.signalId },
          { ...exampleSignal('subject-crypto'), supplements: elsewhere.body.signalId },
        ],
      },
    });
    expect(batch.status).toBe(200);
    expect(batch.body.results.map((x: { outcome: string }) => x.outcome)).toEqual(['accepted', 'rejected']);
    expect(batch.body.results[1].errors.map((e: { path: string }) => e.path)).toEqual(['signals[1].supplements']);
  });

  it('serves its OpenAPI document at /docs', async () => {
    const r = await gw('GET', '/docs');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining(['/v1/signals', '/v1/signals/batch', '/v1/signals/{id}', '/v1/feedback']),
    );
    expect(r.body.components.schemas.SignalSubmission).toBeDefined();
  });

  describe('bad input answers the right 4xx as problem+json, never a 5xx', () => {
    const valid = () => exampleSignal('subject-person');
    const mutate = (f: (s: ReturnType<typeof valid>) => void) => {
      const s = valid();
      f(s);
      return s;
    };
    type Case = [
      string,
      () => Parameters<typeof request>[3] & { method?: string; path?: string; as?: string },
      number,
      string | RegExp,
      string?,
    ];
    const cases: Case[] = [
      ['no API key', () => ({ as: 'anonymous', body: valid() }), 401, 'http-401'],
      ['unknown API key', () => ({ key: 'psl_unknown', body: valid() }), 401, 'http-401'],
      ['malformed Authorization header', () => ({ headers: { authorization: 'Basic abc' }, body: valid() }), 401, 'http-401'],
      ['analyst role on a POC endpoint', () => ({ as: 'analyst', body: valid() }), 403, 'http-403'],
      ['text/plain body', () => ({ raw: 'hello', contentType: 'text/plain' }), 415, 'unsupported-media-type'],
      ['XML body', () => ({ raw: '<signal/>', contentType: 'application/xml' }), 415, 'unsupported-media-type'],
      ['form body', () => ({ raw: 'a=1', contentType: 'application/x-www-form-urlencoded' }), 415, 'unsupported-media-type'],
      ['malformed JSON', () => ({ raw: '{"externalRef": ' }), 400, 'malformed-json'],
      ['trailing garbage after JSON', () => ({ raw: '{"a":1} x' }), 400, 'malformed-json'],
      ['empty JSON body', () => ({ raw: '' }), 400, /malformed-json|validation/],
      ['body over the size limit', () => ({ raw: JSON.stringify({ summary: 'x'.repeat(6 * 1024 * 1024) }) }), 413, 'payload-too-large'],
      ['JSON array instead of object', () => ({ body: [valid()] }), 400, /validation|http-400/],
      ['JSON string instead of object', () => ({ raw: '"signal"' }), 400, /validation|http-400/],
      ['JSON null', () => ({ raw: 'null' }), 400, /validation|http-400|malformed/],
      ['unknown top-level field', () => ({ body: mutate((s) => (s.agency = 'mobility')) }), 400, 'validation', 'agency'],
      ['unknown nested field', () => ({ body: mutate((s) => (s.subjects[0].shoeSize = 44)) }), 400, 'validation', 'subjects[0].shoeSize'],
      ['missing externalRef', () => ({ body: mutate((s) => delete s.externalRef) }), 400, 'validation', 'externalRef'],
      [
        'externalRef of 101 characters',
        () => ({ body: mutate((s) => (s.externalRef = 'R'.repeat(101))) }),
        400,
        'validation',
        'externalRef',
      ],
      ['unknown category', () => ({ body: mutate((s) => (s.category = 'terrorsm')) }), 400, 'validation', 'category'],
      [
        'unknown indicator',
        () => ({ body: mutate((s) => (s.indicators = [{ code: 'nope', confidence: 'low' }])) }),
        400,
        'validation',
        'indicators[0].code',
      ],
      ['no subjects', () => ({ body: mutate((s) => (s.subjects = [])) }), 400, 'validation', 'subjects'],
      ['subject of unknown kind', () => ({ body: mutate((s) => (s.subjects = [{ kind: 'ufo' }])) }), 400, 'validation', 'subjects[0].kind'],
      ['subjects not an array', () => ({ body: mutate((s) => (s.subjects = { kind: 'person' })) }), 400, 'validation', 'subjects'],
      [
        'birth date in the future',
        () => ({ body: mutate((s) => (s.subjects[0].birthDate = '2999-01-01')) }),
        400,
        'validation',
        'subjects[0].birthDate',
      ],
      [
        'nationality of three letters',
        () => ({ body: mutate((s) => (s.subjects[0].nationalities = ['BEL'])) }),
        400,
        'validation',
        'subjects[0].nationalities',
      ],
      [
        'document number with symbols',
        () => ({ body: mutate((s) => (s.subjects[0].documents[0].number = '<script>')) }),
        400,
        'validation',
        'subjects[0].documents[0].number',
      ],
      [
        'IBAN with a bad checksum',
        () => ({ body: mutate((s) => (s.subjects = [{ kind: 'iban', iban: 'BE71096123456760' }])) }),
        400,
        'validation',
        'subjects[0].iban',
      ],
      [
        'IMO with a bad check digit',
        () => ({ body: mutate((s) => (s.subjects = [{ kind: 'vessel', imo: '1234568' }])) }),
        400,
        'validation',
        'subjects[0].imo',
      ],
      [
        'phone not E.164',
        () => ({ body: mutate((s) => (s.subjects = [{ kind: 'phone', number: '0032 470' }])) }),
        400,
        'validation',
        'subjects[0].number',
      ],
      [
        'bad e-mail',
        () => ({ body: mutate((s) => (s.subjects = [{ kind: 'email', address: 'a@' }])) }),
        400,
        'validation',
        'subjects[0].address',
      ],
      ['observedAt not ISO 8601', () => ({ body: mutate((s) => (s.observedAt = 'yesterday')) }), 400, 'validation', 'observedAt'],
      ['summary over 4000 characters', () => ({ body: mutate((s) => (s.summary = 's'.repeat(4001))) }), 400, 'validation', 'summary'],
      [
        'classification secret (above accreditation)',
        () => ({ body: mutate((s) => (s.classification = 'secret')) }),
        400,
        'validation',
        'classification',
      ],
      [
        'classification top-secret',
        () => ({ body: mutate((s) => (s.classification = 'top-secret')) }),
        400,
        'validation',
        'classification',
      ],
      [
        'evaluation reliability E',
        () => ({ body: mutate((s) => (s.evaluation.sourceReliability = 'E')) }),
        400,
        'validation',
        'evaluation.sourceReliability',
      ],
      [
        'evaluation accuracy as a string',
        () => ({ body: mutate((s) => (s.evaluation.informationAccuracy = '2')) }),
        400,
        'validation',
        'evaluation.informationAccuracy',
      ],
      ['handling H0', () => ({ body: mutate((s) => (s.handling = 'H0')) }), 400, 'validation', 'handling'],
      ['retention past', () => ({ body: mutate((s) => (s.retentionUntil = '2001-01-01')) }), 400, 'validation', 'retentionUntil'],
      ['retention too far', () => ({ body: mutate((s) => (s.retentionUntil = '2090-01-01')) }), 400, 'validation', 'retentionUntil'],
      ['urgency unknown', () => ({ body: mutate((s) => (s.urgency = 'now')) }), 400, 'validation', 'urgency'],
      [
        'deeply nested junk',
        () => ({ body: mutate((s) => (s.location = JSON.parse('{"a":'.repeat(200) + '1' + '}'.repeat(200)))) }),
        400,
        'validation',
        'location.a',
      ],
      ['batch with no signals', () => ({ path: '/v1/signals/batch', body: { signals: [] } }), 400, 'validation', 'signals'],
      ['batch of 501', () => ({ path: '/v1/signals/batch', body: { signals: Array(501).fill({}) } }), 400, 'validation', 'signals'],
      ['batch that is not a list', () => ({ path: '/v1/signals/batch', body: { signals: 'all' } }), 400, 'validation', 'signals'],
      [
        'batch with an unknown field',
        () => ({ path: '/v1/signals/batch', body: { signals: [valid()], dryRun: true } }),
        400,
        'validation',
        'dryRun',
      ],
      ['receipt of a non-UUID id', () => ({ method: 'GET', path: '/v1/signals/not-a-uuid' }), 400, 'http-400'],
      ['feedback with a forged cursor', () => ({ method: 'GET', path: '/v1/feedback?cursor=abc' }), 400, 'http-400'],
      ['feedback with limit 0', () => ({ method: 'GET', path: '/v1/feedback?limit=0' }), 400, 'http-400'],
      ['unknown route', () => ({ method: 'GET', path: '/v1/nothing' }), 404, 'http-404'],
      ['wrong method', () => ({ method: 'DELETE', path: '/v1/signals' }), 404, 'http-404'],
    ];

    for (const [name, make, status, type, path] of cases) {
      it(`${name} → ${status}`, async () => {
        const { method = 'POST', path: url = '/v1/signals', as, ...opts } = make();
        // Cases that set their own credentials (or none) say so; the others act as the customs POC.
        const key =
          as === 'analyst' ? sys.keys.analyst : 'key' in opts || opts.headers?.authorization || as === 'anonymous' ? opts.key : customs;
        const r = await gw(method, url, { ...opts, key });
        expect({ status: r.status, body: r.body }).toMatchObject({ status, body: { status } });
        expect(r.headers.get('content-type')).toContain('application/problem+json');
        expect(r.body.type).toMatch(type instanceof RegExp ? type : new RegExp(type));
        expect(typeof r.body.detail).toBe('string');
        if (path) expect(r.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      });
    }
  });
});

describe('agency gateway rate limit', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'poc-busy', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-calm', role: 'poc', agency: 'customs', clearance: 'restricted' },
      ],
      ['agency-gateway'],
      {
        rateLimitPerMinute: 3,
      },
    );
  });
  afterAll(async () => {
    await sys?.close();
  });

  it('answers 429 with Retry-After past the per-key limit, without affecting other keys or health', async () => {
    const gw = (key: string) => request(sys.urls['agency-gateway'], 'GET', '/v1/feedback', { key });
    for (let i = 0; i < 3; i++) expect((await gw(sys.keys['poc-busy'])).status).toBe(200);
    const limited = await gw(sys.keys['poc-busy']);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(limited.body.type).toBe('urn:passerelle:problem:rate-limited');
    expect((await gw(sys.keys['poc-calm'])).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await request(sys.urls['agency-gateway'], 'GET', '/health')).status).not.toBe(429);
  });
});
