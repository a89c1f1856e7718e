import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@passerelle/testing';
import { ClassifiedRegister, RegisterItem } from '../apps/audit/src/register/register';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

jest.setTimeout(6 * 60_000);

/**
 * The classified register (issue 29, item 4) on the real stack: customs submits a restricted, a
 * confidential and an unclassified signal, mobility a restricted one; OCAM publishes a restricted and
 * an unclassified product; an analyst and customs' POC read some; one signal is erased by two
 * officers. The register lists exactly the classified items, with who sent them, who read them, the
 * end of retention and the erased one with its date; an agency's officer sees its own agency's
 * items and readers only; a POC or another agency's officer is refused, and the refusal recorded;
 * every reading of the register is in the ledger; the PDF renders with pdftoppm and reads back.
 */
describe('the classified register', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  const sig: Record<string, string> = {};
  let product = '';
  let unclassifiedProduct = '';
  const tag = Math.random().toString(36).slice(2, 8);

  const as = (who: string, app: 'audit' | 'intake' | 'agency-gateway') => (method: string, path: string, body?: unknown) =>
    request(sys.urls[app], method, path, { key: sys.keys[who], body });
  const register = async (who: string, q = '') => {
    const r = await as(who, 'audit')('GET', `/v1/register${q}`);
    expect({ who, q, status: r.status }).toEqual({ who, q, status: 200 });
    return r.body as ClassifiedRegister;
  };
  const listed = (r: ClassifiedRegister) => r.items.map((i) => `${i.kind}:${i.id}`).sort();

  const submit = async (poc: string, name: string, classification: string, retentionUntil: string) => {
    const s = exampleSignal('minimal', `REG-${name}-${tag}`);
    s.classification = classification;
    s.retentionUntil = retentionUntil;
    s.summary = `Register test ${name} ${tag}`;
    s.subjects = [
      { kind: 'person', familyName: `Testaert${name}`, givenNames: 'Ro', birthDate: '1990-01-0' + (1 + Object.keys(sig).length) },
    ];
    const r = await as(poc, 'agency-gateway')('POST', '/v1/signals', s);
    expect(r.status).toBe(202);
    sig[name] = r.body.signalId;
  };
  const product_ = (over: Record<string, unknown>) => ({
    kind: 'bulletin',
    title: `Bulletin ${tag}`,
    body: 'Heightened vigilance at the port.',
    categories: ['terrorism'],
    competences: ['ports'],
    regions: ['poe-port-zeebrugge'],
    level: 2,
    classification: 'restricted',
    handling: 'H2',
    legalBasis: 'ocam-law-2006-art-10',
    ...over,
  });

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'confidential' },
      { name: 'analyst', role: 'analyst', clearance: 'secret', feeds: ['ocam'] },
      { name: 'officer-ocam', role: 'security-officer', clearance: 'confidential' },
      { name: 'officer-ocam-2', role: 'security-officer', clearance: 'confidential' },
      { name: 'officer-customs', role: 'security-officer', agency: 'customs', clearance: 'restricted' },
      { name: 'officer-mobility', role: 'security-officer', agency: 'mobility', clearance: 'restricted' },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
    ]);
    for (const r of await sys.sql<{ id: string; name: string }>(`select id, name from identity.principals`)) ids[r.name] = r.id;

    await submit('poc-customs', 'erased', 'restricted', '2030-01-31');
    await submit('poc-customs', 'confidential', 'confidential', '2031-06-30');
    await submit('poc-customs', 'open', 'unclassified', '2030-01-31');
    await submit('poc-mobility', 'mobility', 'restricted', '2029-12-31');
    await eventually(
      async () => {
        const rows = await sys.sql(`select 1 from intake.signals where signal_id = any($1)`, [Object.values(sig)]);
        return rows.length === 4 ? rows : undefined;
      },
      { what: 'the four signals at the intake', timeoutMs: 90_000 },
    );
    // Reads: the analyst reads the one to be erased and the confidential one; customs' POC its receipt.
    expect((await as('analyst', 'intake')('GET', `/v1/signals/${sig.erased}`)).status).toBe(200);
    expect((await as('analyst', 'intake')('GET', `/v1/signals/${sig.confidential}`)).status).toBe(200);
    expect((await as('analyst', 'intake')('GET', `/v1/signals/${sig.open}`)).status).toBe(200);
    expect((await as('poc-customs', 'agency-gateway')('GET', `/v1/signals/${sig.confidential}`)).status).toBe(200);

    // OCAM's products: a restricted one to customs and mobility (ports), an unclassified one.
    const p = await as('analyst', 'intake')('POST', '/v1/products', product_({}));
    expect(p.status).toBe(201);
    product = p.body.id ?? p.body.productId;
    const u = await as('analyst', 'intake')('POST', '/v1/products', product_({ classification: 'unclassified', title: `Open ${tag}` }));
    expect(u.status).toBe(201);
    unclassifiedProduct = u.body.id ?? u.body.productId;
    await eventually(
      async () => {
        const r = await as('poc-customs', 'agency-gateway')('GET', '/v1/products');
        return r.status === 200 && JSON.stringify(r.body).includes(product) ? r : undefined;
      },
      { what: "the product in customs' inbox", timeoutMs: 90_000 },
    );

    // The erasure: asked by one OCAM officer, approved by another.
    const asked = await as('officer-ocam', 'intake')('POST', '/v1/admin/erasures', { signalId: sig.erased, reason: 'court-decision' });
    expect(asked.status).toBe(201);
    expect((await as('officer-ocam-2', 'intake')('POST', `/v1/admin/erasures/${asked.body.id}/approve`)).status).toBe(200);

    await eventually(
      async () => {
        const [r] = await sys.sql<{ routed: number; erased: number; sent: number; productReads: number; reads: number }>(
          `select count(*) filter (where action = 'signal.routed')::int as routed,
                  count(*) filter (where action = 'signal.erasure-approved')::int as erased,
                  count(*) filter (where action = 'product.published-to-agency' and details ->> 'productId' = $2)::int as sent,
                  count(*) filter (where action = 'access.recorded' and details -> 'productIds' ? $2)::int as "productReads",
                  count(*) filter (where action = 'access.recorded' and details -> 'signalIds' ?| $3)::int as reads
             from audit.ledger where signal_id = any($1) or action in ('product.published-to-agency', 'access.recorded')`,
          [Object.values(sig), product, [sig.erased, sig.confidential]],
        );
        return r.routed >= 4 && r.erased === 1 && r.sent === 2 && r.productReads >= 1 && r.reads >= 3 ? r : undefined;
      },
      { what: 'routings, the erasure, the product and the reads in the ledger', timeoutMs: 90_000 },
    );
  });
  afterAll(async () => {
    await sys?.close();
  });

  it("lists exactly the classified items for OCAM's officer: senders, readers, retention, the erased one with its date", async () => {
    const r = await register('officer-ocam');
    expect(listed(r)).toEqual(
      [`signal:${sig.erased}`, `signal:${sig.confidential}`, `signal:${sig.mobility}`, `product:${product}`].sort(),
    );
    expect(listed(r)).not.toContain(`signal:${sig.open}`);
    expect(listed(r)).not.toContain(`product:${unclassifiedProduct}`);
    const by = Object.fromEntries(r.items.map((i) => [i.id, i])) as Record<string, RegisterItem>;
    // Highest level first.
    expect(r.items[0].id).toBe(sig.confidential);
    expect(r.levels.find((l) => l.classification === 'restricted')).toEqual({ classification: 'restricted', held: 2, destroyed: 1 });

    const erased = by[sig.erased];
    expect(erased).toMatchObject({
      kind: 'signal',
      classification: 'restricted',
      from: { agency: 'customs', principalId: ids['poc-customs'], principalName: 'poc-customs' },
      to: ['ocam'],
      retentionUntil: '2030-01-31',
      state: 'destroyed',
      destroyed: { how: 'erased' },
    });
    const [approval] = await sys.sql<{ at: string }>(
      `select to_char(coalesce(occurred_at, recorded_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
         from audit.ledger where action = 'signal.erasure-approved' and signal_id = $1`,
      [sig.erased],
    );
    expect(erased.destroyed!.at).toBe(approval.at);
    expect(erased.readers.map((x) => x.name)).toEqual(['analyst']);
    // The tombstone holds facts only: nothing of the signal's content.
    expect(JSON.stringify(erased)).not.toContain(tag);

    expect(by[sig.confidential]).toMatchObject({
      classification: 'confidential',
      retentionUntil: '2031-06-30',
      state: 'held',
      destroyed: null,
    });
    expect(by[sig.confidential].readers.map((x) => x.name).sort()).toEqual(['analyst', 'poc-customs']);
    expect(by[sig.mobility]).toMatchObject({ from: { agency: 'mobility', principalId: ids['poc-mobility'] }, readers: [] });
    expect(by[product]).toMatchObject({
      kind: 'product',
      classification: 'restricted',
      from: { agency: 'ocam', principalId: ids.analyst, principalName: 'analyst' },
      to: ['customs', 'mobility'],
      state: 'held',
    });
    expect(by[product].readers.map((x) => x.name)).toContain('poc-customs');

    // Oversight reads the same register.
    expect(listed(await register('oversight'))).toEqual(listed(r));
  });

  it('searches by level, state, kind, agency and period', async () => {
    expect(listed(await register('officer-ocam', '?classification=confidential'))).toEqual([`signal:${sig.confidential}`]);
    expect(listed(await register('officer-ocam', '?state=destroyed'))).toEqual([`signal:${sig.erased}`]);
    expect(listed(await register('officer-ocam', '?kind=product'))).toEqual([`product:${product}`]);
    expect(listed(await register('officer-ocam', '?agency=mobility'))).toEqual([`signal:${sig.mobility}`, `product:${product}`].sort());
    const today = new Date().toISOString().slice(0, 10);
    expect(listed(await register('officer-ocam', `?from=2020-01-01&to=2020-12-31`))).toEqual([]);
    expect((await register('officer-ocam', `?from=${today}&to=${today}`)).items).toHaveLength(4);
    // Bad input: a problem naming the field, never a 500.
    for (const q of ['?classification=unclassified', '?state=gone', '?from=yesterday', '?from=2026-02-01&to=2026-01-01', '?kind=dossier']) {
      const bad = await as('officer-ocam', 'audit')('GET', `/v1/register${q}`);
      expect({ q, status: bad.status }).toEqual({ q, status: 400 });
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it("shows an agency's officer its own agency's items and readers only; refuses POCs and other agencies, recorded", async () => {
    const customs = await register('officer-customs');
    expect(customs.scope).toBe('customs');
    expect(listed(customs)).toEqual([`signal:${sig.erased}`, `signal:${sig.confidential}`, `product:${product}`].sort());
    const by = Object.fromEntries(customs.items.map((i) => [i.id, i])) as Record<string, RegisterItem>;
    // Who at OCAM read customs' signals is OCAM's register; whom else the product went to is not customs' business.
    expect(by[sig.erased].readers).toEqual([]);
    expect(by[sig.confidential].readers.map((x) => x.name)).toEqual(['poc-customs']);
    expect(by[product].to).toEqual(['customs']);
    expect(listed(await register('officer-mobility'))).toEqual([`signal:${sig.mobility}`, `product:${product}`].sort());

    const foreign = await as('officer-customs', 'audit')('GET', '/v1/register?agency=mobility');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(foreign.body)).not.toContain(sig.mobility);
    const poc = await as('poc-customs', 'audit')('GET', '/v1/register');
    expect(poc.status).toBe(403);
    const analyst = await as('analyst', 'audit')('GET', '/v1/register');
    expect(analyst.status).toBe(403);
    await eventually(
      async () => {
        const rows = await sys.sql<{ actor: string }>(
          `select actor from audit.ledger where action = 'access.denied' and details ->> 'endpoint' = 'GET /v1/register'`,
        );
        const actors = rows.map((x) => x.actor);
        return ['officer-customs', 'poc-customs', 'analyst'].every((n) => actors.includes(`principal:${ids[n]}`)) ? actors : undefined;
      },
      { what: 'the refused register readings in the ledger' },
    );
  });

  it('is an audited read: every reading in the ledger, with its search and how many items it returned', async () => {
    await register('officer-customs', '?classification=restricted');
    const rows = await sys.sql<{ details: { query: Record<string, unknown> } }>(
      `select details from audit.ledger where action = 'register.read' and actor = $1 order by seq desc limit 1`,
      [`principal:${ids['officer-customs']}`],
    );
    expect(rows[0].details.query).toEqual({ scope: 'customs', classification: 'restricted', format: 'json', count: 2 });
    const [{ n }] = await sys.sql<{ n: number }>(`select count(*)::int as n from audit.ledger where action = 'register.read'`);
    expect(n).toBeGreaterThanOrEqual(11);
  });

  it('exports CSV, and a PDF rendered to PNG by pdftoppm whose text is the register (pdftotext)', async () => {
    const csv = await as('officer-ocam', 'audit')('GET', '/v1/register?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines[0]).toMatch(/^kind,id,classification,received_at,/);
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.includes(sig.erased))).toMatch(/,destroyed,\d{4}-\d\d-\d\dT[^,]+,erased,/);

    const res = await fetch(`${sys.urls.audit}/v1/register?format=pdf`, {
      headers: { authorization: `Bearer ${sys.keys['officer-ocam']}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-register-pdf-'));
    const file = join(dir, 'register.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    execFileSync('pdftoppm', ['-png', '-r', '50', file, join(dir, 'page')]);
    const images = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f));
    expect(images).toHaveLength(pages);
    for (const image of images) expect(readFileSync(join(dir, image)).subarray(1, 4).toString('latin1')).toBe('PNG');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Classified register: all');
    expect(text).toContain('CONFIDENTIAL (1)');
    expect(text).toContain('RESTRICTED (3)');
    expect(text).toContain('restricted: 2 held, 1 destroyed');
    for (const id of [sig.erased, sig.confidential, sig.mobility, product]) expect(text).toContain(id);
    expect(text).not.toContain(sig.open);
    expect(text).toMatch(/DESTROYED \d{4}-\d\d-\d\dT\S+ \(erased\)/);
    expect(text).toContain('to be destroyed on 2031-06-30');
    expect(text).toContain('read by analyst');
    expect(text).not.toContain(tag);
    for (let i = 1; i <= pages; i++) expect(text).toContain(`page ${i} of ${pages}`);
  });
});
