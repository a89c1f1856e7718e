import { eventually } from '@passerelle/testing';
import { request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * OCAM's products at the intake (issue 28, items 1-2): an analyst publishes; the dissemination rules
 * (data, versioned) decide for every agency, and the ledger holds each decision with its rule and
 * version; bad input is refused with the field named; an embargoed product is readable only by the
 * named principal until released.
 */
describe('products published at the intake and disseminated by rules', () => {
  let sys: RunningSystem;
  const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  const product = (over: Record<string, unknown> = {}) => ({
    kind: 'bulletin',
    title: 'Bulletin: ferry terminals',
    body: 'Heightened vigilance at the ferry terminals.\nDetails follow.',
    categories: ['terrorism'],
    competences: ['maritime'],
    regions: ['poe-port-zeebrugge'],
    level: 2,
    classification: 'restricted',
    handling: 'H2',
    legalBasis: 'ocam-law-2006-art-10',
    ...over,
  });

  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'analyst', role: 'analyst', clearance: 'secret', feeds: ['ocam'] },
        { name: 'analyst-low', role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
        { name: 'director', role: 'analyst', clearance: 'secret', feeds: ['ocam'] },
        { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'confidential' },
        { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-immigration', role: 'poc', agency: 'immigration', clearance: 'restricted' },
      ],
      ['intake', 'audit'],
    );
  });

  afterAll(async () => {
    await sys?.close();
  });

  const publish = (body: unknown, key = sys.keys.analyst) => request(sys.urls.intake, 'POST', '/v1/products', { key, body });

  it('refuses bad input with the field named, and stores nothing', async () => {
    const count = async () => (await sys.sql<{ n: number }>('select count(*)::int as n from intake.products'))[0].n;
    const before = await count();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ competences: [] }, 400, 'competences'],
      [{ regions: ['be-atlantis'] }, 400, 'regions[0]'],
      [{ categories: ['not-a-phenomenon'] }, 400, 'categories[0]'],
      [{ legalBasis: 'because-we-can' }, 400, 'legalBasis'],
      [{ kind: 'rfi', targetAgencies: ['customs'], deadline: new Date(Date.now() - 3600_000).toISOString() }, 400, 'deadline'],
      [{ kind: 'rfi', deadline: future(3) }, 400, 'targetAgencies'],
      [{ competences: ['unknown-tag'] }, 400, 'competences[0]'],
      // A valid product for comparison: accepted.
      [{ competences: ['crisis'], level: 1, kind: 'assessment', regions: ['be'] }, 201, ''],
    ];
    for (const [over, status, path] of cases) {
      const r = await publish(product(over));
      expect({ over, status: r.status }).toEqual({ over, status });
      if (status >= 400) {
        expect(r.headers.get('content-type')).toContain('application/problem+json');
        expect(r.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      }
    }
    // Above the analyst's clearance: 403, the field named.
    const above = await publish(product({ classification: 'secret' }), sys.keys['analyst-low']);
    expect(above.status).toBe(403);
    expect(above.body.errors).toEqual([
      { path: 'classification', reason: 'above-clearance', code: 'above-clearance', message: 'is marked above your clearance' },
    ]);
    // Only the one valid product was stored.
    expect(await count()).toBe(before + 1);
  });

  it('refuses a product no rule sends anywhere (422, competences), and shows a matched but withheld one', async () => {
    // An RFI to foreign affairs about maritime matters: foreign affairs' rule asks for consular or
    // travel-advice, and the RFI goes to no other agency. Nothing would reach anybody: refused.
    const none = await publish(product({ kind: 'rfi', targetAgencies: ['foreign-affairs'], deadline: future(3) }));
    expect(none.status).toBe(422);
    expect(none.body).toMatchObject({
      type: 'urn:passerelle:problem:no-dissemination-rule',
      errors: [{ path: 'competences', reason: 'no-matching-rule' }],
    });
    // travel-advice is foreign affairs' competence: its rule matches, but it has no POC: withheld, and said so.
    const withheld = await publish(product({ competences: ['travel-advice'], categories: ['fraud'] }));
    expect(withheld.status).toBe(201);
    expect(withheld.body.decisions.find((d: { agency: string }) => d.agency === 'foreign-affairs')).toMatchObject({
      decision: 'withheld',
      reason: 'no-cleared-poc',
      ruleId: 'foreign-affairs-abroad',
      ruleVersion: 1,
    });
  });

  it('decides for every agency, records each decision in the ledger with the rule and version', async () => {
    const r = await publish(product({ competences: ['maritime', 'ports'], classification: 'confidential' }));
    expect(r.status).toBe(201);
    const by = Object.fromEntries(r.body.decisions.map((d: { agency: string }) => [d.agency, d]));
    expect(by.mobility).toMatchObject({ decision: 'sent', ruleId: 'mobility-transport', ruleVersion: 1 });
    // Customs' rule matches (ports) but its only POC is cleared to restricted: withheld.
    expect(by.customs).toMatchObject({ decision: 'withheld', reason: 'no-cleared-poc', ruleId: 'customs-goods-and-borders' });
    expect(by.immigration).toMatchObject({ decision: 'withheld', reason: 'no-matching-rule' });
    expect(by['foreign-affairs']).toMatchObject({ decision: 'withheld', reason: 'no-matching-rule' });

    const ledger = await eventually(
      async () => {
        const rows = await sys.sql<{ action: string; agency: string; details: Record<string, unknown> }>(
          `select action, agency, details from audit.ledger where details->>'productId' = $1 order by agency, action`,
          [r.body.productId],
        );
        return rows.filter((x) => x.action.startsWith('product.')).length >= 5 ? rows : undefined;
      },
      { what: 'the decisions in the ledger', timeoutMs: 60000 },
    );
    const decided = ledger.filter((x) => x.action === 'product.sent' || x.action === 'product.withheld');
    expect(decided.map((x) => [x.agency, x.action, x.details.reason ?? null, x.details.ruleId ?? null, x.details.ruleVersion])).toEqual([
      ['customs', 'product.withheld', 'no-cleared-poc', 'customs-goods-and-borders', 1],
      ['foreign-affairs', 'product.withheld', 'no-matching-rule', null, 1],
      ['immigration', 'product.withheld', 'no-matching-rule', null, 1],
      ['mobility', 'product.sent', null, 'mobility-transport', 1],
    ]);
    expect(ledger.filter((x) => x.action === 'product.published-to-agency').map((x) => x.agency)).toEqual(['mobility']);
    // The ledger holds codes, never the title or body.
    expect(JSON.stringify(ledger)).not.toContain('ferry terminals');
  });

  it('keeps an embargoed product to the named principal until released', async () => {
    const r = await publish(product({ embargo: { principals: ['director'] } }));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'embargoed', decisions: [] });
    const id = r.body.productId;
    const asOther = await request(sys.urls.intake, 'GET', `/v1/products/${id}`, { key: sys.keys['analyst-low'] });
    expect(asOther.status).toBe(404);
    const asDirector = await request(sys.urls.intake, 'GET', `/v1/products/${id}`, { key: sys.keys.director });
    expect(asDirector.status).toBe(200);
    expect(asDirector.body).toMatchObject({ embargoed: true, title: 'Bulletin: ferry terminals' });
    expect(await sys.sql(`select 1 from intake.product_decisions where product_id = $1`, [id])).toHaveLength(0);
    const otherRelease = await request(sys.urls.intake, 'POST', `/v1/products/${id}/release`, { key: sys.keys['analyst-low'] });
    expect(otherRelease.status).toBe(404);
    const released = await request(sys.urls.intake, 'POST', `/v1/products/${id}/release`, { key: sys.keys.director });
    expect(released.status).toBe(200);
    expect(released.body.decisions.find((d: { agency: string }) => d.agency === 'mobility')).toMatchObject({ decision: 'sent' });
    const again = await request(sys.urls.intake, 'POST', `/v1/products/${id}/release`, { key: sys.keys.director });
    expect(again.status).toBe(409);
    // Released: any analyst cleared for it reads it.
    expect((await request(sys.urls.intake, 'GET', `/v1/products/${id}`, { key: sys.keys['analyst-low'] })).status).toBe(200);
  });
});
