import { eventually } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

interface Entry {
  actor: string;
  details: Record<string, unknown>;
}

/**
 * Issue 27, item 2, as the law of 11 December 1998 (as reformed) has it: RESTREINT / BEPERKT needs the
 * need to know only, no security clearance; CONFIDENTIEL / VERTROUWELIJK and above need the clearance
 * too (docs/legal-basis.md §6). A principal with no clearance recorded reads a RESTREINT signal on its
 * feed; a CONFIDENTIEL one is refused to it (404, as any signal one may not read) and the refusal is in
 * the ledger; off its feeds it reads nothing, RESTREINT included.
 */
describe('need-to-know for RESTREINT, a clearance above it', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  const run = Date.now().toString(36);
  const intake = (who: string, path: string) => request(sys.urls.intake, 'GET', path, { key: sys.keys[who] });
  const submit = async (classification: string, ref: string) => {
    const body = { ...exampleSignal('subject-person', `${ref}-${run}`), classification };
    const r = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body });
    expect(r.status).toBe(202);
    return r.body.signalId as string;
  };

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      // No clearance recorded; a member of the OCAM feed (its need to know); briefed on the rules.
      { name: 'analyst-uncleared', role: 'analyst', clearance: 'unclassified', feeds: ['ocam'] },
      { name: 'analyst-other-feed', role: 'analyst', clearance: 'unclassified', feeds: ['police-organised-crime'] },
      { name: 'analyst-cleared', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
    ]);
    for (const r of await sys.sql<{ id: string; name: string }>(`select id::text, name from identity.principals`)) ids[r.name] = r.id;
    ids.restricted = await submit('restricted', 'NTK-R');
    ids.confidential = await submit('confidential', 'NTK-C');
    await eventually(
      async () =>
        (await sys.sql(`select 1 from intake.signals where signal_id = any($1::uuid[])`, [[ids.restricted, ids.confidential]])).length === 2
          ? true
          : undefined,
      { what: 'both signals in the intake', timeoutMs: 60_000 },
    );
  });

  afterAll(async () => {
    await sys?.close();
  });

  it('a principal without a clearance reads a RESTREINT signal of its feed, in the feed and by its id', async () => {
    const feed = await intake('analyst-uncleared', '/v1/feeds/ocam/signals?limit=100');
    expect(feed.status).toBe(200);
    const listed = feed.body.items.map((i: { signalId: string }) => i.signalId);
    expect(listed).toContain(ids.restricted);
    expect(listed).not.toContain(ids.confidential);
    const one = await intake('analyst-uncleared', `/v1/signals/${ids.restricted}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ signalId: ids.restricted, classification: 'restricted' });
  });

  it('is refused a CONFIDENTIEL one (as a signal it may not read), and the refusal is in the ledger', async () => {
    const r = await intake('analyst-uncleared', `/v1/signals/${ids.confidential}`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(r.body)).not.toContain(`NTK-C-${run}`);
    const rows = await eventually(
      async () => {
        const found = await sys.sql<Entry>(
          `select actor, details from audit.ledger where action = 'access.denied' and actor = $1 order by seq`,
          [`principal:${ids['analyst-uncleared']}`],
        );
        return found.some((e) => e.details.status === 404) ? found : undefined;
      },
      { what: 'the refused read in the ledger', timeoutMs: 60_000 },
    );
    expect(rows.find((e) => e.details.status === 404)!.details).toMatchObject({ endpoint: 'GET /v1/signals/{id}', status: 404 });
    // Its RESTREINT read is in the ledger too, as a read.
    await eventually(
      async () =>
        (
          await sys.sql(`select 1 from audit.ledger where action = 'access.recorded' and actor = $1 and signal_id = $2`, [
            `principal:${ids['analyst-uncleared']}`,
            ids.restricted,
          ])
        )[0],
      { what: 'the RESTREINT read in the ledger', timeoutMs: 60_000 },
    );
    // The clearance makes the difference: a cleared analyst of the same feed reads it.
    expect((await intake('analyst-cleared', `/v1/signals/${ids.confidential}`)).status).toBe(200);
  });

  it('without the need to know (another feed), not even RESTREINT', async () => {
    expect((await intake('analyst-other-feed', `/v1/signals/${ids.restricted}`)).status).toBe(404);
    expect((await intake('analyst-other-feed', '/v1/feeds/ocam/signals')).status).toBe(403);
  });
});
