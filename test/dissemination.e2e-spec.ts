import { topicNames } from '@passerelle/contracts';
import { eventually, produceAs, readTopic, testKafka } from '@passerelle/testing';
import { randomBytes } from 'node:crypto';
import { request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Issue 28, "Prove it", on the real stack (intake, gateway, audit; real Kafka and Postgres): an
 * analyst publishes six products of different competences and levels. Mobility's maritime desk, with
 * its filter (maritime and ports, level 2 and above), receives exactly its own and sees how many its
 * filter held back; customs receives its own; an embargoed product reaches nobody but the named
 * principal until released; foreign affairs, without the competence, receives nothing and the ledger
 * says why for each product; acknowledgements and a late answer to a request for information show in
 * the figures. A POC acknowledging another agency's product gets 404, recorded as a denied attempt;
 * a malformed product event is dead-lettered by the gateway.
 */
describe('OCAM products disseminated by competence, filtered, acknowledged, counted and traced', () => {
  let sys: RunningSystem;
  const MARK = `Dz${randomBytes(5).toString('hex')}`;
  const ids: Record<string, string> = {};
  let rfiDeadline = 0;

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
        { name: 'director', role: 'analyst', clearance: 'secret', feeds: ['ocam'] },
        { name: 'oversight', role: 'oversight', clearance: 'confidential' },
        { name: 'poc-maritime', role: 'poc', agency: 'mobility', clearance: 'confidential' },
        { name: 'poc-rail', role: 'poc', agency: 'mobility', clearance: 'confidential' },
        { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-immigration', role: 'poc', agency: 'immigration', clearance: 'restricted' },
        { name: 'poc-foreign', role: 'poc', agency: 'foreign-affairs', clearance: 'restricted' },
      ],
      ['intake', 'agency-gateway', 'audit'],
    );
  });

  afterAll(async () => {
    await sys?.close();
  });

  const gw = (method: string, path: string, poc: string, body?: unknown) =>
    request(sys.urls['agency-gateway'], method, path, { key: sys.keys[poc], body });
  const titles = async (poc: string): Promise<string[]> => {
    const r = await gw('GET', '/v1/products?limit=500', poc);
    expect(r.status).toBe(200);
    return r.body.items.map((i: { title: string }) => i.title).sort();
  };
  const publish = async (name: string, body: Record<string, unknown>) => {
    const r = await request(sys.urls.intake, 'POST', '/v1/products', {
      key: sys.keys.analyst,
      body: { ...base, title: `${name} ${MARK}`, body: `Body of ${name}: ${MARK} details`, ...body },
    });
    expect(r.status).toBe(201);
    ids[name] = r.body.productId;
    return r.body;
  };
  const short = (t: string) => t.split(' ')[0];

  it('delivers each product to the agencies of its competence, through the POCs’ filters, embargo held', async () => {
    // The maritime desk narrows its inbox: maritime and ports, level 2 and above.
    const f = await gw('PUT', '/v1/products/filter', 'poc-maritime', { competences: ['maritime', 'ports'], minLevel: 2 });
    expect(f.status).toBe(200);
    expect(f.body.agencyCompetences).toEqual(expect.arrayContaining(['maritime', 'rail', 'ports']));
    // A competence outside the agency's is refused, the field named.
    const bad = await gw('PUT', '/v1/products/filter', 'poc-maritime', { competences: ['goods'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      {
        path: 'competences[0]',
        reason: expect.stringContaining('not a competence of your agency'),
        code: 'not-allowed',
        message: 'is not a competence of your agency',
      },
    ]);

    await publish('P1-maritime-bulletin', { kind: 'bulletin', competences: ['maritime'], level: 3 });
    await publish('P2-rail-assessment', { kind: 'assessment', competences: ['rail'], level: 2 });
    await publish('P3-ports-alert', { kind: 'alert', competences: ['ports'], level: 1, regions: ['poe-port-antwerp'] });
    rfiDeadline = Date.now() + 4000;
    await publish('P4-goods-rfi', {
      kind: 'rfi',
      competences: ['goods'],
      level: 2,
      targetAgencies: ['customs'],
      deadline: new Date(rfiDeadline).toISOString(),
    });
    const embargoed = await publish('P5-maritime-embargoed', {
      kind: 'bulletin',
      competences: ['maritime', 'ports'],
      level: 2,
      embargo: { principals: ['director'] },
    });
    expect(embargoed).toMatchObject({ status: 'embargoed', decisions: [] });
    await publish('P6-borders-assessment', { kind: 'assessment', competences: ['borders'], level: 2 });

    // Customs: its three (the ports alert, the RFI, the borders assessment); immigration: the borders one.
    await eventually(async () => ((await titles('poc-customs')).length === 3 ? true : undefined), {
      what: "customs' products",
      timeoutMs: 60000,
    });
    expect((await titles('poc-customs')).map(short)).toEqual(['P3-ports-alert', 'P4-goods-rfi', 'P6-borders-assessment']);
    await eventually(async () => ((await titles('poc-immigration')).length === 1 ? true : undefined), { what: "immigration's product" });
    expect((await titles('poc-immigration')).map(short)).toEqual(['P6-borders-assessment']);
    // Mobility's rail desk (no filter) sees all of mobility's: the maritime bulletin, the rail assessment, the ports alert.
    await eventually(async () => ((await titles('poc-rail')).length === 3 ? true : undefined), { what: "mobility's products" });
    expect((await titles('poc-rail')).map(short)).toEqual(['P1-maritime-bulletin', 'P2-rail-assessment', 'P3-ports-alert']);
    // The maritime desk: exactly the maritime bulletin; its filter held back two, and says so.
    const maritime = await gw('GET', '/v1/products', 'poc-maritime');
    expect(maritime.body.items.map((i: { title: string }) => short(i.title))).toEqual(['P1-maritime-bulletin']);
    expect(maritime.body.items[0]).toMatchObject({ body: `Body of P1-maritime-bulletin: ${MARK} details`, kind: 'bulletin', level: 3 });
    expect(maritime.body.filteredOut).toEqual({ period: new Date().toISOString().slice(0, 7), count: 2 });
    // Foreign affairs has no product of its competence: nothing.
    expect(await titles('poc-foreign')).toEqual([]);

    // The embargoed product: the director reads it, another analyst does not know it exists.
    expect((await request(sys.urls.intake, 'GET', `/v1/products/${ids['P5-maritime-embargoed']}`, { key: sys.keys.director })).status).toBe(
      200,
    );
    const released = await request(sys.urls.intake, 'POST', `/v1/products/${ids['P5-maritime-embargoed']}/release`, {
      key: sys.keys.director,
    });
    expect(released.status).toBe(200);
    await eventually(async () => ((await titles('poc-maritime')).length === 2 ? true : undefined), {
      what: 'the released product at the maritime desk',
    });
    expect((await titles('poc-maritime')).map(short)).toEqual(['P1-maritime-bulletin', 'P5-maritime-embargoed']);
    await eventually(async () => ((await titles('poc-customs')).length === 4 ? true : undefined), {
      what: 'the released product at customs',
    });
    expect(await titles('poc-foreign')).toEqual([]);

    // Customs' own Kafka user reads its products topic: the facts, never the content.
    const raw = await readTopic(
      topicNames(sys.topicPrefix).products('customs'),
      testKafka('products-probe', 'agency-customs'),
      `${sys.topicPrefix}agency-customs.probe-${randomBytes(4).toString('hex')}`,
    );
    expect(raw.length).toBe(4);
    expect(JSON.stringify(raw)).not.toContain(MARK);
    expect(JSON.parse(raw[0].value!)).toMatchObject({ agency: 'customs', sealed: { alg: 'A256GCM' } });
  });

  it('records why an agency received nothing, for every product', async () => {
    const entries = await eventually(
      async () => {
        const rows = await sys.sql<{ details: { productId: string; reason: string; ruleVersion: number; level: number } }>(
          `select details from audit.ledger where action = 'product.withheld' and agency = 'foreign-affairs'`,
        );
        return rows.length === 6 ? rows : undefined;
      },
      { what: "foreign affairs' six withheld decisions in the ledger", timeoutMs: 60000 },
    );
    expect(new Set(entries.map((e) => e.details.productId))).toEqual(new Set(Object.values(ids)));
    // The RFI was addressed to customs only; every other product matched no rule for foreign affairs.
    expect(entries.map((e) => e.details.reason).sort()).toEqual([...Array(5).fill('no-matching-rule'), 'not-targeted']);
    expect(entries.every((e) => e.details.ruleVersion === 1)).toBe(true);
    // The product's threat level is a fact the ledger keeps (it refused it before: 'not facts').
    expect(entries.every((e) => [1, 2, 3, 4].includes(Number(e.details.level)))).toBe(true);
    const sent = await sys.sql<{ agency: string; n: number }>(
      `select agency, count(*)::int as n from audit.ledger where action = 'product.sent' group by agency order by agency`,
    );
    expect(sent).toEqual([
      { agency: 'customs', n: 4 },
      { agency: 'immigration', n: 1 },
      { agency: 'mobility', n: 4 },
    ]);
  });

  it('refuses an acknowledgement of another agency’s product (404, recorded), takes acknowledgements and a late answer back to OCAM', async () => {
    const other = await gw('POST', `/v1/products/${ids['P4-goods-rfi']}/ack`, 'poc-maritime', {});
    expect(other.status).toBe(404);
    await eventually(
      async () => {
        const rows = await sys.sql(
          `select 1 from audit.ledger where action = 'access.denied' and details->>'endpoint' = 'POST /v1/products/{id}/ack'
             and details->>'resourceId' = $1`,
          [ids['P4-goods-rfi']],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'the denied acknowledgement in the ledger', timeoutMs: 60000 },
    );

    expect((await gw('POST', `/v1/products/${ids['P1-maritime-bulletin']}/ack`, 'poc-maritime', {})).status).toBe(201);
    expect((await gw('POST', `/v1/products/${ids['P1-maritime-bulletin']}/ack`, 'poc-rail', {})).status).toBe(409);
    expect((await gw('POST', `/v1/products/${ids['P3-ports-alert']}/ack`, 'poc-customs', {})).status).toBe(201);
    // An RFI takes its answer.
    const noAnswer = await gw('POST', `/v1/products/${ids['P4-goods-rfi']}/ack`, 'poc-customs', {});
    expect(noAnswer.status).toBe(400);
    expect(noAnswer.body.errors).toEqual([
      { path: 'reply', reason: expect.any(String), code: 'required', message: 'a request for information is acknowledged with its answer' },
    ]);

    // The deadline passes unanswered: the analyst sees the RFI flagged.
    await eventually(async () => (Date.now() > rfiDeadline + 200 ? true : undefined), { what: 'the RFI deadline', timeoutMs: 20000 });
    const overdue = await request(sys.urls.intake, 'GET', '/v1/products/overdue', { key: sys.keys.analyst });
    expect(overdue.status).toBe(200);
    expect(overdue.body.items).toEqual([expect.objectContaining({ productId: ids['P4-goods-rfi'], agency: 'customs', kind: 'rfi' })]);

    const late = await gw('POST', `/v1/products/${ids['P4-goods-rfi']}/ack`, 'poc-customs', { reply: `Two consignments flagged ${MARK}` });
    expect(late.status).toBe(201);
    const product = await eventually(
      async () => {
        const r = await request(sys.urls.intake, 'GET', `/v1/products/${ids['P4-goods-rfi']}`, { key: sys.keys.analyst });
        return r.body.receipts?.some((x: { step: string }) => x.step === 'acknowledged') ? r.body : undefined;
      },
      { what: 'the answer at the intake', timeoutMs: 60000 },
    );
    expect(product.receipts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ agency: 'customs', step: 'acknowledged', reply: `Two consignments flagged ${MARK}` }),
      ]),
    );
    expect((await request(sys.urls.intake, 'GET', '/v1/products/overdue', { key: sys.keys.analyst })).body.items).toEqual([]);
    // The answer crossed Kafka sealed, and the ledger keeps only that there was one.
    const ledger = await eventually(
      async () => {
        const rows = await sys.sql<{ details: Record<string, unknown> }>(
          `select details from audit.ledger where action = 'product.acknowledged' and details->>'productId' = $1`,
          [ids['P4-goods-rfi']],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'the acknowledgement in the ledger', timeoutMs: 60000 },
    );
    expect(ledger[0].details).toMatchObject({ reply: true });
    expect(JSON.stringify(await sys.sql(`select details from audit.ledger`))).not.toContain(MARK);
  });

  it('shows sent, filtered, read, acknowledged and the late answer in the figures (JSON and CSV)', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const figures = await eventually(
      async () => {
        const r = await request(sys.urls.intake, 'GET', '/v1/stats/dissemination', { key: sys.keys.oversight });
        expect(r.status).toBe(200);
        const customs = r.body.months.find((m: { agency: string }) => m.agency === 'customs');
        const mobility = r.body.months.find((m: { agency: string }) => m.agency === 'mobility');
        return customs?.acknowledged === 2 && customs?.read === 4 && mobility?.filteredOut === 2 ? r.body.months : undefined;
      },
      { what: "customs' receipts in the figures", timeoutMs: 60000 },
    );
    const row = (agency: string) => figures.find((m: { agency: string }) => m.agency === agency);
    expect(row('customs')).toMatchObject({ month, sent: 4, withheld: 2, filteredOut: 0, read: 4, acknowledged: 2, rfisAnsweredLate: 1 });
    expect(row('customs').medianSecondsToAck).toEqual(expect.any(Number));
    // The maritime desk's filter held back the rail assessment and the level-1 ports alert as they arrived.
    expect(row('mobility')).toMatchObject({ month, sent: 4, withheld: 2, filteredOut: 2, acknowledged: 1 });
    expect(row('foreign-affairs')).toMatchObject({ month, sent: 0, withheld: 6, read: 0, acknowledged: 0 });
    const csv = await request(sys.urls.intake, 'GET', '/v1/stats/dissemination?format=csv', { key: sys.keys.oversight });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      'month,agency,sent,withheld,filteredOut,read,acknowledged,medianSecondsToAck,rfisAnsweredLate,rfisUnansweredPastDeadline',
    );
    expect(csv.body).toContain(`${month},foreign-affairs,0,6,0,0,0,,0,0`);
    expect(csv.body).toContain(`${month},mobility,4,2,2,`);
    // A POC is not oversight.
    expect((await request(sys.urls.intake, 'GET', '/v1/stats/dissemination', { key: sys.keys['poc-customs'] })).status).toBe(403);
  });

  it('dead-letters a malformed product event and keeps consuming', async () => {
    const topic = topicNames(sys.topicPrefix).products('customs');
    await produceAs('intake', topic, [
      {
        key: 'x',
        value: JSON.stringify({ eventId: 'bad-1', productId: 'not-a-uuid', agency: 'customs' }),
        headers: { 'ce-id': `bad-${MARK}` },
      },
    ]);
    await eventually(
      async () => {
        const rows = await sys.sql(`select 1 from audit.ledger where action = 'message.dead-lettered' and details->>'sourceTopic' = $1`, [
          topic,
        ]);
        return rows.length ? rows : undefined;
      },
      { what: 'the dead letter in the ledger', timeoutMs: 60000 },
    );
    // The partition moved on: a product published after it arrives.
    await publish('P7-goods-bulletin', { kind: 'bulletin', competences: ['goods'], level: 2 });
    await eventually(async () => ((await titles('poc-customs')).length === 5 ? true : undefined), {
      what: 'the next product at customs',
      timeoutMs: 60000,
    });
  });
});
