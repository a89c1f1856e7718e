import { eventually } from '@passerelle/testing';
import { request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Officers per agency (issue 29, item 1): an agency's security officer administers that agency's
 * principals only; a grant to one of them takes an officer of the agency and a second officer of the
 * same agency or of OCAM; an OCAM officer asks for nothing on an agency's principals (it approves,
 * refuses or revokes). Acting or reading outside its reach is a 403 problem recorded as a denied
 * attempt; the listing is scoped and recorded as a read (docs/security-officer.md).
 */
describe('security officers per agency', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  let seq = 0;
  const unique = (stem: string) => `${stem}-${Date.now().toString(36)}-${seq++}`;

  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'ocam-a', role: 'security-officer', clearance: 'confidential' },
        { name: 'ocam-b', role: 'security-officer', clearance: 'confidential' },
        { name: 'customs-1', role: 'security-officer', agency: 'customs', clearance: 'restricted' },
        { name: 'customs-2', role: 'security-officer', agency: 'customs', clearance: 'restricted' },
        { name: 'mobility-1', role: 'security-officer', agency: 'mobility', clearance: 'restricted' },
        { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
        // Immigration has no officer of its own: OCAM's administer it, as before agencies had any.
        { name: 'poc-immigration', role: 'poc', agency: 'immigration', clearance: 'restricted' },
        { name: 'analyst', role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
      ],
      ['intake', 'audit'],
    );
    for (const r of await sys.sql<{ id: string; name: string }>(`select id, name from identity.principals`)) ids[r.name] = r.id;
  });
  afterAll(async () => {
    await sys?.close();
  });

  type Officer = 'ocam-a' | 'ocam-b' | 'customs-1' | 'customs-2' | 'mobility-1';
  const as = (who: Officer) => (method: string, path: string, body?: unknown) =>
    request(sys.urls.intake, method, path, { key: sys.keys[who], body });

  const expectOtherAgency = (r: { status: number; body: { type?: string }; headers: Headers }, what: string) => {
    expect({ what, status: r.status }).toEqual({ what, status: 403 });
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body.type).toBe('urn:passerelle:problem:principal-other-agency');
  };

  /** The denied attempts of `who` in the ledger, once at least `n` are there. */
  const denied = (who: Officer, n: number) =>
    eventually(
      async () => {
        const rows = await sys.sql<{ endpoint: string; status: number; reason: string; resource: string | null }>(
          `select details->>'endpoint' as endpoint, (details->>'status')::int as status, details->>'reason' as reason,
                  details->>'resourceId' as resource
             from audit.ledger where action = 'access.denied' and actor = $1 order by seq`,
          [`principal:${ids[who]}`],
        );
        return rows.length >= n ? rows : undefined;
      },
      { what: `${n} denied attempts of ${who} in the ledger` },
    );

  const row = async (id: string) =>
    (
      await sys.sql<{ feeds: string[]; revoked_at: Date | null }>(`select feeds, revoked_at from identity.principals where id = $1`, [id])
    )[0];

  it('a customs officer cannot create, change, rekey, revoke or read a mobility principal: 403, each a denied attempt', async () => {
    const c = as('customs-1');
    const mob = ids['poc-mobility'];
    const name = unique('poc-mob');
    expectOtherAgency(
      await c('POST', '/v1/admin/principals', { name, role: 'poc', agency: 'mobility', clearance: 'unclassified' }),
      'create',
    );
    // Nor one of OCAM's: an analyst, or an OCAM officer.
    expectOtherAgency(
      await c('POST', '/v1/admin/principals', { name: unique('an'), role: 'analyst', clearance: 'unclassified' }),
      'create analyst',
    );
    expectOtherAgency(await c('PATCH', `/v1/admin/principals/${mob}`, { feeds: [] }), 'update');
    expectOtherAgency(await c('POST', `/v1/admin/principals/${mob}/key`), 'rotate');
    expectOtherAgency(await c('DELETE', `/v1/admin/principals/${mob}`), 'revoke');
    expectOtherAgency(await c('GET', `/v1/admin/principals/${mob}`), 'read');
    expectOtherAgency(await c('DELETE', `/v1/admin/principals/${ids['ocam-a']}`), 'revoke an OCAM officer');

    expect(await sys.sql(`select 1 from identity.principals where name = $1`, [name])).toEqual([]);
    expect(await sys.sql(`select 1 from identity.principal_requests where requested_by = $1`, [ids['customs-1']])).toEqual([]);
    expect((await row(mob)).revoked_at).toBeNull();

    const rows = await denied('customs-1', 7);
    expect(rows.every((r) => r.status === 403 && r.reason === 'forbidden')).toBe(true);
    expect(rows.map((r) => r.endpoint)).toEqual(
      expect.arrayContaining([
        'POST /v1/admin/principals',
        'PATCH /v1/admin/principals/{id}',
        'POST /v1/admin/principals/{id}/key',
        'DELETE /v1/admin/principals/{id}',
        'GET /v1/admin/principals/{id}',
      ]),
    );
    expect(rows.filter((r) => r.endpoint === 'DELETE /v1/admin/principals/{id}').map((r) => r.resource)).toContain(mob);
  });

  it('a grant to a customs principal: asked by a customs officer, approved by a second customs officer or an OCAM officer — never by another agency’s', async () => {
    // Two customs officers.
    const name = unique('poc-customs');
    const held = await as('customs-1')('POST', '/v1/admin/principals', { name, role: 'poc', agency: 'customs', clearance: 'restricted' });
    expect(held.status).toBe(202);
    const rid = held.body.pending.id as string;
    // Mobility's officer may neither see, approve nor refuse it.
    expectOtherAgency(await as('mobility-1')('GET', `/v1/admin/requests/${rid}`), 'read request');
    expectOtherAgency(await as('mobility-1')('POST', `/v1/admin/requests/${rid}/approve`), 'approve');
    expectOtherAgency(await as('mobility-1')('POST', `/v1/admin/requests/${rid}/refuse`), 'refuse');
    const mobList = await as('mobility-1')('GET', '/v1/admin/requests');
    expect(mobList.status).toBe(200);
    expect(mobList.body.requests.map((r: { id: string }) => r.id)).not.toContain(rid);
    expect((await as('customs-2')('GET', '/v1/admin/requests')).body.requests.map((r: { id: string }) => r.id)).toContain(rid);
    const ok = await as('customs-2')('POST', `/v1/admin/requests/${rid}/approve`);
    expect(ok.status).toBe(200);
    expect(ok.body.principal).toMatchObject({ name, agency: 'customs' });
    expect(ok.body.handoverCode).toMatch(/^pslh_/);

    // One customs officer and one of OCAM: a feed added to customs' POC.
    const poc = ids['poc-customs'];
    const grant = await as('customs-1')('PATCH', `/v1/admin/principals/${poc}`, { feeds: ['ocam'] });
    expect(grant.status).toBe(202);
    expectOtherAgency(await as('mobility-1')('POST', `/v1/admin/requests/${grant.body.pending.id}/approve`), 'approve a feed');
    expect((await row(poc)).feeds).toEqual([]);
    const byOcam = await as('ocam-a')('POST', `/v1/admin/requests/${grant.body.pending.id}/approve`);
    expect(byOcam.status).toBe(200);
    expect((await row(poc)).feeds).toEqual(['ocam']);

    const rows = await denied('mobility-1', 4);
    expect(rows.map((r) => `${r.status} ${r.endpoint}`)).toEqual(
      expect.arrayContaining([
        '403 GET /v1/admin/requests/{id}',
        '403 POST /v1/admin/requests/{id}/approve',
        '403 POST /v1/admin/requests/{id}/refuse',
      ]),
    );
  });

  it('an OCAM officer asks for nothing on the principal of an agency with officers of its own but may revoke it; a customs officer cannot decide OCAM’s requests', async () => {
    const poc = ids['poc-customs'];
    expectOtherAgency(await as('ocam-a')('PATCH', `/v1/admin/principals/${poc}`, { clearance: 'confidential' }), 'ocam grant');
    expectOtherAgency(await as('ocam-a')('POST', `/v1/admin/principals/${poc}/key`), 'ocam rotate');
    expectOtherAgency(
      await as('ocam-a')('POST', '/v1/admin/principals', {
        name: unique('poc'),
        role: 'poc',
        agency: 'customs',
        clearance: 'unclassified',
      }),
      'ocam create',
    );

    // OCAM's own: a request on the analyst, which no customs officer sees or decides.
    const held = await as('ocam-a')('PATCH', `/v1/admin/principals/${ids.analyst}`, { clearance: 'confidential' });
    expect(held.status).toBe(202);
    expectOtherAgency(await as('customs-1')('POST', `/v1/admin/requests/${held.body.pending.id}/approve`), 'customs approves OCAM');
    expect((await as('customs-1')('GET', '/v1/admin/requests')).body.requests.map((r: { id: string }) => r.id)).not.toContain(
      held.body.pending.id,
    );
    expect((await as('ocam-b')('POST', `/v1/admin/requests/${held.body.pending.id}/approve`)).status).toBe(200);

    // An agency without officers of its own stays OCAM's to administer (the migration: nothing changes there).
    const imm = await as('ocam-a')('PATCH', `/v1/admin/principals/${ids['poc-immigration']}`, { feeds: ['ocam'] });
    expect(imm.status).toBe(202);
    expect((await as('ocam-b')('POST', `/v1/admin/requests/${imm.body.pending.id}/approve`)).status).toBe(200);
    expect((await row(ids['poc-immigration'])).feeds).toEqual(['ocam']);
    expectOtherAgency(
      await as('customs-1')('PATCH', `/v1/admin/principals/${ids['poc-immigration']}`, { feeds: [] }),
      'customs on immigration',
    );

    // Containment: an OCAM officer revokes an agency's principal at once.
    const name = unique('poc-doomed');
    const created = await as('customs-1')('POST', '/v1/admin/principals', {
      name,
      role: 'poc',
      agency: 'customs',
      clearance: 'unclassified',
    });
    const approved = await as('customs-2')('POST', `/v1/admin/requests/${created.body.pending.id}/approve`);
    const doomed = approved.body.principal.id as string;
    expect((await as('ocam-b')('DELETE', `/v1/admin/principals/${doomed}`)).status).toBe(204);
    expect((await row(doomed)).revoked_at).not.toBeNull();
  });

  it('the listing shows a customs officer customs’ principals only, and is recorded as a read; OCAM’s officers see all', async () => {
    const list = await as('customs-1')('GET', '/v1/admin/principals');
    expect(list.status).toBe(200);
    const agencies = new Set(list.body.principals.map((p: { agency: string | null }) => p.agency));
    expect([...agencies]).toEqual(['customs']);
    const names = list.body.principals.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['customs-1', 'customs-2', 'poc-customs']));
    expect(names).not.toContain('poc-mobility');
    expect(names).not.toContain('analyst');
    expect(names).not.toContain('ocam-a');

    const all = (await as('ocam-a')('GET', '/v1/admin/principals')).body.principals.map((p: { name: string }) => p.name);
    expect(all).toEqual(expect.arrayContaining(['poc-mobility', 'poc-customs', 'analyst', 'mobility-1']));

    const reads = await eventually(
      async () => {
        const r = await sys.sql<{ endpoint: string }>(
          `select details->>'endpoint' as endpoint from audit.ledger where action = 'access.recorded' and actor = $1`,
          [`principal:${ids['customs-1']}`],
        );
        return r.some((x) => x.endpoint === 'GET /v1/admin/principals') ? r : undefined;
      },
      { what: "the customs officer's listing in the ledger" },
    );
    expect(reads.map((r) => r.endpoint)).toContain('GET /v1/admin/principals');
  });

  it('an agency officer neither asks for nor decides erasures, nor marks watchlists (OCAM’s data)', async () => {
    const e = await as('customs-1')('POST', '/v1/admin/erasures', {
      signalId: '00000000-0000-4000-8000-000000000000',
      reason: 'court-decision',
    });
    expect(e.status).toBe(403);
    // Nor reads them: erasure requests name signals of every agency.
    expect((await as('customs-1')('GET', '/v1/admin/erasures')).status).toBe(403);
    expect((await as('ocam-a')('GET', '/v1/admin/erasures')).status).toBe(200);
    const w = await as('customs-1')('PUT', `/v1/admin/watchlists/demo/principals/${ids['poc-customs']}`, { capability: 'receiver' });
    expect(w.status).toBe(403);
    expect(w.body.type).toBe('urn:passerelle:problem:watchlist-other-agency');
  });
});
