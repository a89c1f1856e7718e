import { topicNames } from '@passerelle/contracts';
import { hashApiKey } from '@passerelle/security';
import { eventually, readTopic } from '@passerelle/testing';
import { CliIo, runPrincipalsCli } from '../scripts/principals';
import { request } from './support/http';
import { twoOfficers } from './support/officers';
import { RunningSystem, startSystem } from './support/system';

const DAY = 24 * 3600 * 1000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();

interface ChangeEvent {
  eventId: string;
  principalId: string;
  principalName: string;
  change: string;
  changedBy: string;
  attributes: Record<string, unknown>;
  traceId?: string;
}

describe('principals administration by security officers (intake /v1/admin/principals and the CLI)', () => {
  let sys: RunningSystem;
  let officerId: string;
  let seq = 0;
  const uniqueName = (stem: string) => `${stem}-${Date.now().toString(36)}-${seq++}`;

  beforeAll(async () => {
    sys = await startSystem(
      [
        // Secret: an officer grants at most its own clearance (separation of duties: test/approvals.e2e-spec.ts).
        { name: 'officer', role: 'security-officer', clearance: 'secret' },
        // Every grant takes a second officer (test/officer-grants.e2e-spec.ts); secret too, to approve what the first asks.
        { name: 'officer-2', role: 'security-officer', clearance: 'secret' },
        { name: 'analyst-ocam', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
        { name: 'oversight', role: 'oversight', clearance: 'confidential' },
      ],
      ['intake', 'audit'],
    );
    [{ id: officerId }] = await sys.sql<{ id: string }>(`select id from identity.principals where name = 'officer'`);
  });

  afterAll(async () => {
    await sys?.close();
  });

  const api = (method: string, path: string, opts: { key?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    request(sys.urls.intake, method, path, { key: sys.keys.officer, ...opts });

  /** The officer asks, officer-2 approves, the principal redeems the handover. */
  const officers = () => twoOfficers(sys.urls.intake, sys.keys.officer, sys.keys['officer-2']);

  const createAnalyst = async (over: Record<string, unknown> = {}) =>
    officers().create({
      name: uniqueName('analyst'),
      role: 'analyst',
      clearance: 'confidential',
      clearanceExpiresAt: inDays(200),
      feeds: ['ocam'],
      ...over,
    });

  /** Authenticated but not a security officer: 403 proves the key is accepted; 401 that it is not. */
  const keyStatus = async (key: string) => (await request(sys.urls.intake, 'GET', '/v1/admin/principals', { key })).status;

  const changesOf = async (
    principalId: string,
    count: number,
  ): Promise<{ event: ChangeEvent; raw: string; headers: Record<string, string> }[]> =>
    eventually(
      async () => {
        const records = await readTopic(topicNames(sys.topicPrefix).principalsChanged);
        const mine = records
          .map((r) => ({ raw: r.value ?? '', headers: r.headers, key: r.key }))
          .filter((r) => r.key === principalId)
          .map((r) => ({ ...r, event: JSON.parse(r.raw) as ChangeEvent }));
        // Publishing is at least once: a retried send may write an event twice; count each event once.
        const once = [...new Map(mine.map((r) => [r.event.eventId, r])).values()];
        return once.length >= count ? once : undefined;
      },
      { what: `${count} change event(s) for ${principalId}` },
    );

  it('two security officers create an analyst: the key is redeemed once by the analyst, works, and only its hash is stored', async () => {
    const name = uniqueName('analyst');
    const asked = await api('POST', '/v1/admin/principals', {
      body: { name, role: 'analyst', clearance: 'secret', clearanceExpiresAt: '2099-06-30', feeds: ['ocam', 'police-organised-crime'] },
    });
    expect(asked.status).toBe(202);
    expect(asked.headers.get('cache-control')).toBe('no-store');
    const approved = await request(sys.urls.intake, 'POST', `/v1/admin/requests/${asked.body.pending.id}/approve`, {
      key: sys.keys['officer-2'],
    });
    expect(approved.headers.get('cache-control')).toBe('no-store');
    const res = await request(sys.urls.intake, 'POST', '/v1/keys/redeem', {
      body: { codes: [asked.body.handoverCode, approved.body.handoverCode] },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect({ ...res.body.principal, apiKey: res.body.apiKey }).toMatchObject({
      name,
      role: 'analyst',
      agency: null,
      clearance: 'secret',
      clearanceExpiresAt: '2099-06-30T00:00:00.000Z',
      clearanceExpired: false,
      feeds: ['ocam', 'police-organised-crime'],
      revokedAt: null,
    });
    const { id } = res.body.principal as { id: string };
    const apiKey = res.body.apiKey as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(apiKey).toMatch(/^psl_[A-Za-z0-9_-]{43}$/);

    // The new key authenticates (403: an analyst may not administer principals, but it is known).
    expect(await keyStatus(apiKey)).toBe(403);

    // Only the digest is stored; the key is nowhere in the row.
    const [row] = await sys.sql<Record<string, unknown>>(`select * from identity.principals where id = $1`, [id]);
    expect(row.api_key_hash).toBe(hashApiKey(apiKey));
    expect(JSON.stringify(row)).not.toContain(apiKey);

    // Reading it back never shows the key or its hash.
    const got = await api('GET', `/v1/admin/principals/${id}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ id, name, clearance: 'secret' });
    expect(got.body).not.toHaveProperty('apiKey');
    expect(JSON.stringify(got.body)).not.toContain(hashApiKey(apiKey));
  });

  it('creates a POC with its agency', async () => {
    const poc = await officers().create({ name: uniqueName('poc-customs'), role: 'poc', agency: 'customs', clearance: 'restricted' });
    expect((await api('GET', `/v1/admin/principals/${poc.id}`)).body).toMatchObject({
      role: 'poc',
      agency: 'customs',
      clearanceExpiresAt: null,
      feeds: [],
    });
    expect(await keyStatus(poc.apiKey)).toBe(403);
  });

  it('PATCH changes clearance, expiry and feeds; a null expiry clears it; other attributes stay', async () => {
    const a = await createAnalyst();
    // A later expiry and an added feed are grants: held for officer-2.
    const { approved } = await officers().grant('PATCH', `/v1/admin/principals/${a.id}`, {
      clearance: 'restricted',
      clearanceExpiresAt: '2098-01-15T08:00:00Z',
      feeds: ['police-organised-crime'],
    });
    const res = { status: approved!.status, body: approved!.body.principal };
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: a.id,
      role: 'analyst',
      clearance: 'restricted',
      clearanceExpiresAt: '2098-01-15T08:00:00.000Z',
      feeds: ['police-organised-crime'],
    });

    const cleared = (await officers().grant('PATCH', `/v1/admin/principals/${a.id}`, { clearanceExpiresAt: null })).approved!;
    expect(cleared.status).toBe(200);
    expect(cleared.body.principal).toMatchObject({ clearance: 'restricted', clearanceExpiresAt: null, feeds: ['police-organised-crime'] });

    const [row] = await sys.sql<{ clearance: string; clearance_expires_at: Date | null; feeds: string[] }>(
      `select clearance, clearance_expires_at, feeds from identity.principals where id = $1`,
      [a.id],
    );
    expect(row).toEqual({ clearance: 'restricted', clearance_expires_at: null, feeds: ['police-organised-crime'] });
    // The key still works after a change of attributes.
    expect(await keyStatus(a.apiKey)).toBe(403);
  });

  it('DELETE revokes at once: the very next request with the key is a 401; revoked principals cannot be changed', async () => {
    const a = await createAnalyst();
    expect(await keyStatus(a.apiKey)).toBe(403);

    const del = await api('DELETE', `/v1/admin/principals/${a.id}`);
    expect(del.status).toBe(204);
    const after = await request(sys.urls.intake, 'GET', '/v1/admin/principals', { key: a.apiKey });
    expect(after.status).toBe(401);
    expect(after.headers.get('content-type')).toContain('application/problem+json');

    const [row] = await sys.sql<{ revoked_at: Date | null }>(`select revoked_at from identity.principals where id = $1`, [a.id]);
    expect(row.revoked_at).toBeInstanceOf(Date);
    const got = await api('GET', `/v1/admin/principals/${a.id}`);
    expect(got.body.revokedAt).toBe(row.revoked_at!.toISOString());

    // Revoking again is harmless; changing a revoked principal or rotating its key is a conflict.
    expect((await api('DELETE', `/v1/admin/principals/${a.id}`)).status).toBe(204);
    const patch = await api('PATCH', `/v1/admin/principals/${a.id}`, { body: { clearance: 'secret' } });
    expect(patch.status).toBe(409);
    expect(patch.body.type).toBe('urn:passerelle:problem:principal-revoked');
    expect((await api('POST', `/v1/admin/principals/${a.id}/key`)).status).toBe(409);
  });

  it('rotating a key: the old one fails once approved, the new one is the principal’s on redemption', async () => {
    const a = await createAnalyst();
    const newKey = await officers().rotate(a.id);
    expect(newKey).not.toBe(a.apiKey);
    expect(await keyStatus(a.apiKey)).toBe(401);
    expect(await keyStatus(newKey)).toBe(403);
  });

  it('a security officer cannot revoke themselves nor change their own clearance (409)', async () => {
    const del = await api('DELETE', `/v1/admin/principals/${officerId}`);
    expect(del.status).toBe(409);
    expect(del.body.type).toBe('urn:passerelle:problem:principal-self-change');
    const patch = await api('PATCH', `/v1/admin/principals/${officerId}`, { body: { clearance: 'top-secret' } });
    expect(patch.status).toBe(409);
    expect(await keyStatus(sys.keys.officer)).toBe(200);
  });

  it('only security officers administer principals: other roles get 403, no key 401', async () => {
    for (const who of ['analyst-ocam', 'oversight']) {
      const list = await request(sys.urls.intake, 'GET', '/v1/admin/principals', { key: sys.keys[who] });
      expect(list.status).toBe(403);
      expect(list.headers.get('content-type')).toContain('application/problem+json');
      const create = await request(sys.urls.intake, 'POST', '/v1/admin/principals', {
        key: sys.keys[who],
        body: { name: uniqueName('sneaky'), role: 'admin', clearance: 'top-secret' },
      });
      expect(create.status).toBe(403);
    }
    expect((await request(sys.urls.intake, 'GET', '/v1/admin/principals')).status).toBe(401);
    const [{ n }] = await sys.sql<{ n: string }>(`select count(*) as n from identity.principals where name like 'sneaky-%'`);
    expect(n).toBe('0');
  });

  it('refuses bad bodies with problem+json naming the field (400), broken rules (422), duplicates (409), unknown ids (404)', async () => {
    const post = (body: unknown) => api('POST', '/v1/admin/principals', { body });
    const base = { name: uniqueName('x'), role: 'analyst', clearance: 'confidential' };
    const fieldOf = (res: { body: { errors?: { path: string }[] } }) => (res.body.errors ?? []).map((e) => e.path);

    const cases: { body: unknown; status: number; field: string }[] = [
      { body: { ...base, role: 'superuser' }, status: 400, field: 'role' },
      { body: { ...base, clearance: 'cosmic' }, status: 400, field: 'clearance' },
      { body: { ...base, name: 'has spaces' }, status: 400, field: 'name' },
      { body: { ...base, clearanceExpiresAt: 'next tuesday' }, status: 400, field: 'clearanceExpiresAt' },
      { body: { ...base, clearanceExpiresAt: '2099-01-01T10:00:00' }, status: 400, field: 'clearanceExpiresAt' },
      { body: { ...base, feeds: 'ocam' }, status: 400, field: 'feeds' },
      { body: { ...base, apiKey: 'psl_mine' }, status: 400, field: 'apiKey' },
      { body: { role: 'analyst', clearance: 'confidential' }, status: 400, field: 'name' },
      { body: { ...base, role: 'poc' }, status: 422, field: 'agency' },
      { body: { ...base, agency: 'customs' }, status: 422, field: 'agency' },
      // An agency with no topics, Kafka user or ACLs: its POC's first submission could never be published.
      { body: { ...base, role: 'poc', agency: 'state-security' }, status: 422, field: 'agency' },
      { body: { ...base, feeds: ['ocam', 'no-such-feed'] }, status: 422, field: 'feeds[1]' },
      { body: { ...base, clearanceExpiresAt: inDays(-1) }, status: 422, field: 'clearanceExpiresAt' },
    ];
    for (const c of cases) {
      const res = await post(c.body);
      expect({ body: c.body, status: res.status }).toEqual({ body: c.body, status: c.status });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(fieldOf(res)).toContain(c.field);
    }
    const [{ n }] = await sys.sql<{ n: string }>(`select count(*) as n from identity.principals where name = $1`, [base.name]);
    expect(n).toBe('0');
    const unprovisioned = await post({ ...base, role: 'poc', agency: 'state-security' });
    expect(unprovisioned.body.detail).toContain('npm run kafka -- add-agency state-security');

    const a = await createAnalyst();
    const dup = await post({ ...base, name: a.name });
    expect(dup.status).toBe(409);
    expect(dup.body.type).toBe('urn:passerelle:problem:principal-name-taken');

    const unknown = '00000000-0000-4000-8000-00000000abcd';
    expect((await api('GET', `/v1/admin/principals/${unknown}`)).status).toBe(404);
    expect((await api('PATCH', `/v1/admin/principals/${unknown}`, { body: { clearance: 'secret' } })).status).toBe(404);
    expect((await api('DELETE', `/v1/admin/principals/${unknown}`)).status).toBe(404);
    expect((await api('GET', '/v1/admin/principals/not-a-uuid')).status).toBe(400);

    const empty = await api('PATCH', `/v1/admin/principals/${a.id}`, { body: {} });
    expect(empty.status).toBe(400);
    const roleChange = await api('PATCH', `/v1/admin/principals/${a.id}`, { body: { role: 'admin' } });
    expect(roleChange.status).toBe(400);
    expect(fieldOf(roleChange)).toContain('role');
    const badFeed = await api('PATCH', `/v1/admin/principals/${a.id}`, { body: { feeds: ['nope'] } });
    expect(badFeed.status).toBe(422);
    expect(fieldOf(badFeed)).toContain('feeds[0]');
    expect((await api('GET', '/v1/admin/principals?expiringWithinDays=-3')).status).toBe(400);
  });

  it('lists the clearances expiring within N days, already expired ones first and flagged, and not the others', async () => {
    const soon = await createAnalyst({ clearanceExpiresAt: inDays(10) });
    const later = await createAnalyst({ clearanceExpiresAt: inDays(60) });
    const never = await createAnalyst({ clearanceExpiresAt: null });
    const lapsed = await createAnalyst({ clearanceExpiresAt: inDays(5) });
    // Withdrawing a clearance now is an expiry in the past (refused on creation, allowed on change).
    expect((await api('PATCH', `/v1/admin/principals/${lapsed.id}`, { body: { clearanceExpiresAt: inDays(-2) } })).status).toBe(200);
    const revoked = await createAnalyst({ clearanceExpiresAt: inDays(3) });
    expect((await api('DELETE', `/v1/admin/principals/${revoked.id}`)).status).toBe(204);

    const res = await api('GET', '/v1/admin/principals?expiringWithinDays=30');
    expect(res.status).toBe(200);
    const listed = res.body.principals as { id: string; clearanceExpired: boolean; clearanceExpiresAt: string }[];
    const ids = listed.map((p) => p.id);
    expect(ids).toContain(soon.id);
    expect(ids).toContain(lapsed.id);
    for (const absent of [later.id, never.id, revoked.id]) expect(ids).not.toContain(absent);
    expect(ids.indexOf(lapsed.id)).toBeLessThan(ids.indexOf(soon.id));
    expect(listed.find((p) => p.id === lapsed.id)?.clearanceExpired).toBe(true);
    expect(listed.find((p) => p.id === soon.id)?.clearanceExpired).toBe(false);
    const expiries = listed.map((p) => Date.parse(p.clearanceExpiresAt));
    expect(expiries).toEqual([...expiries].sort((x, y) => x - y));
    expect(JSON.stringify(res.body)).not.toMatch(/psl_|api_?key/i);

    // Without the filter: every active principal, revoked ones left out.
    const all = await api('GET', '/v1/admin/principals');
    const allIds = (all.body.principals as { id: string }[]).map((p) => p.id);
    for (const present of [soon.id, later.id, never.id, lapsed.id, officerId]) expect(allIds).toContain(present);
    expect(allIds).not.toContain(revoked.id);
  });

  it('every change is a PrincipalChangedEvent on identity.principals.changed.v1, in order, with no key material', async () => {
    const traceId = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const asked = await api('POST', '/v1/admin/principals', {
      body: { name: uniqueName('audited'), role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      headers: { traceparent: `00-${traceId}-0123456789abcdef-01` },
    });
    expect(asked.status).toBe(202);
    const approved = await request(sys.urls.intake, 'POST', `/v1/admin/requests/${asked.body.pending.id}/approve`, {
      key: sys.keys['officer-2'],
    });
    const redeemed = await request(sys.urls.intake, 'POST', '/v1/keys/redeem', {
      body: { codes: [asked.body.handoverCode, approved.body.handoverCode] },
    });
    const { id, name } = redeemed.body.principal as { id: string; name: string };
    const apiKey = redeemed.body.apiKey as string;
    // Lowering: one officer (raising takes a second: test/approvals.e2e-spec.ts).
    expect((await api('PATCH', `/v1/admin/principals/${id}`, { body: { clearance: 'restricted' } })).status).toBe(200);
    // The analyst rotates its own key (no officer sees it).
    const rotated = await request(sys.urls.intake, 'POST', '/v1/me/key', { key: apiKey });
    expect(rotated.status).toBe(200);
    expect((await api('DELETE', `/v1/admin/principals/${id}`)).status).toBe(204);

    const events = await changesOf(id, 7);
    expect(events.map((e) => e.event.change)).toEqual([
      'change-requested',
      'change-approved',
      'created',
      'key-handed-over',
      'updated',
      'key-rotated',
      'revoked',
    ]);
    const officer2 = (await sys.sql<{ id: string }>(`select id from identity.principals where name = 'officer-2'`))[0].id;
    expect(events.map((e) => e.event.changedBy)).toEqual([officerId, officer2, officerId, id, officerId, id, officerId]);
    for (const { event, raw, headers } of events) {
      expect(event).toMatchObject({ principalId: id, principalName: name });
      expect(event.eventId).toMatch(/^[0-9a-f-]{36}$/);
      expect(headers['ce-type']).toBe('be.passerelle.principal.changed.v1');
      expect(headers['ce-id']).toBe(event.eventId);
      for (const secret of [
        apiKey,
        hashApiKey(apiKey),
        rotated.body.apiKey,
        hashApiKey(rotated.body.apiKey),
        asked.body.handoverCode,
        approved.body.handoverCode,
        hashApiKey(asked.body.handoverCode),
      ]) {
        expect(raw).not.toContain(secret);
      }
      expect(raw).not.toMatch(/psl_|pslh_|api_?key|hash/i);
    }
    expect(events[0].event.traceId).toBe(traceId);
    expect(events[0].headers.traceparent).toContain(traceId);
    expect(events[2].event.attributes).toEqual({
      role: 'analyst',
      agency: null,
      clearance: 'confidential',
      clearanceExpiresAt: null,
      feeds: ['ocam'],
      approvedBy: officer2,
      requestId: asked.body.pending.id,
    });
    expect(events[4].event.attributes).toMatchObject({ clearance: 'restricted' });

    // All seven went through the intake's outbox (its relay stamps the source) and were published:
    // the outbox deletes a row once the broker acknowledged its event, so none is left there, pending
    // or parked.
    for (const { headers } of events) expect(headers['ce-source']).toBe('passerelle/intake');
    await eventually(
      async () => {
        const [{ n }] = await sys.sql<{ n: string }>(`select count(*) as n from intake.outbox where key = $1`, [id]);
        return n === '0' ? true : undefined;
      },
      { what: "no row of the principal's changes left in the outbox" },
    );
  });

  it('a change whose audit event cannot be written does not happen (one transaction)', async () => {
    const doomed = uniqueName('doomed');
    await sys.sql(`
      create function intake.refuse_doomed() returns trigger language plpgsql as $$
      begin
        if new.payload->>'principalName' like 'doomed-%' then raise exception 'outbox refuses %', new.payload->>'principalName'; end if;
        return new;
      end $$`);
    await sys.sql(`create trigger refuse_doomed before insert on intake.outbox for each row execute function intake.refuse_doomed()`);
    try {
      // Even the request for the principal is not filed: its audit event cannot be written.
      const res = await api('POST', '/v1/admin/principals', { body: { name: doomed, role: 'analyst', clearance: 'secret' } });
      expect(res.status).toBe(500);
      expect(JSON.stringify(res.body)).not.toContain('psl_');
      const cli = await runPrincipalsCli(['create', '--name', `${doomed}-cli`, '--role', 'analyst', '--clearance', 'secret'], {
        io: { out: () => undefined, err: () => undefined },
        changedBy: 'cli:tester',
      }).catch((e: Error) => e);
      expect(cli).toBeInstanceOf(Error);
    } finally {
      await sys.sql('drop trigger refuse_doomed on intake.outbox');
      await sys.sql('drop function intake.refuse_doomed()');
    }
    const rows = await sys.sql(`select id from identity.principals where name like $1`, [`${doomed}%`]);
    expect(rows).toEqual([]);
  });

  // Enable once the audit app subscribes to identity.principals.changed.v1 (not wired yet).
  it('every change lands in the audit ledger', async () => {
    const a = await createAnalyst();
    expect((await api('DELETE', `/v1/admin/principals/${a.id}`)).status).toBe(204);
    const rows = await eventually(
      async () => {
        const r = await sys.sql<{ action: string; actor: string }>(
          `select action, actor from audit.ledger where source_topic like '%identity.principals.changed.v1' and details->>'principalId' = $1
              and action in ('principal.created', 'principal.revoked') order by seq`,
          [a.id],
        );
        return r.length >= 2 ? r : undefined;
      },
      { what: 'the changes in the audit ledger' },
    );
    expect(rows.map((r) => r.action)).toEqual(['principal.created', 'principal.revoked']);
    expect(rows.every((r) => r.actor.startsWith('principal:'))).toBe(true);
  });

  describe('the CLI (npm run principals), driven through its command functions', () => {
    const run = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
      const code = await runPrincipalsCli(argv, { io, changedBy: 'cli:tester' });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };

    it('creates, updates, lists, rotates and revokes, each change audited as cli:<user>', async () => {
      const name = uniqueName('cli-analyst');
      const created = await run(
        'create',
        '--name',
        name,
        '--role',
        'analyst',
        '--clearance',
        'confidential',
        '--expires',
        inDays(20).slice(0, 10),
        '--feeds',
        'ocam',
      );
      expect(created).toMatchObject({ code: 0, err: '' });
      const apiKey = /API key[^:]*: (psl_\S+)/.exec(created.out)?.[1];
      const id = /id: ([0-9a-f-]{36})/.exec(created.out)?.[1];
      expect(apiKey).toBeDefined();
      expect(id).toBeDefined();
      expect(await keyStatus(apiKey!)).toBe(403);

      expect(await run('update', name, '--clearance', 'secret', '--feeds', 'ocam,police-organised-crime')).toMatchObject({ code: 0 });
      let [row] = await sys.sql<{ clearance: string; feeds: string[]; clearance_expires_at: Date | null }>(
        `select clearance, feeds, clearance_expires_at from identity.principals where id = $1`,
        [id],
      );
      expect(row).toMatchObject({ clearance: 'secret', feeds: ['ocam', 'police-organised-crime'] });
      expect(row.clearance_expires_at).toBeInstanceOf(Date);

      const listed = await run('list', '--expiring-within', '30', '--json');
      expect(listed.code).toBe(0);
      expect((JSON.parse(listed.out).principals as { id: string }[]).map((p) => p.id)).toContain(id);
      const human = await run('list', '--expiring-within', '30');
      expect(human.out).toContain(name);
      expect(human.out).not.toContain('psl_');

      expect(await run('update', id!, '--no-expiry')).toMatchObject({ code: 0 });
      [row] = await sys.sql(`select clearance, feeds, clearance_expires_at from identity.principals where id = $1`, [id]);
      expect(row.clearance_expires_at).toBeNull();
      expect(
        (JSON.parse((await run('list', '--expiring-within', '30', '--json')).out).principals as { id: string }[]).map((p) => p.id),
      ).not.toContain(id);

      const rotated = await run('rotate-key', name);
      expect(rotated.code).toBe(0);
      const newKey = /API key[^:]*: (psl_\S+)/.exec(rotated.out)?.[1];
      expect(await keyStatus(apiKey!)).toBe(401);
      expect(await keyStatus(newKey!)).toBe(403);

      expect(await run('revoke', name)).toMatchObject({ code: 0 });
      expect(await keyStatus(newKey!)).toBe(401);

      // The running intake's relay publishes what the CLI wrote to the outbox.
      const events = await changesOf(id!, 5);
      expect(events.map((e) => e.event.change)).toEqual(['created', 'updated', 'updated', 'key-rotated', 'revoked']);
      for (const { event, raw } of events) {
        expect(event.changedBy).toBe('cli:tester');
        expect(raw).not.toContain(apiKey!);
        expect(raw).not.toContain(newKey!);
      }
    });

    it('bad usage exits 2 with the usage; refusals exit 1 with the reason', async () => {
      const usage = [
        [],
        ['frobnicate'],
        ['create', '--role', 'analyst', '--clearance', 'secret'],
        ['create', '--name', 'x-y', '--role', 'analyst', '--clearance', 'cosmic'],
        ['create', '--name', 'x-y', '--role', 'analyst', '--clearance', 'secret', '--bogus'],
        ['create', '--name', 'x-y', '--role', 'analyst', '--clearance', 'secret', '--expires', 'tomorrow'],
        ['create', '--name', uniqueName('p'), '--role', 'poc', '--clearance', 'restricted'],
        ['create', '--name', uniqueName('f'), '--role', 'analyst', '--clearance', 'secret', '--feeds', 'ocam,nope'],
        ['update', 'analyst-ocam'],
        ['update', 'analyst-ocam', '--expires', '2099-01-01', '--no-expiry'],
        ['revoke'],
        ['list', '--expiring-within', 'soon'],
      ];
      for (const argv of usage) {
        const r = await run(...argv);
        expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
        expect(r.err).not.toBe('');
      }
      const cosmic = await run('create', '--name', 'x-y', '--role', 'analyst', '--clearance', 'cosmic');
      expect(cosmic.err).toContain('--clearance');

      const missing = await run('revoke', 'nobody-by-that-name');
      expect(missing.code).toBe(1);
      expect(missing.err).toContain('nobody-by-that-name');
      const dup = await run('create', '--name', 'analyst-ocam', '--role', 'analyst', '--clearance', 'secret');
      expect(dup.code).toBe(1);
      expect(dup.err).toContain('already exists');
      const [{ n }] = await sys.sql<{ n: string }>(`select count(*) as n from identity.principals where name in ('x-y')`);
      expect(n).toBe('0');
    });
  });
});
