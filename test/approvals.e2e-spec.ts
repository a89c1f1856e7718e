import { eventually } from '@passerelle/testing';
import { request } from './support/http';
import { twoOfficers } from './support/officers';
import { RunningSystem, startSystem } from './support/system';

/**
 * Separation of duties in principals administration: an officer grants at most its own clearance;
 * privileged principals, raised clearances and privileged keys take a second, different officer;
 * no officer acts on itself or within its own chain — the sock-puppet chain included. Every request
 * and decision is in the audit ledger.
 */
describe('separation of duties for security officers', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  let seq = 0;
  const unique = (stem: string) => `${stem}-${Date.now().toString(36)}-${seq++}`;

  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'officer-a', role: 'security-officer', clearance: 'confidential' },
        { name: 'officer-b', role: 'security-officer', clearance: 'confidential' },
        { name: 'officer-c', role: 'security-officer', clearance: 'secret' },
        { name: 'oversight', role: 'oversight', clearance: 'confidential' },
      ],
      ['intake', 'audit'],
    );
    for (const r of await sys.sql<{ id: string; name: string }>(`select id, name from identity.principals`)) ids[r.name] = r.id;
  });
  afterAll(async () => {
    await sys?.close();
  });

  const as = (key: string) => (method: string, path: string, body?: unknown) => request(sys.urls.intake, method, path, { key, body });
  const officer = (name: 'officer-a' | 'officer-b' | 'officer-c') => as(sys.keys[name]);

  /** The key a principal gets by redeeming both halves of its handover. */
  const redeemed = async (first: string, second: string): Promise<string> => {
    const r = await request(sys.urls.intake, 'POST', '/v1/keys/redeem', { body: { codes: [first, second] } });
    expect(r.status).toBe(200);
    return r.body.apiKey as string;
  };

  const ledgerActions = (principalId: string) =>
    sys.sql<{ action: string }>(`select action from audit.ledger where details->>'principalId' = $1 order by seq`, [principalId]);

  it('an officer cannot grant a clearance above its own, even to an analyst', async () => {
    const r = await officer('officer-a')('POST', '/v1/admin/principals', {
      name: unique('ts-analyst'),
      role: 'analyst',
      clearance: 'top-secret',
    });
    expect(r.status).toBe(422);
    expect(r.body.errors).toContainEqual(expect.objectContaining({ path: 'clearance' }));
    const [{ n }] = await sys.sql<{ n: string }>(`select count(*) as n from identity.principals where clearance = 'top-secret'`);
    expect(n).toBe('0');
  });

  it('creating a security officer is held for a second officer; the requester cannot approve it; another can', async () => {
    const name = unique('officer-new');
    const held = await officer('officer-a')('POST', '/v1/admin/principals', { name, role: 'security-officer', clearance: 'restricted' });
    expect(held.status).toBe(202);
    expect(held.body.pending).toMatchObject({ operation: 'create', status: 'pending', requestedBy: ids['officer-a'] });
    expect(held.body).not.toHaveProperty('apiKey');
    const requestId = held.body.pending.id as string;
    // Nothing exists yet.
    expect(await sys.sql(`select 1 from identity.principals where name = $1`, [name])).toEqual([]);

    const listed = await officer('officer-b')('GET', '/v1/admin/requests');
    expect(listed.body.requests.map((r: { id: string }) => r.id)).toContain(requestId);

    const self = await officer('officer-a')('POST', `/v1/admin/requests/${requestId}/approve`);
    expect(self.status).toBe(409);
    expect(self.body.type).toBe('urn:passerelle:problem:principal-self-change');

    const ok = await officer('officer-b')('POST', `/v1/admin/requests/${requestId}/approve`);
    expect(ok.status).toBe(200);
    expect(ok.body.principal).toMatchObject({ name, role: 'security-officer', clearance: 'restricted', id: held.body.pending.principalId });
    expect(ok.body).not.toHaveProperty('apiKey');
    // The new officer redeems both halves (test/officer-grants.e2e-spec.ts); its key works, and the request is decided once only.
    const key = await redeemed(held.body.handoverCode, ok.body.handoverCode);
    expect((await as(key)('GET', '/v1/admin/principals')).status).toBe(200);
    expect((await officer('officer-c')('POST', `/v1/admin/requests/${requestId}/approve`)).status).toBe(409);
    const [row] = await sys.sql<{ created_by: string; approved_by: string }>(
      `select created_by, approved_by from identity.principals where name = $1`,
      [name],
    );
    expect(row).toEqual({ created_by: ids['officer-a'], approved_by: ids['officer-b'] });

    // The request's life and the creation are in the ledger.
    const actions = await eventually(
      async () => {
        const a = (await ledgerActions(ok.body.principal.id)).map((r) => r.action);
        return a.includes('principal.created') ? a : undefined;
      },
      { what: 'the request and the creation in the ledger' },
    );
    expect(actions).toEqual(expect.arrayContaining(['principal.change-requested', 'principal.change-approved', 'principal.created']));
  });

  it('the sock-puppet chain is void: a puppet cannot act on its creator, approve its requests, nor be acted on by it', async () => {
    // officer-a asks for a puppet officer; officer-b approves it.
    const name = unique('puppet');
    const held = await officer('officer-a')('POST', '/v1/admin/principals', { name, role: 'security-officer', clearance: 'confidential' });
    const approved = await officer('officer-b')('POST', `/v1/admin/requests/${held.body.pending.id}/approve`);
    expect(approved.status).toBe(200);
    const puppet = as(await redeemed(held.body.handoverCode, approved.body.handoverCode));
    const puppetId = approved.body.principal.id as string;

    // The puppet changes its creator's or its approver's clearance and feeds: refused.
    for (const target of ['officer-a', 'officer-b']) {
      const r = await puppet('PATCH', `/v1/admin/principals/${ids[target]}`, { clearance: 'restricted', feeds: ['ocam'] });
      expect({ target, status: r.status, type: r.body.type }).toEqual({
        target,
        status: 409,
        type: 'urn:passerelle:problem:principal-same-chain',
      });
    }
    const [{ clearance }] = await sys.sql<{ clearance: string }>(`select clearance from identity.principals where id = $1`, [
      ids['officer-a'],
    ]);
    expect(clearance).toBe('confidential');
    // Nor rotate their keys; a revocation it asks for waits for a second officer (test/officer-chain.e2e-spec.ts).
    expect((await puppet('POST', `/v1/admin/principals/${ids['officer-a']}/key`)).status).toBe(409);
    const revoking = await puppet('DELETE', `/v1/admin/principals/${ids['officer-a']}`);
    expect(revoking.status).toBe(202);
    expect((await officer('officer-a')('POST', `/v1/admin/requests/${revoking.body.pending.id}/refuse`)).status).toBe(409);
    expect((await puppet('POST', `/v1/admin/requests/${revoking.body.pending.id}/refuse`)).status).toBe(200);

    // officer-a asks for another officer: its puppet cannot approve it.
    const second = await officer('officer-a')('POST', '/v1/admin/principals', {
      name: unique('officer-x'),
      role: 'security-officer',
      clearance: 'restricted',
    });
    const byPuppet = await puppet('POST', `/v1/admin/requests/${second.body.pending.id}/approve`);
    expect(byPuppet.status).toBe(409);
    expect(byPuppet.body.type).toBe('urn:passerelle:problem:principal-same-chain');

    // The creator and the approver cannot revoke their puppet alone; an unrelated officer can.
    expect((await officer('officer-a')('DELETE', `/v1/admin/principals/${puppetId}`)).status).toBe(202);
    expect((await officer('officer-b')('DELETE', `/v1/admin/principals/${puppetId}`)).status).toBe(202);
    expect((await officer('officer-c')('DELETE', `/v1/admin/principals/${puppetId}`)).status).toBe(204);
  });

  it('raising a clearance takes a second officer, within the approver’s own clearance too', async () => {
    const { id } = await twoOfficers(sys.urls.intake, sys.keys['officer-a'], sys.keys['officer-b']).create({
      name: unique('analyst'),
      role: 'analyst',
      clearance: 'restricted',
      feeds: ['ocam'],
    });
    // Lowering and feeds: one officer.
    expect((await officer('officer-a')('PATCH', `/v1/admin/principals/${id}`, { clearance: 'unclassified' })).status).toBe(200);
    // Raising: held.
    const held = await officer('officer-a')('PATCH', `/v1/admin/principals/${id}`, { clearance: 'confidential' });
    expect(held.status).toBe(202);
    // Why, as the approval rule's code and values (the console words them in its language), and in English.
    expect(held.body.pending).toMatchObject({
      reason: "raising a clearance (unclassified → confidential) takes a second officer's approval",
      reasonCode: 'update-grants',
      reasonValues: { grants: [{ code: 'raise-clearance', values: { from: 'unclassified', to: 'confidential' } }] },
    });
    const [{ clearance: before }] = await sys.sql<{ clearance: string }>(`select clearance from identity.principals where id = $1`, [id]);
    expect(before).toBe('unclassified');
    const ok = await officer('officer-b')('POST', `/v1/admin/requests/${held.body.pending.id}/approve`);
    expect(ok.status).toBe(200);
    expect(ok.body.principal.clearance).toBe('confidential');

    // A raise to secret: officer-c (secret) may ask, officer-b (confidential) may not approve it.
    const toSecret = await officer('officer-c')('PATCH', `/v1/admin/principals/${id}`, { clearance: 'secret' });
    expect(toSecret.status).toBe(202);
    const tooHigh = await officer('officer-b')('POST', `/v1/admin/requests/${toSecret.body.pending.id}/approve`);
    expect(tooHigh.status).toBe(422);
    // Nor refuse it (a refusal follows the rules of approval); officer-c withdraws it.
    expect((await officer('officer-b')('POST', `/v1/admin/requests/${toSecret.body.pending.id}/refuse`)).status).toBe(422);
    const refused = await officer('officer-c')('POST', `/v1/admin/requests/${toSecret.body.pending.id}/refuse`);
    expect(refused.status).toBe(200);
    expect(refused.body.status).toBe('refused');
    const [{ clearance: after }] = await sys.sql<{ clearance: string }>(`select clearance from identity.principals where id = $1`, [id]);
    expect(after).toBe('confidential');
  });

  it("rotating an oversight principal's key takes a second officer; the old key works until then, the new one is redeemed", async () => {
    const held = await officer('officer-a')('POST', `/v1/admin/principals/${ids.oversight}/key`);
    expect(held.status).toBe(202);
    expect(held.body).not.toHaveProperty('apiKey');
    expect((await request(sys.urls.audit, 'GET', '/v1/audit/verify', { key: sys.keys.oversight })).status).toBe(200);
    const ok = await officer('officer-b')('POST', `/v1/admin/requests/${held.body.pending.id}/approve`);
    expect(ok.status).toBe(200);
    expect((await request(sys.urls.audit, 'GET', '/v1/audit/verify', { key: sys.keys.oversight })).status).toBe(401);
    const key = await redeemed(held.body.handoverCode, ok.body.handoverCode);
    expect((await request(sys.urls.audit, 'GET', '/v1/audit/verify', { key })).status).toBe(200);
    sys.keys.oversight = key;
  });

  it('an officer cannot rotate its own key, and an expired request cannot be approved', async () => {
    expect((await officer('officer-a')('POST', `/v1/admin/principals/${ids['officer-a']}/key`)).status).toBe(409);

    const held = await officer('officer-a')('POST', '/v1/admin/principals', {
      name: unique('oversight'),
      role: 'oversight',
      clearance: 'restricted',
    });
    expect(held.status).toBe(202);
    // Time passes (the TTL is PRINCIPAL_REQUEST_TTL_HOURS): the request lapses.
    await sys.sql(`update identity.principal_requests set expires_at = now() - interval '1 second' where id = $1`, [held.body.pending.id]);
    const late = await officer('officer-b')('POST', `/v1/admin/requests/${held.body.pending.id}/approve`);
    expect(late.status).toBe(410);
    const [{ status }] = await sys.sql<{ status: string }>(`select status from identity.principal_requests where id = $1`, [
      held.body.pending.id,
    ]);
    expect(status).toBe('expired');
    expect(await sys.sql(`select 1 from identity.principals where id = $1`, [held.body.pending.principalId])).toEqual([]);
  });
});
