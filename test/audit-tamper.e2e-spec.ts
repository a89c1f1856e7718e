import { randomUUID, verify as verifySignature, createPublicKey } from 'node:crypto';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { eventually, KafkaProducer, testKafka, testProducer, withTestAdmin } from '@passerelle/testing';
import { checkpointMessage, parsePublicKeys } from '../apps/audit/src/checkpoints/checkpoint-signature';
import { entryHash, LedgerEntry } from '../apps/audit/src/ledger/ledger-entry';
import { LedgerRepository } from '../apps/audit/src/ledger/ledger.repository';
import { verifyExport } from '../scripts/verify-export';
import { request } from './support/http';
import { consumerLag } from './support/reconcile';
import { RunningSystem, startSystem } from './support/system';

/**
 * The audit ledger against its own operator: a superuser who disables the append-only trigger
 * can change, delete or rewrite entries, and verification names what happened. Only the audit
 * service runs; events reach it through real Kafka.
 */
describe('audit ledger: tamper evidence, checkpoints, oversight API', () => {
  let sys: RunningSystem;
  let producer: KafkaProducer;
  let key: string;
  const signals = Array.from({ length: 10 }, () => randomUUID());
  const messages: { topic: string; key: string; value: string; headers: Record<string, string> }[] = [];

  const get = (path: string, as = key) => request(sys.urls.audit, 'GET', path, { key: as });
  const ledgerCount = async () =>
    Number((await sys.sql<{ n: string }>(`select count(*) as n from audit.ledger where action <> 'oversight.query'`))[0].n);

  /** As a superuser with the trigger off, under the writers' lock, the way an operator could. */
  async function asSuperuser(fn: (c: Client) => Promise<void>): Promise<void> {
    const c = new Client({ connectionString: sys.databaseUrl });
    await c.connect();
    try {
      await c.query('begin');
      await c.query(`select pg_advisory_xact_lock(hashtext('passerelle.audit.ledger'))`);
      await c.query('alter table audit.ledger disable trigger user');
      await fn(c);
      await c.query('alter table audit.ledger enable trigger user');
      await c.query('commit');
    } catch (e) {
      await c.query('rollback');
      throw e;
    } finally {
      await c.end();
    }
  }

  beforeAll(async () => {
    process.env.AUDIT_CHECKPOINT_INTERVAL_MS = '300';
    sys = await startSystem(
      [
        { name: 'oversight-1', role: 'oversight', clearance: 'confidential' },
        { name: 'admin-1', role: 'admin', clearance: 'confidential' },
        { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      ],
      ['audit'],
    );
    key = sys.keys['oversight-1'];
    producer = await testProducer('audit-tamper-test');
    for (const signalId of signals) {
      const at = new Date().toISOString();
      messages.push({
        topic: `${sys.topicPrefix}signals.customs.submitted.v1`,
        key: signalId,
        value: JSON.stringify({ signalId, agency: 'customs', occurredAt: at, summary: 'observation' }),
        headers: { 'ce-id': randomUUID(), 'ce-type': 'signal.submitted', 'ce-time': at },
      });
      messages.push({
        topic: `${sys.topicPrefix}signals.routed.v1`,
        key: signalId,
        value: JSON.stringify({ signalId, agency: 'customs', verdict: 'routed', destinations: ['ocam'], ruleId: 'r1', ruleVersion: 1 }),
        headers: { 'ce-id': randomUUID(), 'ce-type': 'signal.routed', 'ce-time': at },
      });
    }
  });

  afterAll(async () => {
    await producer?.disconnect();
    await sys?.close();
    delete process.env.AUDIT_CHECKPOINT_INTERVAL_MS;
  });

  const send = (ms: typeof messages) =>
    Promise.all(ms.map((m) => producer.send({ topic: m.topic, messages: [{ key: m.key, value: m.value, headers: m.headers }] })));

  it('records each event once, even when Kafka delivers it again', async () => {
    await send(messages);
    await eventually(async () => ((await ledgerCount()) === messages.length ? true : undefined), { what: 'every event in the ledger' });
    // The same events again (same ce-id); then wait until the audit has consumed every partition
    // to its end (committed offsets at the log end), so that nothing is still on its way.
    await send(messages);
    const topics = [...new Set(messages.map((m) => m.topic))];
    await withTestAdmin(
      (admin) =>
        eventually(
          async () => {
            const lag = await consumerLag(admin, [{ group: `${sys.topicPrefix}passerelle.audit`, topics }]);
            return lag.every((p) => p.lag === 0) ? true : undefined;
          },
          { what: 'the audit consumer at the end of every partition' },
        ),
      testKafka('audit-tamper-lag'),
    );
    const perEvent = await sys.sql<{ n: string }>(
      `select count(*) as n from audit.ledger where event_id = any($1::text[]) group by event_id`,
      // On an agency's topic the agency chose the id: the ledger keeps it under the agency's name.
      [messages.map((m) => (m.topic.includes('.submitted.') ? `customs:${m.headers['ce-id']}` : m.headers['ce-id']))],
    );
    expect(perEvent.map((r) => Number(r.n))).toEqual(messages.map(() => 1));
    expect(await ledgerCount()).toBe(messages.length);
  });

  it("the app's database role cannot update, delete or truncate the ledger", async () => {
    const ds = sys.apps.audit.get(DataSource);
    const [{ current_user }] = await ds.query('select current_user');
    expect(current_user).toBe('passerelle_audit_writer');
    // Refused by privileges, before the trigger is even reached.
    await expect(ds.query(`update audit.ledger set actor = 'x' where seq = 1`)).rejects.toThrow(/permission denied for table ledger/);
    await expect(ds.query(`delete from audit.ledger where seq = 1`)).rejects.toThrow(/permission denied for table ledger/);
    await expect(ds.query(`truncate audit.ledger`)).rejects.toThrow(/permission denied for table ledger/);
    await expect(ds.query(`update audit.checkpoints set hash = 'x'`)).rejects.toThrow(/permission denied for table checkpoints/);
    await expect(ds.query(`delete from audit.checkpoints`)).rejects.toThrow(/permission denied for table checkpoints/);
    await expect(ds.query(`truncate audit.checkpoints`)).rejects.toThrow(/permission denied for table checkpoints/);
    await expect(ds.query(`alter table audit.ledger disable trigger user`)).rejects.toThrow(/must be owner/);
    // And the trigger still refuses a role that holds the privilege (here the superuser).
    await expect(sys.sql(`update audit.ledger set actor = 'x' where seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('signs checkpoints on demand and periodically; they verify with the published key', async () => {
    expect((await request(sys.urls.audit, 'POST', '/v1/audit/checkpoints', { key: sys.keys['poc-customs'] })).status).toBe(403);
    const made = await request(sys.urls.audit, 'POST', '/v1/audit/checkpoints', { key });
    expect(made.status).toBe(201);
    const byAdmin = await request(sys.urls.audit, 'POST', '/v1/audit/checkpoints', { key: sys.keys['admin-1'] });
    expect(byAdmin.status).toBe(201);
    const cp = made.body;
    const head = await sys.sql<{ seq: string; hash: string }>(`select seq::text as seq, hash from audit.ledger where seq = $1`, [cp.seq]);
    expect(head[0].hash).toBe(cp.hash);

    const pk = await get('/v1/audit/public-key');
    expect(pk.status).toBe(200);
    expect(pk.body.keyId).toBe(cp.keyId);
    const publicKey = createPublicKey(pk.body.publicKey);
    expect(verifySignature(null, checkpointMessage(cp), publicKey, Buffer.from(cp.signature, 'base64'))).toBe(true);
    expect(
      verifySignature(null, checkpointMessage({ ...cp, seq: String(Number(cp.seq) - 1) }), publicKey, Buffer.from(cp.signature, 'base64')),
    ).toBe(false);

    const list = await get('/v1/audit/checkpoints?limit=1000');
    expect(list.status).toBe(200);
    expect(list.body.checkpoints).toEqual(
      expect.arrayContaining([expect.objectContaining({ seq: cp.seq, hash: cp.hash, signature: cp.signature })]),
    );

    // Periodic: the head moves (this very query is recorded), a checkpoint follows without asking.
    const before = Number(byAdmin.body.seq);
    await eventually(async () => ((await sys.sql(`select 1 from audit.checkpoints where seq > $1`, [before])).length ? true : undefined), {
      what: 'a periodic checkpoint after the head moved',
    });
  });

  it('the append-only triggers refuse UPDATE, DELETE and TRUNCATE on the ledger and the checkpoints, to a role that holds the privileges', async () => {
    // The test's own connection owns the tables: privileges allow every statement below, so only
    // the triggers stand in the way.
    const privileges = await sys.sql<{ what: string; held: boolean }>(
      `select t || ' ' || p as what, has_table_privilege(t, p) as held
         from unnest(array['audit.ledger', 'audit.checkpoints']) t, unnest(array['UPDATE', 'DELETE', 'TRUNCATE']) p`,
    );
    expect(privileges).toHaveLength(6);
    expect(privileges.filter((r) => !r.held)).toEqual([]);
    const snapshot = async () => ({
      ledger: await sys.sql(`select * from audit.ledger where seq <= 3 order by seq`),
      checkpoint: await sys.sql(`select * from audit.checkpoints order by id limit 1`),
    });
    const before = await snapshot();
    expect(before.ledger).toHaveLength(3);
    expect(before.checkpoint).toHaveLength(1);
    const refused: [string, string][] = [
      [`update audit.ledger set actor = 'x' where seq = 1`, 'UPDATE'],
      [`delete from audit.ledger where seq = 2`, 'DELETE'],
      [`delete from audit.ledger`, 'DELETE'],
      [`truncate audit.ledger`, 'TRUNCATE'],
      [`update audit.checkpoints set hash = 'x'`, 'UPDATE'],
      [`delete from audit.checkpoints`, 'DELETE'],
      [`truncate audit.checkpoints`, 'TRUNCATE'],
      [`truncate audit.ledger, audit.checkpoints cascade`, 'TRUNCATE'],
    ];
    for (const [statement, op] of refused) {
      await expect(sys.sql(statement)).rejects.toThrow(new RegExp(`append-only: ${op} refused`));
    }
    // Nothing changed: the same first entries and the same first checkpoint, byte for byte.
    expect(await snapshot()).toEqual(before);
    expect((await get('/v1/audit/verify')).body.ok).toBe(true);
  });

  it('verify: an intact ledger passes, with the checkpoints checked', async () => {
    const v = await get('/v1/audit/verify');
    expect(v.status).toBe(200);
    expect(v.body).toMatchObject({ ok: true, from: '1' });
    expect(v.body.checked).toBeGreaterThan(messages.length);
    expect(v.body.checkpointsChecked).toBeGreaterThan(0);
    expect(v.body.latestCheckpoint.seq).toMatch(/^\d+$/);
    const part = await get('/v1/audit/verify?from=5&to=12');
    expect(part.body).toMatchObject({ ok: true, from: '5', to: '12', checked: 8 });
    expect((await get('/v1/audit/verify?from=abc')).status).toBe(400);
  });

  it('names the entry a superuser changed with the trigger disabled', async () => {
    const [orig] = await sys.sql<{ details: unknown }>(`select details from audit.ledger where seq = 5`);
    await asSuperuser((c) =>
      c.query(`update audit.ledger set details = details || '{"destinations":["nowhere"]}' where seq = 5`).then(() => undefined),
    );
    const v = await get('/v1/audit/verify');
    expect(v.body).toMatchObject({ ok: false, seq: '5', reason: 'hash-mismatch' });
    expect(v.body.detail).toMatch(/changed/);

    await asSuperuser((c) =>
      c.query(`update audit.ledger set details = $1 where seq = 5`, [JSON.stringify(orig.details)]).then(() => undefined),
    );
    expect((await get('/v1/audit/verify')).body.ok).toBe(true);
  });

  it('names a deleted entry', async () => {
    const [row] = await sys.sql(`select * from audit.ledger where seq = 7`);
    await asSuperuser((c) => c.query(`delete from audit.ledger where seq = 7`).then(() => undefined));
    const v = await get('/v1/audit/verify');
    expect(v.body).toMatchObject({ ok: false, seq: '7', reason: 'seq-gap' });
    expect(v.body.detail).toMatch(/deleted/);
    const cols = Object.keys(row);
    await asSuperuser((c) =>
      c
        .query(
          `insert into audit.ledger (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
          cols.map((k) => row[k]),
        )
        .then(() => undefined),
    );
    expect((await get('/v1/audit/verify')).body.ok).toBe(true);
  });

  it('events: filters, a stable cursor, RFC 7807 on bad input, refused to a POC', async () => {
    const routed = await get(`/v1/audit/events?action=signal.routed&agency=customs&limit=4`);
    expect(routed.status).toBe(200);
    expect(routed.body.entries).toHaveLength(4);
    expect(routed.body.entries.every((e: LedgerEntry) => e.action === 'signal.routed' && e.agency === 'customs')).toBe(true);
    const seen: string[] = routed.body.entries.map((e: LedgerEntry) => e.seq);
    let cursor = routed.body.nextCursor;
    while (cursor) {
      const page = await get(`/v1/audit/events?action=signal.routed&agency=customs&limit=4&cursor=${cursor}`);
      seen.push(...page.body.entries.map((e: LedgerEntry) => e.seq));
      cursor = page.body.nextCursor;
    }
    expect(seen).toHaveLength(signals.length);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => a - b));

    const one = await get(`/v1/audit/events?signal=${signals[3]}`);
    expect(one.body.entries.map((e: LedgerEntry) => e.action).sort()).toEqual(['signal.routed', 'signal.submitted']);
    const future = await get(`/v1/audit/events?from=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}`);
    expect(future.body.entries).toEqual([]);
    const past = await get(
      `/v1/audit/events?to=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}&action=signal.submitted`,
    );
    expect(past.body.entries.length).toBeGreaterThanOrEqual(signals.length);

    for (const bad of ['limit=1001', 'limit=0', 'cursor=-1', 'from=yesterday', 'colour=red', 'agency=a&agency=b']) {
      const r = await get(`/v1/audit/events?${bad}`);
      expect({ bad, status: r.status }).toEqual({ bad, status: 400 });
      expect(r.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await get('/v1/audit/events', sys.keys['poc-customs'])).status).toBe(403);
    expect((await get('/v1/audit/verify', sys.keys['poc-customs'])).status).toBe(403);
    expect((await get('/v1/audit/export', sys.keys['poc-customs'])).status).toBe(403);
    expect((await get('/v1/audit/checkpoints', sys.keys['admin-1'])).status).toBe(403);
  });

  it('records every oversight query in the ledger before answering it', async () => {
    const [{ id }] = await sys.sql<{ id: string }>(`select id from identity.principals where name = 'oversight-1'`);
    const marker = `marker-${randomUUID()}`;
    const trail = await get(`/v1/audit/signals/${marker}/trail`);
    expect(trail.status).toBe(200);
    // Recorded before the answer left: no polling needed.
    const rows = await sys.sql<{ actor: string; details: Record<string, unknown>; source_topic: string }>(
      `select actor, details, source_topic from audit.ledger where action = 'oversight.query' and details->'query'->>'signalId' = $1`,
      [marker],
    );
    expect(rows).toEqual([
      {
        actor: `principal:${id}`,
        source_topic: 'audit.http',
        details: {
          endpoint: 'GET /v1/audit/signals/:id/trail',
          query: { signalId: marker },
          principalName: 'oversight-1',
          role: 'oversight',
        },
      },
    ]);
    await get(`/v1/audit/events?actor=${marker}`);
    const endpoints = (
      await sys.sql<{ e: string }>(`select distinct details->>'endpoint' as e from audit.ledger where action = 'oversight.query'`)
    ).map((r) => r.e);
    for (const e of [
      'GET /v1/audit/events',
      'GET /v1/audit/verify',
      'GET /v1/audit/checkpoints',
      'POST /v1/audit/checkpoints',
      'GET /v1/audit/public-key',
    ]) {
      expect(endpoints).toContain(e);
    }
    const byActor = await get(`/v1/audit/events?actor=principal:${id}&action=oversight.query&limit=1000`);
    expect(byActor.body.entries.some((e: LedgerEntry) => (e.details.query as Record<string, unknown>)?.actor === marker)).toBe(true);
    // A range of seqs (verify, export) is a fact the entry keeps, as a range of instants is (events).
    expect((await get('/v1/audit/export?from=2&to=7')).status).toBe(200);
    const ranges = await sys.sql<{ endpoint: string; details: Record<string, unknown> }>(
      `select details->>'endpoint' as endpoint, details from audit.ledger
        where action = 'oversight.query' and details->'query'->>'from' = '2' and details->'query'->>'to' = '7'`,
    );
    expect(ranges).toEqual([
      {
        endpoint: 'GET /v1/audit/export',
        details: { endpoint: 'GET /v1/audit/export', query: { from: '2', to: '7' }, principalName: 'oversight-1', role: 'oversight' },
      },
    ]);
    const refused = await sys.sql<{ n: number }>(
      `select count(*)::int as n from audit.ledger where action = 'oversight.query' and details ? 'refusedFields'`,
    );
    expect(refused).toEqual([{ n: 0 }]);
  });

  it('the export verifies offline with the public key, and fails once edited or tampered with', async () => {
    const pk = parsePublicKeys((await get('/v1/audit/public-key')).body.publicKey);
    const res = await fetch(`${sys.urls.audit}/v1/audit/export`, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const text = await res.text();
    const lines = text.trim().split('\n');
    expect(JSON.parse(lines[0]).type).toBe('checkpoint');
    const verdict = await verifyExport(Readable.from([text]), pk);
    expect(verdict).toMatchObject({ ok: true, firstSeq: '1' });
    if (!verdict.ok) return;
    expect(verdict.entries).toBeGreaterThan(messages.length);
    // A partial export, anchored by the checkpoint that covers it.
    const part = await (
      await fetch(`${sys.urls.audit}/v1/audit/export?from=3&to=9`, { headers: { authorization: `Bearer ${key}` } })
    ).text();
    expect(await verifyExport(Readable.from([part]), pk)).toMatchObject({ ok: true, firstSeq: '3' });

    // Edited after the fact: one entry's details.
    const edited = lines.map((l) => {
      const r = JSON.parse(l);
      if (r.type === 'entry' && r.entry.seq === '4') r.entry.details = { ...r.entry.details, verdict: 'dropped' };
      return JSON.stringify(r);
    });
    expect(await verifyExport(Readable.from([edited.join('\n')]), pk)).toMatchObject({ ok: false, seq: '4', reason: 'hash-mismatch' });
    // Signed by a key the oversight body does not trust.
    const other = parsePublicKeys(
      (await import('node:crypto')).generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    );
    expect(await verifyExport(Readable.from([text]), other)).toMatchObject({ ok: false, reason: 'untrusted-key' });

    // Tampered in the database, then exported up to an existing checkpoint.
    const [orig] = await sys.sql<{ details: unknown }>(`select details from audit.ledger where seq = 6`);
    await asSuperuser((c) => c.query(`update audit.ledger set details = '{"x":1}' where seq = 6`).then(() => undefined));
    const cpSeq = JSON.parse(lines[0]).checkpoint.seq;
    const tampered = await (
      await fetch(`${sys.urls.audit}/v1/audit/export?to=${cpSeq}`, { headers: { authorization: `Bearer ${key}` } })
    ).text();
    expect(await verifyExport(Readable.from([tampered]), pk)).toMatchObject({ ok: false, seq: '6', reason: 'hash-mismatch' });
    await asSuperuser((c) =>
      c.query(`update audit.ledger set details = $1 where seq = 6`, [JSON.stringify(orig.details)]).then(() => undefined),
    );
    expect((await get('/v1/audit/verify')).body.ok).toBe(true);
  });

  it('a consistent rewrite of the tail no longer matches the signed checkpoint', async () => {
    const pk = parsePublicKeys((await get('/v1/audit/public-key')).body.publicKey);
    const saved = (await get('/v1/audit/checkpoints?limit=1000')).body.checkpoints;
    const [cp] = await sys.sql<{ seq: string }>(`select max(seq)::text as seq from audit.checkpoints`);
    const repo = sys.apps.audit.get(LedgerRepository);
    await asSuperuser(async (c) => {
      const head = (await repo.head())!;
      const entries = await repo.range('0', head.seq, 100000);
      // Change entry 3 and recompute every hash and link from there to the head: the chain alone
      // is consistent again.
      let prevHash = entries[1].hash;
      for (const e of entries.slice(2)) {
        const { hash: _old, ...rest } = e;
        const changed = { ...rest, prevHash, details: e.seq === '3' ? { ...e.details, destinations: ['elsewhere'] } : e.details };
        const hash = entryHash(changed);
        await c.query(`update audit.ledger set details = $1, prev_hash = $2, hash = $3 where seq = $4`, [
          JSON.stringify(changed.details),
          prevHash,
          hash,
          e.seq,
        ]);
        prevHash = hash;
      }
    });
    const v = await get('/v1/audit/verify');
    expect(v.body).toMatchObject({ ok: false, reason: 'checkpoint-mismatch' });
    expect(BigInt(v.body.seq)).toBeGreaterThanOrEqual(3n);
    expect(BigInt(v.body.seq)).toBeLessThanOrEqual(BigInt(cp.seq));
    expect(v.body.detail).toMatch(/rewritten/);

    // The service will not sign the rewritten head, so a checkpoint, or an export up to the head, is refused...
    const refused = await request(sys.urls.audit, 'POST', '/v1/audit/checkpoints', { key });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: 'urn:passerelle:problem:audit-ledger-broken', reason: 'checkpoint-mismatch' });
    expect((await get('/v1/audit/export')).status).toBe(409);
    // ...and one up to an existing checkpoint fails offline.
    const text = await (
      await fetch(`${sys.urls.audit}/v1/audit/export?to=${cp.seq}`, { headers: { authorization: `Bearer ${key}` } })
    ).text();
    expect(await verifyExport(Readable.from([text]), pk)).toMatchObject({ ok: false, reason: 'checkpoint-mismatch' });
    // Even had the operator deleted the checkpoints, the oversight body's saved copies catch it.
    const withoutCheckpoints = text
      .split('\n')
      .filter((l) => l && JSON.parse(l).type === 'entry')
      .join('\n');
    expect(await verifyExport(Readable.from([withoutCheckpoints]), pk, saved)).toMatchObject({ ok: false, reason: 'checkpoint-mismatch' });
  });
});
