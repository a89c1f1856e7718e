import { eventually } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * A point of contact marks a submission at most up to its own clearance in force: above it the
 * gateway refuses (403 problem, nothing stored, a batch refused whole) and the attempt is in the
 * ledger as a denied attempt with reason `above-clearance`.
 */
jest.setTimeout(3 * 60_000);

interface Entry {
  actor: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- details are asserted field by field
  details: any;
}

describe('classification marked above the submitting POC’s clearance', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  const run = Date.now().toString(36);
  const gw = (key: string, path: string, body: unknown) => request(sys.urls['agency-gateway'], 'POST', path, { key: sys.keys[key], body });
  const stored = async (ref: string) =>
    (await sys.sql(`select 1 from gateway.signals where agency = 'customs' and external_ref like $1`, [`${ref}%`])).length;
  const denied = (who: string, n: number) =>
    eventually(
      async () => {
        const rows = await sys.sql<Entry>(
          `select actor, details from audit.ledger where action = 'access.denied' and actor = $1 order by seq`,
          [`principal:${ids[who]}`],
        );
        return rows.length >= n ? rows : undefined;
      },
      { what: `${n} denied attempt(s) of ${who} in the ledger`, timeoutMs: 60_000 },
    );

  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'poc-restricted', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-confidential', role: 'poc', agency: 'customs', clearance: 'confidential' },
        { name: 'poc-uncleared', role: 'poc', agency: 'customs', clearance: 'unclassified' },
        {
          name: 'poc-expired',
          role: 'poc',
          agency: 'customs',
          clearance: 'confidential',
          clearanceExpiresAt: new Date(Date.now() - 24 * 3600_000),
        },
      ],
      ['agency-gateway', 'audit'],
    );
    for (const r of await sys.sql<{ id: string; name: string }>(`select id::text, name from identity.principals`)) ids[r.name] = r.id;
  });

  afterAll(async () => {
    await sys?.close();
  });

  it('a restricted POC submitting confidential: 403 problem, nothing stored, a denied attempt in the ledger', async () => {
    const s = exampleSignal('subject-person', `CLR-ONE-${run}`);
    s.classification = 'confidential';
    const r = await gw('poc-restricted', '/v1/signals', s);
    expect(r.status).toBe(403);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body).toMatchObject({
      type: 'urn:passerelle:problem:above-clearance',
      status: 403,
      errors: [{ path: 'classification', reason: 'above-clearance' }],
    });
    expect(r.body.detail).toContain("up to 'restricted'");
    expect(await stored(`CLR-ONE-${run}`)).toBe(0);
    const [e] = await denied('poc-restricted', 1);
    expect(e.details).toMatchObject({
      endpoint: 'POST /v1/signals',
      status: 403,
      reason: 'above-clearance',
      source: `principal:${ids['poc-restricted']}`,
      role: 'poc',
    });
    // Facts only: nothing of the refused body reaches the ledger.
    expect(JSON.stringify(e.details)).not.toContain(`CLR-ONE-${run}`);

    // At its own level the same POC is accepted, and so is a POC cleared for confidential.
    s.classification = 'restricted';
    expect((await gw('poc-restricted', '/v1/signals', s)).status).toBe(202);
    const c = exampleSignal('subject-person', `CLR-CONF-${run}`);
    c.classification = 'confidential';
    expect((await gw('poc-confidential', '/v1/signals', c)).status).toBe(202);
  });

  it('a batch holding one signal above the clearance is refused whole, and recorded', async () => {
    const ok = exampleSignal('minimal', `CLR-BATCH-${run}-0`);
    const above = exampleSignal('subject-phone', `CLR-BATCH-${run}-1`);
    above.classification = 'confidential';
    const r = await gw('poc-restricted', '/v1/signals/batch', { signals: [ok, above] });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({
      type: 'urn:passerelle:problem:above-clearance',
      errors: [{ path: 'signals[1].classification', reason: 'above-clearance' }],
    });
    expect(await stored(`CLR-BATCH-${run}`)).toBe(0);
    const rows = await denied('poc-restricted', 2);
    expect(rows.map((e) => [e.details.endpoint, e.details.reason])).toContainEqual(['POST /v1/signals/batch', 'above-clearance']);
  });

  it('an expired clearance marks nothing that needs one: CONFIDENTIEL refused, RESTREINT accepted (it needs none)', async () => {
    const s = exampleSignal('minimal', `CLR-EXP-${run}`);
    s.classification = 'confidential';
    const r = await gw('poc-expired', '/v1/signals', s);
    expect(r.status).toBe(403);
    expect(r.body.detail).toContain('expired');
    s.classification = 'restricted';
    expect((await gw('poc-expired', '/v1/signals', s)).status).toBe(202);
    await denied('poc-expired', 1);
  });

  it('a POC with no clearance recorded marks RESTREINT (need-to-know only), never CONFIDENTIEL', async () => {
    const s = exampleSignal('minimal', `CLR-NONE-${run}`);
    s.classification = 'confidential';
    expect((await gw('poc-uncleared', '/v1/signals', s)).status).toBe(403);
    await denied('poc-uncleared', 1);
    s.classification = 'restricted';
    expect((await gw('poc-uncleared', '/v1/signals', s)).status).toBe(202);
  });
});
