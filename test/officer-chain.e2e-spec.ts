import { eventually } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { twoOfficers } from './support/officers';
import { RunningSystem, startSystem } from './support/system';

/**
 * The chain rule may not block removing power, nor let an officer veto what it may not approve
 * (issue 32, item 8): an officer of the target's chain asks for a revocation, a second officer —
 * anyone but the asker and the target — approves it; refusing follows the rules of approving (chain,
 * clearance — also the signal's classification for an erasure), only the asker may withdraw its own;
 * a request whose target changed since it was filed answers 409 and changes nothing.
 */
describe('officers: revocation always possible, refusals follow approvals, stale requests', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  let seq = 0;
  const unique = (stem: string) => `${stem}-${Date.now().toString(36)}-${seq++}`;

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'officer-a', role: 'security-officer', clearance: 'confidential' },
      { name: 'officer-b', role: 'security-officer', clearance: 'confidential' },
      { name: 'officer-low', role: 'security-officer', clearance: 'restricted' },
    ]);
    for (const r of await sys.sql<{ id: string; name: string }>(`select id, name from identity.principals`)) ids[r.name] = r.id;
  });
  afterAll(async () => {
    await sys?.close();
  });

  const as = (key: string) => (method: string, path: string, body?: unknown) => request(sys.urls.intake, method, path, { key, body });
  const officer = (name: string) => as(sys.keys[name]);

  /** A security officer that officer-a asked for and officer-b approved. */
  const chainOfficer = async (clearance = 'confidential'): Promise<{ id: string; act: ReturnType<typeof as> }> => {
    const name = unique('chained');
    const held = await officer('officer-a')('POST', '/v1/admin/principals', { name, role: 'security-officer', clearance });
    expect(held.status).toBe(202);
    const ok = await officer('officer-b')('POST', `/v1/admin/requests/${held.body.pending.id}/approve`);
    expect(ok.status).toBe(200);
    const id = ok.body.principal.id as string;
    const got = await request(sys.urls.intake, 'POST', '/v1/keys/redeem', {
      body: { codes: [held.body.handoverCode, ok.body.handoverCode] },
    });
    const key = got.body.apiKey as string;
    return { id, act: as(key) };
  };

  it('an officer created by one and approved by the other of two officers can be revoked by them both together', async () => {
    const t = await chainOfficer();
    // Either one alone: held for the other, not refused, and not done yet.
    const held = await officer('officer-a')('DELETE', `/v1/admin/principals/${t.id}`);
    expect(held.status).toBe(202);
    expect(held.body.pending).toMatchObject({ operation: 'revoke', principalId: t.id, status: 'pending' });
    expect((await t.act('GET', '/v1/admin/principals')).status).toBe(200);
    // The target decides nothing about its own revocation: it can neither approve nor refuse it.
    for (const verb of ['approve', 'refuse']) {
      const r = await t.act('POST', `/v1/admin/requests/${held.body.pending.id}/${verb}`);
      expect({ verb, status: r.status, type: r.body.type }).toEqual({
        verb,
        status: 409,
        type: 'urn:passerelle:problem:principal-self-change',
      });
    }
    const ok = await officer('officer-b')('POST', `/v1/admin/requests/${held.body.pending.id}/approve`);
    expect(ok.status).toBe(200);
    expect(ok.body.principal.revokedAt).not.toBeNull();
    expect((await t.act('GET', '/v1/admin/principals')).status).toBe(401);
    const actions = await eventually(
      async () => {
        const rows = await sys.sql<{ action: string }>(`select action from audit.ledger where details->>'principalId' = $1 order by seq`, [
          t.id,
        ]);
        const a = rows.map((r) => r.action);
        return a.includes('principal.revoked') ? a : undefined;
      },
      { what: 'the revocation in the ledger' },
    );
    expect(actions).toEqual(expect.arrayContaining(['principal.change-requested', 'principal.change-approved', 'principal.revoked']));
  });

  it('an officer barred from approving a request cannot refuse it either; the asker may withdraw it', async () => {
    const puppet = await chainOfficer();
    const held = await officer('officer-a')('POST', '/v1/admin/principals', {
      name: unique('oversight'),
      role: 'oversight',
      clearance: 'restricted',
    });
    expect(held.status).toBe(202);
    const veto = await puppet.act('POST', `/v1/admin/requests/${held.body.pending.id}/refuse`);
    expect(veto.status).toBe(409);
    expect(veto.body.type).toBe('urn:passerelle:problem:principal-same-chain');
    const [{ status }] = await sys.sql<{ status: string }>(`select status from identity.principal_requests where id = $1`, [
      held.body.pending.id,
    ]);
    expect(status).toBe('pending');
    // Above the refuser's clearance: the same rule as approving.
    const high = await officer('officer-a')('POST', '/v1/admin/principals', {
      name: unique('oversight'),
      role: 'oversight',
      clearance: 'confidential',
    });
    const low = await officer('officer-low')('POST', `/v1/admin/requests/${high.body.pending.id}/refuse`);
    expect(low.status).toBe(422);
    // The asker withdraws its own.
    const withdrawn = await officer('officer-a')('POST', `/v1/admin/requests/${held.body.pending.id}/refuse`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('refused');
  });

  it('erasure: an officer barred from approving cannot veto, and the deciders need the signal’s clearance', async () => {
    const puppet = await chainOfficer();
    const s = exampleSignal('subject-person', unique('ref'));
    s.classification = 'confidential';
    const accepted = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: s });
    expect(accepted.status).toBe(202);
    const signalId: string = accepted.body.signalId;
    await eventually(async () => (await sys.sql(`select 1 from intake.signals where signal_id = $1`, [signalId]))[0], {
      what: 'the signal in the intake',
      timeoutMs: 60000,
    });
    const asked = await officer('officer-a')('POST', '/v1/admin/erasures', { signalId, reason: 'supervisory-order' });
    expect(asked.status).toBe(201);
    const rid = asked.body.id as string;

    // The puppet of the asker cannot refuse (veto) the ordered erasure, as it could not approve it.
    const veto = await puppet.act('POST', `/v1/admin/erasures/${rid}/refuse`);
    expect(veto.status).toBe(409);
    expect(veto.body.type).toBe('urn:passerelle:problem:erasure-same-chain');
    // An officer below the signal's classification neither approves nor refuses it.
    for (const verb of ['approve', 'refuse']) {
      const r = await officer('officer-low')('POST', `/v1/admin/erasures/${rid}/${verb}`);
      expect({ verb, status: r.status, type: r.body.type }).toEqual({
        verb,
        status: 403,
        type: 'urn:passerelle:problem:erasure-clearance',
      });
    }
    const [{ status }] = await sys.sql<{ status: string }>(`select status from intake.erasure_requests where id = $1`, [rid]);
    expect(status).toBe('pending');
    expect(await sys.sql(`select 1 from intake.signals where signal_id = $1`, [signalId])).toHaveLength(1);
    // A cleared officer outside the asker's chain decides.
    const ok = await officer('officer-b')('POST', `/v1/admin/erasures/${rid}/approve`);
    expect(ok.status).toBe(200);
    expect(await sys.sql(`select 1 from intake.signals where signal_id = $1`, [signalId])).toEqual([]);
  });

  it('a request whose target changed since it was filed answers 409 stale, and changes nothing', async () => {
    const { id } = await twoOfficers(sys.urls.intake, sys.keys['officer-a'], sys.keys['officer-b']).create({
      name: unique('analyst'),
      role: 'analyst',
      clearance: 'restricted',
      clearanceExpiresAt: '2099-01-01',
    });
    const raise = await officer('officer-a')('PATCH', `/v1/admin/principals/${id}`, { clearance: 'confidential' });
    expect(raise.status).toBe(202);
    // The analyst changes after the request was filed (its expiry is brought forward).
    expect((await officer('officer-b')('PATCH', `/v1/admin/principals/${id}`, { clearanceExpiresAt: '2098-01-01' })).status).toBe(200);
    const stale = await officer('officer-b')('POST', `/v1/admin/requests/${raise.body.pending.id}/approve`);
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('urn:passerelle:problem:principal-request-stale');
    expect(stale.body.detail).toMatch(/changed since/);
    const [row] = await sys.sql<{ clearance: string }>(`select clearance from identity.principals where id = $1`, [id]);
    expect(row.clearance).toBe('restricted');
  });
});
