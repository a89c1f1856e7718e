import { eventually, produceAs, readTopic } from '@passerelle/testing';
import { purgeAll } from '@passerelle/persistence';
import { randomBytes } from 'node:crypto';
import { PurgeGatewaySignalsUseCase } from '../apps/agency-gateway/src/retention/purge-signals.usecase';
import { PurgeIntakeSignalsUseCase } from '../apps/intake/src/retention/purge-signals.usecase';
import { PurgeRouterSignalsUseCase } from '../apps/router/src/retention/purge-signals.usecase';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Minimisation and retention on the real stack. A unique marker goes into every free-text and
 * identity field, through both entry paths (the gateway's HTTP API and an agency's own Kafka
 * client), valid and invalid, and into an analyst's question; one consumer batch fails once with
 * the marker in its error. Then the marker is in no log line, no ledger entry, and no table but
 * those meant to hold the signal. The purge, with its clock set forward, then removes those too.
 */
describe('minimisation and retention', () => {
  let sys: RunningSystem;
  const MARK = `Zq${randomBytes(6).toString('hex')}`;
  const logs: string[] = [];
  const writes = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

  /**
   * The tables allowed to hold a live signal's content: its two stores, the analysts' assessments,
   * and the agency's inbox and receipt (where the analyst's question reaches the source) — all purged with it.
   */
  const SIGNAL_STORES = ['gateway.signals', 'gateway.signal_status', 'gateway.feedback', 'intake.signals', 'intake.assessments'];

  const tablesHolding = async (text: string): Promise<string[]> => {
    const tables = await sys.sql<{ name: string }>(
      `select table_schema || '.' || table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema in ('gateway', 'router', 'intake', 'audit', 'identity', 'public')`,
    );
    const found: string[] = [];
    for (const { name } of tables) {
      const [{ n }] = await sys.sql<{ n: number }>(`select count(*)::int as n from ${name} t where t::text like $1`, [`%${text}%`]);
      if (n > 0) found.push(name);
    }
    return found.sort();
  };

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'verbose';
    process.env.KAFKA_TOPIC_REFRESH_MS = '500';
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
    ]);
  });

  afterAll(async () => {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    await sys?.close();
    delete process.env.KAFKA_TOPIC_REFRESH_MS;
    process.env.LOG_LEVEL = 'warn';
  });

  /** A person signal with the marker in every free-text and identity field it has. */
  const marked = (ref: string) => {
    const s = exampleSignal('subject-person', ref);
    s.retentionUntil = day(1);
    s.summary = `Traveller ${MARK} seen at the gate`;
    s.legalBasis = `Law of 10 July 2006 ${MARK}`;
    s.location.place = `Gate ${MARK}`;
    s.subjects = [
      {
        kind: 'person',
        role: `role ${MARK}`,
        familyName: `Roe${MARK}`,
        givenNames: `Jane ${MARK}`,
        birthDate: '1980-01-01',
        birthPlace: `Town ${MARK}`,
        documents: [{ type: 'passport', number: `EM${MARK}`, issuingCountry: 'BE' }],
      },
      { kind: 'organisation', name: `Org ${MARK}`, registrationNumber: `R${MARK}`, country: 'BE' },
      { kind: 'vehicle', plate: `P${MARK.slice(0, 10)}`, registrationCountry: 'BE', description: `car ${MARK}` },
      { kind: 'email', address: `${MARK.toLowerCase()}@example.org` },
      { kind: 'iban', iban: 'BE68539007547034', holder: `Holder ${MARK}` },
    ];
    s.sourceDocuments = [{ sha256: 'a'.repeat(64), title: `Report ${MARK}` }];
    return s;
  };

  it('keeps the marker out of logs, the ledger and every table but the signal stores; the purge then removes those copies', async () => {
    // One consumer batch of the intake fails once, with the marker in the database's error message.
    await sys.sql(`create sequence public.fail_once_seq`);
    await sys.sql(`create function public.fail_once() returns trigger language plpgsql as $$
      begin
        if nextval('public.fail_once_seq') = 1 then raise exception 'refused: %', new.payload->>'summary'; end if;
        return new;
      end $$`);
    await sys.sql(`create trigger fail_once before insert on intake.signals for each row execute function public.fail_once()`);

    const gw = sys.urls['agency-gateway'];
    const key = sys.keys['poc-customs'];
    // HTTP, valid.
    const accepted = await request(gw, 'POST', '/v1/signals', { key, body: marked('MARK-HTTP-1') });
    expect(accepted.status).toBe(202);
    const httpId: string = accepted.body.signalId;
    // HTTP, invalid: the marker as a category, as an unknown field's name and value.
    const bad = { ...marked('MARK-HTTP-2'), category: `${MARK} Jane Roe`, [`x${MARK}`]: MARK };
    expect((await request(gw, 'POST', '/v1/signals', { key, body: bad })).status).toBe(400);
    // Kafka, valid and invalid, produced by the agency's own client.
    const topic = `${sys.topicPrefix}signals.customs.submitted.v1`;
    const kafkaValid = { ...marked('MARK-KAFKA-1'), summary: `Another traveller ${MARK}` };
    const kafkaBad = [
      { ...marked('MARK-KAFKA-2'), category: `${MARK} Jane Roe` },
      { ...marked('MARK-KAFKA-3'), [`x ${MARK}`]: MARK },
      { ...marked('MARK-KAFKA-4'), externalRef: `ref ${MARK}` },
      {
        eventId: `e-${MARK}`,
        occurredAt: new Date().toISOString(),
        signalId: 'x',
        traceId: 'ab'.repeat(16),
        agency: `a${MARK}`.toLowerCase(),
        signal: marked('MARK-KAFKA-5'),
      },
    ];
    await produceAs('agency-customs', topic, [
      { key: 'k', value: JSON.stringify(kafkaValid) },
      ...kafkaBad.map((b) => ({ key: 'k', value: JSON.stringify(b) })),
      { key: 'k', value: `{"summary": "${MARK}" not json` },
    ]);

    const ids = await eventually(
      async () => {
        const rows = await sys.sql<{ id: string }>(`select signal_id::text as id from intake.signals where agency = 'customs'`);
        return rows.length >= 2 ? rows.map((r) => r.id) : undefined;
      },
      { what: 'both valid signals in the intake (after the failed batch)', timeoutMs: 60000 },
    );
    expect(ids).toContain(httpId);
    // The rejections are in the ledger (as codes).
    const rejected = await eventually(
      async () => {
        const rows = await sys.sql<{ details: { reasons: { path: string; reason: string }[] } }>(
          `select details from audit.ledger where action = 'signal.rejected'`,
        );
        return rows.length >= 5 ? rows : undefined;
      },
      { what: 'five rejections in the ledger' },
    );
    const reasons = rejected.flatMap((r) => r.details.reasons);
    expect(reasons).toEqual(
      expect.arrayContaining([
        { path: 'category', reason: 'unknown-code' },
        { path: '*', reason: 'unknown-field' },
      ]),
    );

    // An analyst asks the source a question holding the marker.
    const intake = sys.urls.intake;
    const read = await request(intake, 'GET', `/v1/signals/${httpId}`, { key: sys.keys.analyst });
    expect(read.status).toBe(200);
    const asked = await request(intake, 'POST', `/v1/signals/${httpId}/assessment`, {
      key: sys.keys.analyst,
      body: { outcome: 'more-information-requested', note: `Is ${MARK} born 1980-01-01?`, version: read.body.version },
    });
    expect(asked.status).toBe(201);
    await eventually(
      async () => (await sys.sql(`select 1 from audit.ledger where action = 'feedback.assessed' and signal_id = $1`, [httpId]))[0],
      { what: 'the assessment in the ledger' },
    );
    await eventually(
      async () => (await sys.sql(`select 1 from gateway.feedback where status = 'assessed' and signal_id = $1`, [httpId]))[0],
      { what: "the question in the agency's inbox" },
    );
    // Every outbox row published (and so deleted).
    await eventually(
      async () =>
        (
          await sys.sql<{ n: number }>(`select (select count(*) from gateway.outbox where published_at is null)
                 + (select count(*) from intake.outbox where published_at is null) as n`)
        )[0].n == 0 || undefined,
      { what: 'outboxes drained' },
    );

    expect(logs.join('')).toContain('handler failed (QueryFailedError P0001)');
    expect(logs.join('')).not.toContain(MARK);
    expect(logs.join('').toLowerCase()).not.toContain(MARK.toLowerCase());
    expect(await tablesHolding(MARK)).toEqual(expect.arrayContaining(['gateway.signals', 'intake.signals']));
    for (const t of await tablesHolding(MARK)) expect(SIGNAL_STORES).toContain(t);
    expect(await tablesHolding(MARK.toLowerCase())).toEqual(expect.arrayContaining(['gateway.signals']));
    for (const t of await tablesHolding(MARK.toLowerCase())) expect(SIGNAL_STORES).toContain(t);
    // The router keeps keyed digests only: no name, no birth date, no document number.
    const routerKeys = await sys.sql<{ key: string }>(`select key from router.subject_keys`);
    expect(routerKeys.length).toBeGreaterThan(0);
    for (const k of routerKeys) expect(k.key).toMatch(/^[0-9a-f]{64}$/);
    // And the feed topic, which carries the signal to analysts, is the only Kafka copy besides the submission.
    const rejectedOnKafka = await readTopic(`${sys.topicPrefix}signals.rejected.v1`);
    expect(JSON.stringify(rejectedOnKafka)).not.toContain(MARK);

    // The purge, its clock set two days forward: the signals' retention (until tomorrow) has ended.
    const later = new Date(`${day(2)}T00:00:00Z`);
    expect(await purgeAll(sys.apps['agency-gateway'].get(PurgeGatewaySignalsUseCase), later)).toBe(1);
    expect(await purgeAll(sys.apps.router.get(PurgeRouterSignalsUseCase), later)).toBe(2);
    expect(await purgeAll(sys.apps.intake.get(PurgeIntakeSignalsUseCase), later)).toBe(2);
    // Idempotent: nothing is due any more.
    expect(await purgeAll(sys.apps.router.get(PurgeRouterSignalsUseCase), later)).toBe(0);

    const receipt = await request(gw, 'GET', `/v1/signals/${httpId}`, { key });
    expect(receipt.status).toBe(200);
    expect(receipt.body).toMatchObject({ signalId: httpId, status: 'purged', history: [] });
    expect(JSON.stringify(receipt.body)).not.toContain('MARK-HTTP');
    const gone = await request(intake, 'GET', `/v1/signals/${httpId}`, { key: sys.keys.analyst });
    expect(gone.status).toBe(410);
    expect(gone.headers.get('content-type')).toContain('application/problem+json');
    expect((await request(intake, 'GET', `/v1/dossiers/${read.body.dossierId}`, { key: sys.keys.analyst })).status).toBe(404);

    // Every copy gone: the marker is in no table at all, and no row of the router or intake names the signal.
    await eventually(async () => ((await tablesHolding(MARK)).length === 0 ? true : undefined), { what: 'no copy left' });
    expect(await tablesHolding(MARK.toLowerCase())).toEqual([]);
    for (const t of ['router.signals', 'router.fingerprints', 'router.correlation_links', 'intake.feed_items', 'intake.assessments']) {
      const [{ n }] = await sys.sql<{ n: number }>(`select count(*)::int as n from ${t} where signal_id::text = $1`, [httpId]);
      expect(`${t}: ${n}`).toBe(`${t}: 0`);
    }

    // The trail keeps every hop, as facts, and the purge by each service; the chain verifies.
    const trail = await eventually(
      async () => {
        const r = await request(sys.urls.audit, 'GET', `/v1/audit/signals/${httpId}/trail`, { key: sys.keys.oversight });
        const purges = r.body.entries.filter((e: { action: string }) => e.action === 'signal.purged');
        return purges.length === 3 ? r.body.entries : undefined;
      },
      { what: 'three signal.purged entries in the trail' },
    );
    const actions = trail.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['signal.submitted', 'signal.routed', 'feedback.delivered', 'feedback.assessed']));
    const purges = trail.filter((e: { action: string }) => e.action === 'signal.purged');
    expect(purges.map((e: { actor: string }) => e.actor).sort()).toEqual(['service:gateway', 'service:intake', 'service:router']);
    expect(purges.find((e: { actor: string }) => e.actor === 'service:intake').details).toMatchObject({
      reason: 'retention-expired',
      retentionUntil: day(1),
      removed: { 'intake.signals': 1, 'intake.assessments': 1 },
    });
    const verify = await request(sys.urls.audit, 'GET', '/v1/audit/verify', { key: sys.keys.oversight });
    expect(verify.body).toMatchObject({ ok: true });
    const [{ n: refused }] = await sys.sql<{ n: number }>(`select count(*)::int as n from audit.ledger where details ? 'refusedFields'`);
    expect(refused).toBe(0);
    expect(logs.join('')).not.toContain(MARK);
  });
});
