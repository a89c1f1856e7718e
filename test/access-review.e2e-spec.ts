import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topicNames } from '@passerelle/contracts';
import { eventually, produceAs } from '@passerelle/testing';
import { AccessAnomaly, PrincipalActivity } from '../apps/audit/src/reviews/access-review';
import { request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

jest.setTimeout(5 * 60_000);

/**
 * The quarterly access-log review (issue 29, item 2) against the real audit app, Kafka and Postgres:
 * six months of ordinary reads are put on access.recorded.v1 as the apps record them, with six
 * anomalies planted among them; the review of the third quarter finds exactly those six, an officer
 * marks them and signs off, the sign-off is in the ledger, and oversight sees the quarter done.
 */
describe('the quarterly access-log review', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  const FROM = '2026-07-01';
  const TO = '2026-09-30';
  /** What was planted per principal in the period: reads by endpoint, signals, refused attempts. */
  const planted: Record<string, { reads: number; signals: number; denied: number }> = {};

  const officer = (who: string) => (method: string, path: string, body?: unknown) =>
    request(sys.urls.audit, method, path, { key: sys.keys[who], body });
  const review = (who = 'officer-customs', q = `from=${FROM}&to=${TO}`) => officer(who)('GET', `/v1/reviews/access?${q}`);

  beforeAll(async () => {
    // Customs works weekdays 08:00–18:00, Brussels time, for this test.
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-hours-'));
    const file = join(dir, 'working-hours.json');
    writeFileSync(
      file,
      JSON.stringify({
        default: { timeZone: 'Europe/Brussels', days: [1, 2, 3, 4, 5], from: '07:00', to: '19:00' },
        agencies: { customs: { timeZone: 'Europe/Brussels', days: [1, 2, 3, 4, 5], from: '08:00', to: '18:00' } },
      }),
    );
    process.env.REVIEW_WORKING_HOURS_FILE = file;
    sys = await startSystem(
      [
        { name: 'officer-customs', role: 'security-officer', agency: 'customs', clearance: 'restricted' },
        { name: 'officer-mobility', role: 'security-officer', agency: 'mobility', clearance: 'restricted' },
        { name: 'officer-ocam', role: 'security-officer', clearance: 'confidential' },
        { name: 'oversight', role: 'oversight', clearance: 'confidential' },
        { name: 'poc-plain', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-bulk', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-saturday', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-curious', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-lapsed', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-revoked', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-newcomer', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
      ],
      ['audit'],
    );
    for (const r of await sys.sql<{ id: string; name: string }>(`select id, name from identity.principals`)) ids[r.name] = r.id;
    await sys.sql(`update identity.principals set clearance_expires_at = '2026-08-01T00:00:00Z' where name = 'poc-lapsed'`);
    await sys.sql(`update identity.principals set revoked_at = '2026-09-02T12:00:00Z' where name = 'poc-revoked'`);
    // Customs has had principals since March: three quarters are owed by now.
    await sys.sql(`update identity.principals set created_at = '2026-03-15T09:00:00Z' where name = 'poc-plain'`);

    const records: Record<string, unknown>[] = [];
    const read = (who: string, at: string, o: { signals?: number; agencies?: string[]; categories?: string[]; endpoint?: string } = {}) => {
      const signalIds = Array.from({ length: o.signals ?? 3 }, () => randomUUID());
      records.push({
        eventId: randomUUID(),
        occurredAt: at,
        principalId: ids[who],
        principalName: who,
        role: 'poc',
        endpoint: o.endpoint ?? 'GET /v1/signals/{id}/status',
        outcome: 'read',
        signalIds,
        agencies: o.agencies ?? ['customs'],
        categories: o.categories ?? ['border-management'],
      });
      if (at >= FROM && at < '2026-10-01') {
        const p = (planted[who] ??= { reads: 0, signals: 0, denied: 0 });
        p.reads++;
        p.signals += signalIds.length;
      }
    };
    const deny = (who: string, at: string, reason = 'forbidden', status = 403) => {
      records.push({
        eventId: randomUUID(),
        occurredAt: at,
        outcome: 'denied',
        endpoint: 'GET /v1/signals/{id}',
        status,
        reason,
        source: `principal:${ids[who]}`,
        principalId: ids[who],
        principalName: who,
        role: 'poc',
        resourceId: randomUUID(),
      });
      if (at >= FROM && at < '2026-10-01') (planted[who] ??= { reads: 0, signals: 0, denied: 0 }).denied++;
    };

    // Ordinary life from April to September: two reads of three signals each weekday, at 10:00 and
    // 14:00 UTC (within customs' hours, summer time or not).
    const regulars = ['poc-plain', 'poc-bulk', 'poc-saturday', 'poc-curious', 'poc-lapsed', 'poc-revoked', 'poc-mobility'];
    for (let d = Date.parse('2026-04-01T00:00:00Z'); d < Date.parse('2026-10-01T00:00:00Z'); d += 86_400_000) {
      const day = new Date(d);
      if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
      const date = day.toISOString().slice(0, 10);
      for (const who of regulars) {
        if (who === 'poc-revoked' && date >= '2026-09-02') continue;
        read(who, `${date}T10:00:00.000Z`, { agencies: [who === 'poc-mobility' ? 'mobility' : 'customs'] });
        read(who, `${date}T14:00:00.000Z`, { agencies: [who === 'poc-mobility' ? 'mobility' : 'customs'] });
      }
    }
    // Refused attempts that are no anomaly: counted per principal.
    deny('poc-plain', '2026-07-07T10:05:00.000Z');
    deny('poc-plain', '2026-08-11T11:05:00.000Z', 'not-found', 404);

    // The planted anomalies.
    for (let i = 0; i < 10; i++) read('poc-bulk', `2026-08-12T${10 + (i % 4)}:30:00.000Z`, { signals: 20, endpoint: 'GET /v1/signals' });
    read('poc-saturday', '2026-08-22T10:00:00.000Z');
    read('poc-curious', '2026-08-26T11:00:00.000Z', { agencies: ['customs', 'mobility'], categories: ['border-management', 'terrorism'] });
    deny('poc-revoked', '2026-09-03T10:00:00.000Z', 'unknown-key', 401);
    // Not anomalies: a newcomer's first reads of another agency (no habits to depart from yet), and
    // mobility's principal reading at night (not customs' review).
    read('poc-newcomer', '2026-09-15T10:00:00.000Z', { agencies: ['mobility'], categories: ['terrorism'] });
    read('poc-mobility', '2026-08-22T02:00:00.000Z', { agencies: ['mobility'] });

    const topic = topicNames(sys.topicPrefix).accessRecorded;
    for (let i = 0; i < records.length; i += 500) {
      await produceAs(
        'admin',
        topic,
        records.slice(i, i + 500).map((r) => ({
          key: String(r.principalId),
          value: JSON.stringify(r),
          headers: { 'ce-id': String(r.eventId), 'content-type': 'application/json' },
        })),
      );
    }
    await eventually(
      async () => {
        const [row] = await sys.sql<{ n: number }>(
          `select count(*)::int as n from audit.ledger where action in ('access.recorded', 'access.denied') and source_topic = $1`,
          [topic],
        );
        return row.n >= records.length ? row : undefined;
      },
      { what: `${records.length} planted access records in the ledger`, timeoutMs: 120_000 },
    );
  });
  afterAll(async () => {
    await sys?.close();
    delete process.env.REVIEW_WORKING_HOURS_FILE;
  });

  it('finds exactly the planted anomalies, with the ledger entries they stand on, and counts every read and refusal', async () => {
    const r = await review();
    expect(r.status).toBe(200);
    const found = (r.body.anomalies as { kind: string; principalName: string; facts: Record<string, unknown> }[])
      .map(
        (a) =>
          `${a.principalName} ${a.kind} ${a.facts.day ?? a.facts.agency ?? a.facts.category ?? a.facts.clearanceExpiresAt ?? a.facts.revokedAt}`,
      )
      .sort();
    expect(found).toEqual(
      [
        'poc-bulk bulk-read 2026-08-12',
        'poc-saturday outside-hours 2026-08-22',
        'poc-curious new-agency mobility',
        'poc-curious new-category terrorism',
        'poc-lapsed after-clearance-lapse 2026-08-01T00:00:00.000000Z',
        'poc-revoked revoked-key 2026-09-02T12:00:00.000000Z',
      ].sort(),
    );
    const byKind = Object.fromEntries((r.body.anomalies as AccessAnomaly[]).map((a) => [a.kind, a])) as Record<string, AccessAnomaly>;
    expect(byKind['bulk-read'].facts).toMatchObject({ signals: 200 + 6, reads: 12, usualPerDay: 6, threshold: 50 });
    expect(byKind['bulk-read'].entryCount).toBe(12);
    // After the lapse: every read of poc-lapsed from August on (two a weekday).
    const augSepWeekdays = 43;
    expect(byKind['after-clearance-lapse'].entryCount).toBe(2 * augSepWeekdays);
    // More entries than an anomaly lists (MAX_ENTRIES, 50): the first 50 in order, counted in SQL —
    // the review loads 50 rows, not all of them (attack review, issue 24).
    expect(byKind['after-clearance-lapse'].entries).toHaveLength(50);
    expect(byKind['after-clearance-lapse'].entries[0].at < byKind['after-clearance-lapse'].entries[49].at).toBe(true);
    expect(byKind['revoked-key'].entries).toEqual([expect.objectContaining({ action: 'access.denied', reason: 'unknown-key' })]);
    expect(byKind['new-agency'].entries[0].signalIds).toHaveLength(3);
    expect(r.body.open).toBe(6);
    expect(r.body.digest).toMatch(/^[0-9a-f]{64}$/);

    // Per principal: reads by kind and refused attempts, as planted; mobility's principal is not there.
    const people = Object.fromEntries((r.body.principals as PrincipalActivity[]).map((p) => [p.name, p])) as Record<
      string,
      PrincipalActivity
    >;
    expect(people['poc-mobility']).toBeUndefined();
    for (const [who, p] of Object.entries(planted).filter(([w]) => w !== 'poc-mobility')) {
      expect({ who, reads: people[who].readsTotal, signals: people[who].signalsTotal, denied: people[who].deniedTotal }).toEqual({
        who,
        reads: p.reads,
        signals: p.signals,
        denied: p.denied,
      });
    }
    expect(people['poc-bulk'].reads).toEqual(
      expect.arrayContaining([
        { endpoint: 'GET /v1/signals', reads: 10, signals: 200 },
        expect.objectContaining({ endpoint: 'GET /v1/signals/{id}/status' }),
      ]),
    );
    expect(people['poc-plain'].denied).toEqual(
      expect.arrayContaining([
        { endpoint: 'GET /v1/signals/{id}', reason: 'forbidden', attempts: 1 },
        { endpoint: 'GET /v1/signals/{id}', reason: 'not-found', attempts: 1 },
      ]),
    );
    expect(people['poc-plain'].anomalies).toBe(0);

    // The reading itself is in the ledger.
    const [readEntry] = await sys.sql<{ details: Record<string, unknown> }>(
      `select details from audit.ledger where action = 'review.read' and actor = $1 order by seq desc limit 1`,
      [`principal:${ids['officer-customs']}`],
    );
    expect(readEntry.details).toMatchObject({
      endpoint: 'GET /v1/reviews/access',
      query: { agency: 'customs', from: FROM, to: TO, format: 'json' },
    });
  });

  it('CSV: one row per kind of read, refusal and anomaly, and the digest', async () => {
    const r = await officer('officer-customs')('GET', `/v1/reviews/access?from=${FROM}&to=${TO}&format=csv`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    const lines = (r.body as string).trim().split('\r\n');
    expect(lines[0]).toBe('record,principal_id,principal_name,role,kind,endpoint,reason,count,signals,at,anomaly_id,mark,ids');
    expect(lines.filter((l) => l.startsWith('anomaly,'))).toHaveLength(6);
    expect(lines.filter((l) => l.startsWith(`denied,${ids['poc-plain']},`))).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/^digest,.*,[0-9a-f]{64}$/);
  });

  it('PDF: rendered to PNG by pdftoppm, one image a page, its text the review (pdftotext)', async () => {
    const json = (await review()).body;
    const res = await fetch(`${sys.urls.audit}/v1/reviews/access?from=${FROM}&to=${TO}&format=pdf`, {
      headers: { authorization: `Bearer ${sys.keys['officer-customs']}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-review-pdf-'));
    const file = join(dir, 'review.pdf');
    writeFileSync(file, pdf);

    const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    execFileSync('pdftoppm', ['-png', '-r', '50', file, join(dir, 'page')]);
    const images = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f));
    expect(images).toHaveLength(pages);
    for (const image of images) {
      const png = readFileSync(join(dir, image));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // A rendered A4 page at 50 dpi: 413.4 × 584.6 pixels, rounded either way (IHDR width and height).
      expect(Math.abs(png.readUInt32BE(16) - 413.4)).toBeLessThan(1);
      expect(Math.abs(png.readUInt32BE(20) - 584.6)).toBeLessThan(1);
    }

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Access-log review: customs');
    expect(text).toContain(`Period: ${FROM} to ${TO}`);
    expect(text).toContain(`digest ${json.digest}`);
    expect(text).toMatch(/Not signed off: 6 of 6 anomalies open/);
    for (const a of json.anomalies as AccessAnomaly[]) expect(text).toContain(a.id);
    for (const who of ['poc-bulk', 'poc-saturday', 'poc-curious', 'poc-lapsed', 'poc-revoked', 'poc-plain']) expect(text).toContain(who);
    expect(text).not.toContain('poc-mobility');
    for (let i = 1; i <= pages; i++) expect(text).toContain(`page ${i} of ${pages}`);
    // Reading the PDF is a reading of the review like any other.
    const reads = await sys.sql(`select 1 from audit.ledger where action = 'review.read' and details -> 'query' ->> 'format' = 'pdf'`);
    expect(reads).toHaveLength(1);
  });

  it('another agency’s officer, or OCAM’s for an agency with officers, gets 403 — recorded as a denied attempt', async () => {
    for (const [who, q] of [
      ['officer-mobility', `agency=customs&from=${FROM}&to=${TO}`],
      ['officer-ocam', `agency=customs&from=${FROM}&to=${TO}`],
    ]) {
      const r = await review(who, q);
      expect({ who, status: r.status, type: r.body.type }).toEqual({
        who,
        status: 403,
        type: 'urn:passerelle:problem:review-other-agency',
      });
      expect(JSON.stringify(r.body)).not.toContain('poc-');
      await eventually(
        async () =>
          (
            await sys.sql(`select 1 from audit.ledger where action = 'access.denied' and actor = $1 and details ->> 'endpoint' = $2`, [
              `principal:${ids[who]}`,
              'GET /v1/reviews/access',
            ])
          )[0],
        { what: `${who}'s refused review in the ledger` },
      );
    }
    // Mobility's officer reviews mobility: its principal's night read is its anomaly.
    const mob = await review('officer-mobility');
    expect(mob.status).toBe(200);
    expect(mob.body.anomalies.map((a: { kind: string; principalName: string }) => `${a.principalName} ${a.kind}`)).toEqual([
      'poc-mobility outside-hours',
    ]);
    // A POC and oversight are not officers.
    expect((await review('poc-plain')).status).toBe(403);
    expect((await review('oversight')).status).toBe(403);
  });

  it('bad periods are 400 problems: in the future, longer than a year, backwards, not dates', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    for (const q of [
      `from=${FROM}&to=${tomorrow}`,
      'from=2025-01-01&to=2026-03-31',
      `from=${TO}&to=${FROM}`,
      'from=2026-13-01&to=2026-12-01',
      `from=${FROM}`,
      `from=${FROM}&to=${TO}&format=docx`,
      `from=${FROM}&to=${TO}&agency=Customs!`,
    ]) {
      const r = await review('officer-customs', q);
      expect({ q, status: r.status }).toEqual({ q, status: 400 });
      expect(r.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('sign-off: refused while anomalies are open or the review changed; then recorded in the ledger; oversight sees the quarter done', async () => {
    const c = officer('officer-customs');
    const first = (await review()).body;
    const open = await c('POST', '/v1/reviews/access/sign-off', { from: FROM, to: TO, digest: first.digest });
    expect(open.status).toBe(409);
    expect(open.body.type).toBe('urn:passerelle:problem:review-open-anomalies');
    expect(open.body.open).toHaveLength(6);

    expect(
      (await c('POST', '/v1/reviews/access/marks', { from: FROM, to: TO, anomalyId: 'anomaly-00000000000000000000', mark: 'explained' }))
        .status,
    ).toBe(404);
    expect(
      (await c('POST', '/v1/reviews/access/marks', { from: FROM, to: TO, anomalyId: first.anomalies[0].id, mark: 'ignored' })).status,
    ).toBe(400);
    // Mobility's officer cannot mark customs' anomalies.
    const foreign = await officer('officer-mobility')('POST', '/v1/reviews/access/marks', {
      agency: 'customs',
      from: FROM,
      to: TO,
      anomalyId: first.anomalies[0].id,
      mark: 'explained',
    });
    expect(foreign.status).toBe(403);

    for (const a of first.anomalies as { id: string; kind: string }[]) {
      const m = await c('POST', '/v1/reviews/access/marks', {
        from: FROM,
        to: TO,
        anomalyId: a.id,
        mark: a.kind === 'revoked-key' ? 'escalated' : 'explained',
      });
      expect(m.status).toBe(201);
    }
    // The digest read before the marks no longer describes the review.
    const stale = await c('POST', '/v1/reviews/access/sign-off', { from: FROM, to: TO, digest: first.digest });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('urn:passerelle:problem:review-changed');

    const marked = (await review()).body;
    expect(marked.open).toBe(0);
    expect(marked.anomalies.every((a: { mark: { by: string } }) => a.mark.by === `principal:${ids['officer-customs']}`)).toBe(true);
    const signed = await c('POST', '/v1/reviews/access/sign-off', { from: FROM, to: TO, digest: marked.digest });
    expect(signed.status).toBe(201);
    expect(signed.body.signedOff.byName).toBe('officer-customs');

    const [entry] = await sys.sql<{ actor: string; agency: string; details: Record<string, unknown> }>(
      `select actor, agency, details from audit.ledger where action = 'review.signed-off'`,
    );
    expect(entry).toEqual({
      actor: `principal:${ids['officer-customs']}`,
      agency: 'customs',
      details: {
        review: 'access',
        scope: 'customs',
        from: FROM,
        to: TO,
        digest: marked.digest,
        principals: marked.principals.length,
        anomalies: 6,
        escalated: 1,
        principalName: 'officer-customs',
        role: 'security-officer',
      },
    });
    expect((await review()).body.signedOff).toMatchObject({ digest: marked.digest, byName: 'officer-customs' });
    // Closed: no second sign-off, no more marks.
    expect((await c('POST', '/v1/reviews/access/sign-off', { from: FROM, to: TO, digest: marked.digest })).status).toBe(409);
    expect(
      (await c('POST', '/v1/reviews/access/marks', { from: FROM, to: TO, anomalyId: first.anomalies[0].id, mark: 'escalated' })).status,
    ).toBe(409);

    // Oversight: customs owes a review for each quarter since March; the third is done (late: signed after 30 October).
    const list = await request(sys.urls.audit, 'GET', '/v1/audit/reviews?kind=access&scope=customs', { key: sys.keys.oversight });
    expect(list.status).toBe(200);
    expect(list.body.reviews.map((x: { from: string; status: string }) => `${x.from} ${x.status}`)).toEqual([
      '2026-01-01 late',
      '2026-04-01 late',
      '2026-07-01 done',
    ]);
    expect(list.body.reviews[2].signedOff).toMatchObject({ digest: marked.digest, late: true, by: `principal:${ids['officer-customs']}` });
    expect((await request(sys.urls.audit, 'GET', '/v1/audit/reviews?kind=access', { key: sys.keys['officer-customs'] })).status).toBe(403);
  });
});
