import { SSE_MAX_PER_PRINCIPAL } from '@passerelle/http';
import { eventually } from '@passerelle/testing';
import { randomBytes } from 'node:crypto';
import { request } from './support/http';
import { readSse, SseEvent } from './support/sse';
import { RunningSystem, startSystem } from './support/system';

/**
 * A POC's products inbox at the agency gateway (issue 28), on the real stack (intake, gateway,
 * audit; real Kafka and Postgres): the inbox as server-sent events — only what the POC's filter lets
 * through, resumed with Last-Event-ID, every product delivered recorded as a read; the agency's
 * default filter set by its own security officer, applying to the POCs without one of their own,
 * another agency's officer refused and recorded; what filters held back counted for the POC and, per
 * agency and month, for oversight.
 */
describe("a POC's products inbox: stream, agency defaults, filtered-out counts", () => {
  let sys: RunningSystem;
  const MARK = `Ib${randomBytes(5).toString('hex')}`;
  const ids: Record<string, string> = {};

  const base = {
    categories: ['terrorism'],
    regions: ['be'],
    classification: 'restricted',
    handling: 'H2',
    legalBasis: 'ocam-law-2006-art-10',
  };

  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'analyst', role: 'analyst', clearance: 'secret', feeds: ['ocam'] },
        { name: 'oversight', role: 'oversight', clearance: 'confidential' },
        { name: 'poc-maritime', role: 'poc', agency: 'mobility', clearance: 'confidential' },
        { name: 'poc-rail', role: 'poc', agency: 'mobility', clearance: 'confidential' },
        { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'officer-mobility', role: 'security-officer', agency: 'mobility', clearance: 'confidential' },
        { name: 'officer-customs', role: 'security-officer', agency: 'customs', clearance: 'restricted' },
      ],
      ['intake', 'agency-gateway', 'audit'],
    );
  });

  afterAll(async () => {
    await sys?.close();
  });

  const gw = (method: string, path: string, who: string, body?: unknown) =>
    request(sys.urls['agency-gateway'], method, path, { key: sys.keys[who], body });
  const publish = async (name: string, body: Record<string, unknown>) => {
    const r = await request(sys.urls.intake, 'POST', '/v1/products', {
      key: sys.keys.analyst,
      body: { ...base, title: `${name} ${MARK}`, body: `Body of ${name}`, ...body },
    });
    expect(r.status).toBe(201);
    ids[name] = r.body.productId;
  };
  const short = (t: string) => t.split(' ')[0];
  const products = (events: SseEvent[]) => events.filter((e) => e.event === 'product');
  const titlesOf = (events: SseEvent[]) => products(events).map((e) => short(JSON.parse(e.data).title));
  const idOf = async (name: string) =>
    (await sys.sql<{ id: string }>(`select id::text as id from identity.principals where name = $1`, [name]))[0].id;

  it('streams the inbox as server-sent events: only what the filter lets through, resumable, each delivery a recorded read', async () => {
    const f = await gw('PUT', '/v1/products/filter', 'poc-maritime', { competences: ['maritime', 'ports'], minLevel: 2 });
    expect(f.status).toBe(200);

    const streamed = readSse(`${sys.urls['agency-gateway']}/v1/products/stream`, {
      key: sys.keys['poc-maritime'],
      timeoutMs: 90000,
      done: (events) => {
        const last = events.filter((e) => e.event === 'filtered-out').pop();
        return products(events).length >= 2 && last !== undefined && JSON.parse(last.data).count === 2;
      },
      onOpen: () => {
        void (async () => {
          await publish('S1-maritime-bulletin', { kind: 'bulletin', competences: ['maritime'], level: 3 });
          await publish('S2-rail-assessment', { kind: 'assessment', competences: ['rail'], level: 2 });
          await publish('S3-maritime-low', { kind: 'bulletin', competences: ['maritime'], level: 1 });
          await publish('S4-ports-alert', { kind: 'alert', competences: ['ports'], level: 2 });
        })();
      },
    });
    const { status, events } = await streamed;
    expect(status).toBe(200);
    // Exactly the two the filter lets through, in order; the two it held back are counted, never sent.
    // Products arrive in the order the gateway consumes them, which across partitions is not the order published.
    expect(titlesOf(events).sort()).toEqual(['S1-maritime-bulletin', 'S4-ports-alert']);
    const first = products(events)
      .map((e) => JSON.parse(e.data))
      .find((p) => p.productId === ids['S1-maritime-bulletin']);
    expect(first).toMatchObject({ kind: 'bulletin', level: 3, body: 'Body of S1-maritime-bulletin' });
    expect(first.seq).toBeUndefined();
    const second = titlesOf(events)[1];
    expect(JSON.parse(events.filter((e) => e.event === 'filtered-out').pop()!.data)).toEqual({
      period: new Date().toISOString().slice(0, 7),
      count: 2,
    });
    // The stream opens with the count, before any product.
    expect(events[0].event).toBe('filtered-out');

    // Resumed after the first product: the second, not the first again.
    const resumed = await readSse(`${sys.urls['agency-gateway']}/v1/products/stream`, {
      key: sys.keys['poc-maritime'],
      lastEventId: products(events)[0].id,
      done: (evs) => products(evs).length >= 1,
    });
    expect(titlesOf(resumed.events)).toEqual([second]);
    // The stream's event ids are the list's cursors: the list resumes from one too.
    const listed = await gw('GET', `/v1/products?cursor=${encodeURIComponent(products(events)[0].id!)}`, 'poc-maritime');
    expect(listed.body.items.map((i: { title: string }) => short(i.title))).toEqual([second]);

    // A Last-Event-ID this API did not give: 400 problem+json before the stream opens (another POC's, a forged one).
    for (const bad of [products(events)[0].id!, 'not-a-cursor']) {
      const who = bad === 'not-a-cursor' ? 'poc-maritime' : 'poc-rail';
      const r = await fetch(`${sys.urls['agency-gateway']}/v1/products/stream`, {
        headers: { authorization: `Bearer ${sys.keys[who]}`, accept: 'text/event-stream', 'last-event-id': bad },
      });
      expect({ bad, status: r.status }).toEqual({ bad, status: 400 });
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(((await r.json()) as { detail: string }).detail).toContain('Last-Event-ID');
    }
    // Not a POC: refused.
    expect((await gw('GET', '/v1/products/stream', 'oversight')).status).toBe(403);

    // At most SSE_MAX_PER_PRINCIPAL streams open at once per key: one more is a 429 problem (in the caller's language)
    // before it opens; closing one frees its place.
    const open: AbortController[] = [];
    const openStream = async (lang = 'en') => {
      const abort = new AbortController();
      const r = await fetch(`${sys.urls['agency-gateway']}/v1/products/stream`, {
        headers: { authorization: `Bearer ${sys.keys['poc-rail']}`, accept: 'text/event-stream', 'accept-language': lang },
        signal: abort.signal,
      });
      if (r.ok) {
        open.push(abort);
        return { status: r.status, type: r.headers.get('content-type'), body: '' };
      }
      const body = await r.text();
      abort.abort();
      return { status: r.status, type: r.headers.get('content-type'), body };
    };
    try {
      for (let i = 0; i < SSE_MAX_PER_PRINCIPAL; i++) expect((await openStream()).status).toBe(200);
      const oneMore = await openStream('fr');
      expect(oneMore.status).toBe(429);
      expect(oneMore.type).toContain('application/problem+json');
      expect((JSON.parse(oneMore.body) as { detail: string }).detail).toContain('flux ouverts');
      open.shift()!.abort();
      const again = await eventually(
        async () => {
          const r = await openStream();
          return r.status === 200 ? r : undefined;
        },
        { what: 'a stream opened once another closed', timeoutMs: 20_000 },
      );
      expect(again.status).toBe(200);
    } finally {
      for (const a of open) a.abort();
    }

    // Every product the stream delivered is a read in the ledger, with the stream's endpoint.
    const maritimeId = await idOf('poc-maritime');
    const reads = await eventually(
      async () => {
        const rows = await sys.sql<{ ids: string[] }>(
          `select array(select jsonb_array_elements_text(details->'productIds')) as ids from audit.ledger
            where action = 'access.recorded' and actor = $1 and details->>'endpoint' = 'GET /v1/products/stream'`,
          [`principal:${maritimeId}`],
        );
        const all = rows.flatMap((r) => r.ids);
        return all.includes(ids['S1-maritime-bulletin']) && all.includes(ids['S4-ports-alert']) ? all : undefined;
      },
      { what: "the stream's reads in the ledger", timeoutMs: 60000 },
    );
    expect(reads).not.toContain(ids['S2-rail-assessment']);
    expect(reads).not.toContain(ids['S3-maritime-low']);
  });
  it("applies the agency's default filter, set by its own security officer, to the POCs without a filter of their own", async () => {
    const titles = async (poc: string) =>
      ((await gw('GET', '/v1/products?limit=500', poc)).body.items as { title: string }[]).map((i) => short(i.title)).sort();
    // Before: the rail desk has no filter and sees all four of mobility's products.
    expect(await titles('poc-rail')).toEqual(['S1-maritime-bulletin', 'S2-rail-assessment', 'S3-maritime-low', 'S4-ports-alert']);
    const path = '/v1/agencies/mobility/product-filter';

    // Bad values: 400 naming the field, nothing set.
    const cases: [Record<string, unknown>, string][] = [
      [{ competences: ['goods'] }, 'competences[0]'],
      [{ regions: ['be-atlantis'] }, 'regions[0]'],
      [{ minLevel: 7 }, 'minLevel'],
      [{ competences: 'rail' }, 'competences'],
    ];
    for (const [body, field] of cases) {
      const r = await gw('PUT', path, 'officer-mobility', body);
      expect({ body, status: r.status }).toEqual({ body, status: 400 });
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(JSON.stringify(r.body.errors ?? r.body.detail)).toContain(field);
    }
    expect((await gw('GET', path, 'officer-mobility')).body.filter).toBeNull();

    const set = await gw('PUT', path, 'officer-mobility', { competences: ['rail', 'maritime'], minLevel: 2 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ agency: 'mobility', filter: { competences: ['rail', 'maritime'], regions: null, minLevel: 2 } });
    expect(set.body.setBy).toBe(await idOf('officer-mobility'));

    // The rail desk, without a filter of its own, now sees what the default lets through, and the count of the rest.
    const rail = await gw('GET', '/v1/products', 'poc-rail');
    expect(rail.body.items.map((i: { title: string }) => short(i.title)).sort()).toEqual(['S1-maritime-bulletin', 'S2-rail-assessment']);
    expect(rail.body.filter).toMatchObject({ source: 'agency-default', competences: ['rail', 'maritime'], minLevel: 2 });
    expect(rail.body.filteredOut.count).toBe(2);
    expect((await gw('GET', '/v1/products/filter', 'poc-rail')).body).toMatchObject({
      source: 'agency-default',
      agencyDefault: { competences: ['rail', 'maritime'], minLevel: 2 },
    });
    // The maritime desk keeps its own filter.
    expect(await titles('poc-maritime')).toEqual(['S1-maritime-bulletin', 'S4-ports-alert']);
    // Customs is untouched by mobility's default.
    expect((await gw('GET', '/v1/products/filter', 'poc-customs')).body.source).toBe('none');

    // Another agency's officer: 403, recorded as a denied attempt; a POC is not an officer: 403.
    const other = await gw('PUT', path, 'officer-customs', { competences: ['rail'] });
    expect(other.status).toBe(403);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect((await gw('GET', path, 'officer-customs')).status).toBe(403);
    expect((await gw('PUT', path, 'poc-rail', { competences: ['rail'] })).status).toBe(403);
    expect((await gw('GET', path, 'officer-mobility')).body.filter).toMatchObject({ competences: ['rail', 'maritime'] });
    const customsOfficer = await idOf('officer-customs');
    const denied = await eventually(
      async () => {
        const rows = await sys.sql<{ endpoint: string; status: number }>(
          `select details->>'endpoint' as endpoint, (details->>'status')::int as status from audit.ledger
            where action = 'access.denied' and actor = $1`,
          [`principal:${customsOfficer}`],
        );
        return rows.length >= 2 ? rows : undefined;
      },
      { what: "the customs officer's denied attempts in the ledger", timeoutMs: 60000 },
    );
    expect(denied).toEqual(
      expect.arrayContaining([
        { endpoint: 'PUT /v1/agencies/{agency}/product-filter', status: 403 },
        { endpoint: 'GET /v1/agencies/{agency}/product-filter', status: 403 },
      ]),
    );

    // The maritime desk drops its own filter: the agency's default applies to it too.
    const dropped = await gw('DELETE', '/v1/products/filter', 'poc-maritime');
    expect(dropped.status).toBe(200);
    expect(dropped.body.source).toBe('agency-default');
    expect(await titles('poc-maritime')).toEqual(['S1-maritime-bulletin', 'S2-rail-assessment']);

    // Each change of a filter is in the ledger with what the filter now lets through (codes only):
    // the officer's default for the agency, the maritime desk dropping its own.
    const officerId = await idOf('officer-mobility');
    const maritimeDesk = await idOf('poc-maritime');
    const changes = await eventually(
      async () => {
        const rows = await sys.sql<{ action: string; actor: string; details: Record<string, unknown> }>(
          `select action, actor, details from audit.ledger where action like 'product-filter.%' and actor = any($1::text[]) order by seq`,
          [[`principal:${officerId}`, `principal:${maritimeDesk}`]],
        );
        return rows.some((r) => r.action === 'product-filter.cleared') ? rows : undefined;
      },
      { what: 'the filter changes in the ledger', timeoutMs: 60000 },
    );
    expect(changes.find((c) => c.actor === `principal:${officerId}`)).toMatchObject({
      action: 'product-filter.set',
      details: {
        endpoint: 'PUT /v1/agencies/{agency}/product-filter',
        agency: 'mobility',
        filterScope: 'agency-default',
        competences: ['rail', 'maritime'],
        minLevel: 2,
      },
    });
    expect(changes.filter((c) => c.actor === `principal:${officerId}`)).toHaveLength(1);
    expect(changes[changes.length - 1]).toMatchObject({
      action: 'product-filter.cleared',
      actor: `principal:${maritimeDesk}`,
      details: { endpoint: 'DELETE /v1/products/filter', agency: 'mobility', filterScope: 'own' },
    });
  });
  it('counts what the filters held back: for the POC per month, for oversight per agency and month (JSON and CSV)', async () => {
    // After the default: a road product, held back by the default for both mobility desks.
    await publish('S5-road-bulletin', { kind: 'bulletin', competences: ['road'], level: 3 });
    const rail = await eventually(
      async () => {
        const r = await gw('GET', '/v1/products', 'poc-rail');
        return r.body.filteredOut.count === 3 ? r.body : undefined;
      },
      { what: "the road product in the rail desk's filtered-out count", timeoutMs: 60000 },
    );
    expect(rail.filteredOut).toEqual({ period: new Date().toISOString().slice(0, 7), count: 3 });
    // Another month's count; a month that is not one: 400.
    const past = await gw('GET', '/v1/products?month=2020-01', 'poc-rail');
    expect(past.body.filteredOut).toEqual({ period: '2020-01', count: 0 });
    const bad = await gw('GET', '/v1/products?month=2020-13', 'poc-rail');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');

    // Oversight: per agency and month, what the filters in force held back as each product arrived, once per POC —
    // the maritime desk's own filter on S2 and S3, then the default on S5 for both desks.
    const month = new Date().toISOString().slice(0, 7);
    const mobility = await eventually(
      async () => {
        const r = await request(sys.urls.intake, 'GET', '/v1/stats/dissemination', { key: sys.keys.oversight });
        expect(r.status).toBe(200);
        const row = r.body.months.find((m: { agency: string; month: string }) => m.agency === 'mobility' && m.month === month);
        return row?.filteredOut === 4 ? row : undefined;
      },
      { what: "mobility's filtered-out figure", timeoutMs: 60000 },
    );
    expect(mobility).toMatchObject({ sent: 5, filteredOut: 4 });
    const csv = await request(sys.urls.intake, 'GET', '/v1/stats/dissemination?format=csv', { key: sys.keys.oversight });
    const lines: string[] = csv.body.split('\r\n');
    const header = lines[0].split(',');
    expect(header).toContain('filteredOut');
    const line = lines.find((l) => l.startsWith(`${month},mobility,`))!.split(',');
    expect(line[header.indexOf('filteredOut')]).toBe('4');
    // Each held-back product is in the ledger, under the POC whose filter held it back.
    const railId = await idOf('poc-rail');
    await eventually(
      async () => {
        const rows = await sys.sql(
          `select 1 from audit.ledger where action = 'product.filtered-out' and actor = $1 and details->>'productId' = $2`,
          [`principal:${railId}`, ids['S5-road-bulletin']],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'the held-back product in the ledger', timeoutMs: 60000 },
    );
  });
});
