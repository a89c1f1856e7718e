import { eventually, produceAs, readTopic, withTestAdmin } from '@passerelle/testing';
import { randomBytes } from 'node:crypto';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Erasure before term, on the real stack, on the two-person rule: a signal with a unique marker in
 * its summary and its person is erased on one security officer's request and a second one's
 * approval. One officer alone cannot erase (its own approval is refused, and nothing is removed).
 * Afterwards the marker is in no table of any schema, no ledger entry, no log line and on no topic
 * Passerelle writes, read raw from the beginning and decrypting nothing: the content of the copies
 * on the submission and feed topics was sealed with the signal's data key (checked before the
 * erasure), and the erasure deleted the key. The receipt answers `erased`, the intake 410; the
 * trail keeps every hop plus the erasure steps, and the chain verifies.
 */
describe('erasure on the two-person rule', () => {
  let sys: RunningSystem;
  const MARK = `Er${randomBytes(6).toString('hex')}`;
  /** The agencies' own references: theirs, echoed on their feedback topic; not the marker. */
  const REF = randomBytes(4).toString('hex');
  const logs: string[] = [];
  const writes = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  const ids: Record<string, string> = {};

  const tablesHolding = async (text: string): Promise<string[]> => {
    const tables = await sys.sql<{ name: string }>(
      `select table_schema || '.' || table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
    );
    const found: string[] = [];
    for (const { name } of tables) {
      const [{ n }] = await sys.sql<{ n: number }>(`select count(*)::int as n from ${name} t where t::text ilike $1`, [`%${text}%`]);
      if (n > 0) found.push(name);
    }
    return found.sort();
  };

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'verbose';
    const capture =
      (to: (chunk: string | Uint8Array, ...rest: never[]) => boolean) =>
      (chunk: string | Uint8Array, ...rest: never[]): boolean => {
        logs.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return to(chunk, ...rest);
      };
    process.stdout.write = capture(writes.out) as typeof process.stdout.write;
    process.stderr.write = capture(writes.err) as typeof process.stderr.write;
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
      { name: 'officer-a', role: 'security-officer', clearance: 'confidential' },
      { name: 'officer-b', role: 'security-officer', clearance: 'confidential' },
    ]);
    for (const r of await sys.sql<{ id: string; name: string }>(`select id, name from identity.principals`)) ids[r.name] = r.id;
  });

  afterAll(async () => {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    await sys?.close();
    process.env.LOG_LEVEL = 'warn';
  });

  const officer = (name: 'officer-a' | 'officer-b') => (method: string, path: string, body?: unknown) =>
    request(sys.urls.intake, method, path, { key: sys.keys[name], body });

  /** Submits a person signal with the marker in its summary and its person; returns its id once the intake holds it. */
  const submit = async (ref: string): Promise<string> => {
    const s = exampleSignal('subject-person', ref);
    s.summary = `Traveller ${MARK} seen at the gate (${ref})`;
    s.subjects = [
      {
        kind: 'person',
        familyName: `Roe${MARK}`,
        givenNames: `Jane ${MARK}`,
        birthDate: '1980-01-01',
        documents: [{ type: 'passport', number: `EM${MARK}`, issuingCountry: 'BE' }],
      },
    ];
    const accepted = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: s });
    expect(accepted.status).toBe(202);
    const id: string = accepted.body.signalId;
    await eventually(async () => (await sys.sql(`select 1 from intake.signals where signal_id = $1`, [id]))[0], {
      what: 'the signal in the intake',
      timeoutMs: 60000,
    });
    return id;
  };

  it('refuses an erasure by one officer alone, and by anybody but a security officer', async () => {
    const id = await submit(`ERASE-ONE-${REF}`);
    const analyst = await request(sys.urls.intake, 'POST', '/v1/admin/erasures', {
      key: sys.keys.analyst,
      body: { signalId: id, reason: 'court-decision' },
    });
    expect(analyst.status).toBe(403);
    // Free text is not a reason: a code is.
    const text = await officer('officer-a')('POST', '/v1/admin/erasures', { signalId: id, reason: `because ${MARK}` });
    expect(text.status).toBe(400);

    const asked = await officer('officer-a')('POST', '/v1/admin/erasures', { signalId: id, reason: 'court-decision' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ signalId: id, reason: 'court-decision', status: 'pending', requestedBy: ids['officer-a'] });
    // One request per signal at a time.
    expect((await officer('officer-b')('POST', '/v1/admin/erasures', { signalId: id, reason: 'court-decision' })).status).toBe(409);

    const self = await officer('officer-a')('POST', `/v1/admin/erasures/${asked.body.id}/approve`);
    expect(self.status).toBe(409);
    expect(self.body.type).toBe('urn:passerelle:problem:erasure-self-approval');
    expect(self.headers.get('content-type')).toContain('application/problem+json');
    // Nothing was removed: the signal is still held everywhere and readable.
    expect((await request(sys.urls.intake, 'GET', `/v1/signals/${id}`, { key: sys.keys.analyst })).status).toBe(200);
    expect(await sys.sql(`select 1 from gateway.signals where id = $1`, [id])).toHaveLength(1);
    expect(await sys.sql(`select 1 from router.signals where signal_id = $1`, [id])).toHaveLength(1);

    // The requester withdraws it; it cannot be approved afterwards.
    const withdrawn = await officer('officer-a')('POST', `/v1/admin/erasures/${asked.body.id}/refuse`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'refused', decidedBy: ids['officer-a'] });
    expect((await officer('officer-b')('POST', `/v1/admin/erasures/${asked.body.id}/approve`)).status).toBe(409);
    expect((await request(sys.urls.intake, 'GET', `/v1/signals/${id}`, { key: sys.keys.analyst })).status).toBe(200);

    const steps = await eventually(
      async () => {
        const rows = await sys.sql<{ action: string; actor: string }>(
          `select action, actor from audit.ledger where signal_id = $1 and action like 'signal.erasure-%' order by seq`,
          [id],
        );
        return rows.length >= 2 ? rows : undefined;
      },
      { what: 'the request and its withdrawal in the ledger' },
    );
    expect(steps).toEqual([
      { action: 'signal.erasure-requested', actor: `principal:${ids['officer-a']}` },
      { action: 'signal.erasure-refused', actor: `principal:${ids['officer-a']}` },
    ]);

    // The former code `data-subject-request` is still taken, as its replacement: for OCAM's
    // processing a data subject's rights are exercised indirectly (docs/legal-basis.md).
    const legacy = await officer('officer-a')('POST', '/v1/admin/erasures', { signalId: id, reason: 'data-subject-request' });
    expect(legacy.status).toBe(201);
    expect(legacy.body.reason).toBe('indirect-access-request');
    expect((await officer('officer-a')('POST', `/v1/admin/erasures/${legacy.body.id}/refuse`)).status).toBe(200);
  });

  it('erases every copy on a second officer’s approval; the trail keeps the facts and verifies', async () => {
    const id = await submit(`ERASE-TWO-${REF}`);
    await eventually(async () => (await sys.sql(`select 1 from audit.ledger where action = 'signal.routed' and signal_id = $1`, [id]))[0], {
      what: 'the routing in the ledger',
    });
    const read = await request(sys.urls.intake, 'GET', `/v1/signals/${id}`, { key: sys.keys.analyst });
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).toContain(MARK);

    // Before the erasure: the copies Passerelle wrote to Kafka hold the content sealed, not in clear.
    const feedTopic = `${sys.topicPrefix}feeds.ocam.v2`;
    const submittedTopic = `${sys.topicPrefix}signals.customs.submitted.v1`;
    const original = (await readTopic(feedTopic)).find((m) => JSON.parse(m.value ?? '{}').signalId === id);
    expect(original).toBeDefined();
    const submission = (await readTopic(submittedTopic)).find((m) => JSON.parse(m.value ?? '{}').signalId === id);
    expect(submission).toBeDefined();
    for (const m of [original!, submission!]) {
      const payload = JSON.parse(m.value!);
      expect(payload.sealed).toMatchObject({ alg: 'A256GCM', keyId: id });
      expect('signal' in payload).toBe(false);
      expect(m.value!.toLowerCase()).not.toContain(MARK.toLowerCase());
    }
    expect(await sys.sql(`select 1 from keys.data_keys where signal_id = $1`, [id])).toHaveLength(1);
    const vacuumed = async () =>
      (
        await sys.sql<{ at: Date | null; dead: string }>(
          `select last_vacuum as at, n_dead_tup::text as dead from pg_stat_user_tables where schemaname = 'keys' and relname = 'data_keys'`,
        )
      )[0];
    const vacuumedBefore = (await vacuumed()).at;

    const asked = await officer('officer-a')('POST', '/v1/admin/erasures', { signalId: id, reason: 'wrongly-reported-person' });
    expect(asked.status).toBe(201);
    const approved = await officer('officer-b')('POST', `/v1/admin/erasures/${asked.body.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', requestedBy: ids['officer-a'], decidedBy: ids['officer-b'] });
    // The data key went with the approval: every sealed copy in Kafka is unreadable from now on.
    expect(await sys.sql(`select 1 from keys.data_keys where signal_id = $1`, [id])).toEqual([]);
    // And not as a dead tuple in the table's file either: the table is vacuumed after the approval.
    await eventually(
      async () => {
        const v = await vacuumed();
        return v.at && (!vacuumedBefore || v.at > vacuumedBefore) && v.dead === '0' ? true : undefined;
      },
      { what: 'keys.data_keys vacuumed after the erasure' },
    );

    // The intake's copies went with the approval; the gateway's and the router's as they read it.
    const gone = await request(sys.urls.intake, 'GET', `/v1/signals/${id}`, { key: sys.keys.analyst });
    expect(gone.status).toBe(410);
    expect(gone.body.detail).toContain('erased');
    // Its dossier (shared with the first signal, same person) no longer shows it.
    const dossier = await request(sys.urls.intake, 'GET', `/v1/dossiers/${read.body.dossierId}`, { key: sys.keys.analyst });
    expect([200, 404]).toContain(dossier.status);
    expect(JSON.stringify(dossier.body)).not.toContain(id);
    expect(JSON.stringify(dossier.body)).not.toContain('ERASE-TWO');
    await eventually(
      async () => ((await sys.sql(`select 1 from router.signals where signal_id = $1`, [id])).length === 0 ? true : undefined),
      {
        what: "the router's copy gone",
      },
    );
    await eventually(async () => ((await sys.sql(`select 1 from gateway.signals where id = $1`, [id])).length === 0 ? true : undefined), {
      what: "the gateway's copy gone",
    });
    const receipt = await request(sys.urls['agency-gateway'], 'GET', `/v1/signals/${id}`, { key: sys.keys['poc-customs'] });
    expect(receipt.status).toBe(200);
    expect(receipt.body).toMatchObject({ signalId: id, status: 'erased', history: [] });
    expect(JSON.stringify(receipt.body)).not.toContain(MARK);

    // The trail: every hop, the two erasure steps by two different officers, one `erased` purge per service.
    const trail = await eventually(
      async () => {
        const r = await request(sys.urls.audit, 'GET', `/v1/audit/signals/${id}/trail`, { key: sys.keys.oversight });
        const purges = (r.body.entries ?? []).filter((e: { action: string }) => e.action === 'signal.purged');
        return purges.length === 3 ? r.body.entries : undefined;
      },
      { what: 'three signal.purged entries in the trail' },
    );
    const actions = trail.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['signal.submitted', 'signal.routed', 'signal.erasure-requested', 'signal.erasure-approved']),
    );
    const step = (a: string) => trail.find((e: { action: string }) => e.action === a);
    expect(step('signal.erasure-requested')).toMatchObject({
      actor: `principal:${ids['officer-a']}`,
      details: { requestId: asked.body.id, reason: 'wrongly-reported-person', requestedBy: ids['officer-a'] },
    });
    expect(step('signal.erasure-approved')).toMatchObject({
      actor: `principal:${ids['officer-b']}`,
      details: { requestId: asked.body.id, decidedBy: ids['officer-b'] },
    });
    const purges = trail.filter((e: { action: string }) => e.action === 'signal.purged');
    expect(purges.map((e: { actor: string }) => e.actor).sort()).toEqual(['service:gateway', 'service:intake', 'service:router']);
    for (const p of purges) expect(p.details.reason).toBe('erased');
    const verify = await request(sys.urls.audit, 'GET', '/v1/audit/verify', { key: sys.keys.oversight });
    expect(verify.body).toMatchObject({ ok: true });

    // The marker of this signal is in no table of any schema (the ledger included); the first
    // signal, not erased, still holds it only in the stores meant to hold a signal.
    const stillHeld = await tablesHolding(`${MARK} seen at the gate (ERASE-ONE`);
    expect(stillHeld).toEqual(expect.arrayContaining(['gateway.signals', 'intake.signals']));
    expect(await tablesHolding(`${MARK} seen at the gate (ERASE-TWO`)).toEqual([]);
    for (const t of ['gateway.signals', 'router.signals', 'intake.signals']) {
      const rows = await sys.sql<{ t: string }>(`select t::text as t from ${t} t where t::text ilike $1`, [`%${MARK}%`]);
      for (const r of rows) expect(r.t).not.toContain(id);
    }
    const [{ n: ledgerMarks }] = await sys.sql<{ n: number }>(`select count(*)::int as n from audit.ledger t where t::text ilike $1`, [
      `%${MARK}%`,
    ]);
    expect(ledgerMarks).toBe(0);
    // A late or replayed feed message of the erased signal (as it was, or under a new event id) is
    // not stored again: its key is gone, so it is dead-lettered, sealed as it came.
    const replay = { ...JSON.parse(original!.value!), eventId: `${JSON.parse(original!.value!).eventId}-replay` };
    await produceAs('router', feedTopic, [
      { key: original!.key, value: original!.value, headers: { ...original!.headers, 'ce-id': `${replay.eventId}-again` } },
      { key: original!.key, value: JSON.stringify(replay), headers: { ...original!.headers, 'ce-id': replay.eventId } },
    ]);
    const dead = await eventually(
      async () => {
        const d = (await readTopic(`${sys.topicPrefix}deadletters.intake.v1`))
          .map((m) => JSON.parse(m.value ?? '{}'))
          .filter((x) => x.sourceTopic === feedTopic && x.reasons?.some((r: { reason: string }) => r.reason === 'sealed-key-destroyed'));
        return d.length >= 2 ? d : undefined;
      },
      { what: 'the replayed feed messages dead-lettered (sealed-key-destroyed)' },
    );
    for (const d of dead) expect(Buffer.from(d.value, 'base64').toString('utf8')).toContain('"sealed"');
    // A sealed copy altered on the way (here the first signal's, whose key still exists) is refused
    // by its tag, dead-lettered, and never stored: the intake's copy stays as it was.
    const kept = (await readTopic(feedTopic)).find((m) => {
      const p = JSON.parse(m.value ?? '{}');
      return p.signalId && p.signalId !== id;
    })!;
    const altered = JSON.parse(kept.value!);
    const bytes = Buffer.from(altered.sealed.ciphertext, 'base64');
    bytes[0] ^= 1;
    altered.sealed.ciphertext = bytes.toString('base64');
    altered.eventId = `${altered.eventId}-altered`;
    const [{ payload: before }] = await sys.sql<{ payload: unknown }>(`select payload from intake.signals where signal_id = $1`, [
      altered.signalId,
    ]);
    await produceAs('router', feedTopic, [
      { key: kept.key, value: JSON.stringify(altered), headers: { ...kept.headers, 'ce-id': altered.eventId } },
    ]);
    await eventually(
      async () =>
        (await readTopic(`${sys.topicPrefix}deadletters.intake.v1`))
          .map((m) => JSON.parse(m.value ?? '{}'))
          .find((x) => x.sourceTopic === feedTopic && x.reasons?.some((r: { reason: string }) => r.reason === 'sealed-tag-mismatch')),
      { what: 'the altered feed message dead-lettered (sealed-tag-mismatch)' },
    );
    const [{ payload: after }] = await sys.sql<{ payload: unknown }>(`select payload from intake.signals where signal_id = $1`, [
      altered.signalId,
    ]);
    expect(after).toEqual(before);
    expect(await sys.sql(`select 1 from intake.signals where signal_id = $1`, [id])).toEqual([]);
    expect(await sys.sql(`select 1 from intake.feed_items where signal_id = $1`, [id])).toEqual([]);
    expect((await request(sys.urls.intake, 'GET', `/v1/signals/${id}`, { key: sys.keys.analyst })).status).toBe(410);

    // No log line; and no topic Passerelle writes, read raw from the beginning (dead letters' base64
    // copies decoded too, since that is an encoding, not a seal), decrypting nothing.
    expect(logs.join('').toLowerCase()).not.toContain(MARK.toLowerCase());
    const topics = (await withTestAdmin((a) => a.listTopics())).filter((t) => t.startsWith(sys.topicPrefix)).sort();
    expect(topics).toEqual(expect.arrayContaining([feedTopic, submittedTopic, `${sys.topicPrefix}deadletters.intake.v1`]));
    const readable: string[] = [];
    for (const topic of topics) {
      for (const m of await readTopic(topic)) {
        let text = `${m.key ?? ''} ${m.value ?? ''} ${JSON.stringify(m.headers)}`;
        try {
          const v = JSON.parse(m.value ?? 'null')?.value;
          if (typeof v === 'string') text += Buffer.from(v, 'base64').toString('utf8');
        } catch {
          // not JSON: searched as it is
        }
        if (text.toLowerCase().includes(MARK.toLowerCase())) readable.push(`${topic}/${m.partition}`);
      }
    }
    expect(readable).toEqual([]);
  });

  it('does not route again a submission of an erased signal that reaches the router afterwards', async () => {
    // An agency's own client submits (in clear, on its topic); the signal is erased; the same
    // submission arrives again (a resend, or one the router had not reached yet).
    const ref = `ERASE-LATE-${REF}`;
    const body = exampleSignal('subject-vehicle', ref);
    const topic = `${sys.topicPrefix}signals.customs.submitted.v1`;
    const send = () =>
      produceAs('agency-customs', topic, [
        { key: ref, value: JSON.stringify(body), headers: { 'ce-id': `late-${randomBytes(6).toString('hex')}` } },
      ]);
    await send();
    const [{ signal_id: id }] = await eventually(
      async () => {
        const rows = await sys.sql<{ signal_id: string }>(
          `select signal_id from router.signals where agency = 'customs' and external_ref = $1`,
          [ref],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'the direct submission routed', timeoutMs: 60000 },
    );
    await eventually(async () => (await sys.sql(`select 1 from intake.signals where signal_id = $1`, [id]))[0], {
      what: 'the signal in the intake',
    });
    const asked = await officer('officer-a')('POST', '/v1/admin/erasures', { signalId: id, reason: 'court-decision' });
    expect(asked.status).toBe(201);
    expect((await officer('officer-b')('POST', `/v1/admin/erasures/${asked.body.id}/approve`)).status).toBe(200);
    await eventually(
      async () => (await sys.sql(`select 1 from router.purged_signals where signal_id = $1 and reason = 'erased'`, [id]))[0],
      { what: "the router's tombstone (erased)" },
    );

    await send();
    const rejected = await eventually(
      async () =>
        (await readTopic(`${sys.topicPrefix}signals.rejected.v1`))
          .map((m) => JSON.parse(m.value ?? '{}'))
          .find((r) => r.signalId === id && r.reasons?.some((x: { reason: string }) => x.reason === 'signal-erased')),
      { what: 'the late submission rejected (signal-erased)' },
    );
    expect(rejected.agency).toBe('customs');
    // Not routed: no router copy, no new data key, no second feed message, nothing in the intake.
    expect(await sys.sql(`select 1 from router.signals where signal_id = $1`, [id])).toEqual([]);
    expect(await sys.sql(`select 1 from keys.data_keys where signal_id = $1`, [id])).toEqual([]);
    expect(await sys.sql(`select 1 from intake.signals where signal_id = $1`, [id])).toEqual([]);
    const feeds = (await readTopic(`${sys.topicPrefix}feeds.ocam.v2`)).filter((m) => JSON.parse(m.value ?? '{}').signalId === id);
    expect(feeds).toHaveLength(1);
  });
});
