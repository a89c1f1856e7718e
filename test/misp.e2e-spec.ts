import { eventually } from '@passerelle/testing';
import { FeedSignalEvent } from '@passerelle/contracts';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { IntakeRepository } from '../apps/intake/src/feeds/intake.repository';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * MISP events of a signal and of a dossier, checked with PyMISP (MISP's own library, vendored in
 * test/interop): every object against its misp-objects template, every attribute's type and
 * category against MISP's describeTypes. A lower clearance gets a dossier event without what it
 * may not see; a signal it may not see is a 404 recorded as a denied attempt; every export is in
 * the ledger as a read of each signal it holds.
 */
jest.setTimeout(120_000);

const repo = join(__dirname, '..');
const python = join(repo, '.passerelle/pyenv/bin/python');

interface Checked {
  uuid: string;
  info: string;
  date: string;
  threat_level_id: number;
  analysis: number;
  distribution: number;
  tags: string[];
  attributes: number;
  objects: number;
  templates: Record<string, number>;
  references: number;
  values: string[];
  errors: string[];
}

describe('MISP export', () => {
  let sys: RunningSystem;
  let dir: string;
  const ids = { open: randomUUID(), secret: randomUUID(), vessel: randomUUID() };
  let dossierId = '';
  const SECRET_SUMMARY = `Second sighting, secret source ${randomUUID()}`;

  const get = (who: string | undefined, path: string) => request(sys.urls.intake, 'GET', path, who ? { key: sys.keys[who] } : {});

  /** PyMISP's verdict on events as the API returned them. */
  async function pymisp(...events: unknown[]): Promise<Checked[]> {
    const files = events.map((e, i) => {
      const f = join(dir, `${randomUUID()}-${i}.json`);
      writeFileSync(f, JSON.stringify(e));
      return f;
    });
    const { stdout } = await promisify(execFile)(python, [join(repo, 'test/interop/misp_check.py'), ...files], {
      env: { ...process.env, PYTHONPATH: join(repo, 'test/interop/vendor') },
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(stdout) as Checked[];
  }

  const principalId = async (name: string) =>
    (await sys.sql<{ id: string }>(`select id from identity.principals where name = $1`, [name]))[0].id;

  beforeAll(async () => {
    if (!existsSync(python)) {
      throw new Error(`${python} is missing: run .ci/run (or the venv lines of it) to install the Python side of this test`);
    }
    dir = mkdtempSync(join(tmpdir(), 'misp-'));
    sys = await startSystem(
      [
        { name: 'analyst-secret', role: 'analyst', clearance: 'secret', feeds: ['ocam'] },
        { name: 'analyst-restricted', role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
        { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      ],
      ['intake', 'audit'],
    );
    // Stored the way the intake's feed consumer stores routed signals: two signals about one
    // person share a dossier, the second secret; a vessel on its own.
    const open = exampleSignal('subject-person', 'MISP-1');
    const secret = exampleSignal('subject-person', 'MISP-2');
    Object.assign(secret, { classification: 'secret', handling: 'H3', urgency: 'immediate', summary: SECRET_SUMMARY });
    secret.subjects[0].givenNames = 'Maxime';
    const vessel = exampleSignal('subject-vessel', 'MISP-3');
    const event = (signalId: string, s: Record<string, unknown>, correlationId: string) => ({
      e: {
        eventId: randomUUID(),
        occurredAt: new Date().toISOString(),
        signalId,
        traceId: randomUUID().replace(/-/g, ''),
        agency: 'customs',
        feed: 'ocam',
        correlationId,
        ruleId: 'test',
        ruleVersion: 1,
        signal: s as never,
      } satisfies FeedSignalEvent,
      dueAt: new Date(Date.now() + 86_400_000),
    });
    await sys.apps.intake
      .get(IntakeRepository)
      .transaction((tx) =>
        tx.insertSignals([event(ids.open, open, 'corr-1'), event(ids.secret, secret, 'corr-1'), event(ids.vessel, vessel, 'corr-2')]),
      );
    const rows = await sys.sql<{ dossierId: string }>(
      `select dossier_id as "dossierId" from intake.signals where signal_id = any($1::uuid[])`,
      [[ids.open, ids.secret]],
    );
    expect(new Set(rows.map((r) => r.dossierId)).size).toBe(1);
    dossierId = rows[0].dossierId;
  });

  afterAll(async () => {
    await sys?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a signal as a MISP event PyMISP loads with no error, its person in the person template; the export is in the ledger', async () => {
    const r = await get('analyst-secret', `/v1/signals/${ids.open}/misp`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const vessel = await get('analyst-secret', `/v1/signals/${ids.vessel}/misp`);
    const [person, ship] = await pymisp(r.body, vessel.body);
    expect(person.errors).toEqual([]);
    expect(ship.errors).toEqual([]);
    expect(person.templates).toEqual({ person: 1, geolocation: 1, annotation: 1, report: 1 });
    expect(ship.templates).toMatchObject({ 'ftm-Vessel': 1, report: 1 });
    expect(person.values).toEqual(expect.arrayContaining(['Van der Voorbeeld', 'EM 123456', ids.open]));
    expect(person).toMatchObject({ distribution: 0, threat_level_id: 3, analysis: 0, date: '2026-11-20' });
    expect(person.tags).toEqual(expect.arrayContaining(['tlp:amber+strict', 'passerelle:category="terrorism.travel"']));
    // Deterministic: the same signal gives the same event.
    expect((await get('analyst-secret', `/v1/signals/${ids.open}/misp`)).body).toEqual(r.body);

    const actor = `principal:${await principalId('analyst-secret')}`;
    await eventually(
      async () => {
        const rows = await sys.sql<{ signalId: string }>(
          `select signal_id as "signalId" from audit.ledger
            where action = 'access.recorded' and actor = $1 and details->>'endpoint' = 'GET /v1/signals/{id}/misp'`,
          [actor],
        );
        const read = rows.map((x) => x.signalId);
        return read.includes(ids.open) && read.includes(ids.vessel) ? rows : undefined;
      },
      { what: 'both exports in the ledger as reads of their signals' },
    );
  });

  it('a dossier as one event: the secret analyst gets both signals and their link, the restricted analyst only what it may see', async () => {
    const all = await get('analyst-secret', `/v1/dossiers/${dossierId}/misp`);
    const low = await get('analyst-restricted', `/v1/dossiers/${dossierId}/misp`);
    expect([all.status, low.status]).toEqual([200, 200]);
    const [a, l] = await pymisp(all.body, low.body);
    expect(a.errors).toEqual([]);
    expect(l.errors).toEqual([]);
    expect(a.templates.report).toBe(2);
    expect(l.templates.report).toBe(1);
    expect(a.values).toEqual(expect.arrayContaining([ids.open, ids.secret, SECRET_SUMMARY]));
    // Nothing of the secret signal reaches the restricted analyst: not its id, summary or names.
    expect(l.values).toContain(ids.open);
    expect(l.values.filter((v) => v === ids.secret || v === SECRET_SUMMARY || v === 'Maxime')).toEqual([]);
    expect(JSON.stringify(low.body)).not.toContain(ids.secret);
    // The strictest marking and the most urgent threat level of what each may see.
    expect(a.tags).toEqual(expect.arrayContaining(['tlp:red', 'passerelle:classification="secret"']));
    expect(l.tags).toEqual(expect.arrayContaining(['tlp:amber+strict', 'passerelle:classification="restricted"']));
    expect(l.tags.join(' ')).not.toContain('secret');
    expect([a.threat_level_id, l.threat_level_id]).toEqual([1, 3]);
    // The dossier link: the second report refers to the first (references: report → its parts, plus the link).
    expect(a.references - l.references).toBeGreaterThan(l.references);
    const reports = (
      all.body.Event.Object as { name: string; uuid: string; ObjectReference: { relationship_type: string; referenced_uuid: string }[] }[]
    ).filter((o) => o.name === 'report');
    expect(reports[1].ObjectReference).toEqual(
      expect.arrayContaining([expect.objectContaining({ relationship_type: 'related-to', referenced_uuid: reports[0].uuid })]),
    );

    const actor = `principal:${await principalId('analyst-restricted')}`;
    await eventually(
      async () => {
        const rows = await sys.sql<{ signalId: string }>(
          `select signal_id as "signalId" from audit.ledger
            where action = 'access.recorded' and actor = $1 and details->>'endpoint' = 'GET /v1/dossiers/{id}/misp'`,
          [actor],
        );
        if (!rows.length) return undefined;
        expect(rows.map((x) => x.signalId)).toEqual([ids.open]);
        return rows;
      },
      { what: "the restricted analyst's dossier export in the ledger, as a read of the one signal it holds" },
    );
  });

  it('a signal the reader may not see is a 404, recorded as a denied attempt; other bad requests get problem+json', async () => {
    const denied = await get('analyst-restricted', `/v1/signals/${ids.secret}/misp`);
    expect(denied.status).toBe(404);
    expect(denied.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(denied.body)).not.toContain(SECRET_SUMMARY);
    const actor = `principal:${await principalId('analyst-restricted')}`;
    await eventually(
      async () => {
        const rows = await sys.sql<{ details: Record<string, unknown> }>(
          `select details from audit.ledger where action = 'access.denied' and actor = $1 and details->>'resourceId' = $2`,
          [actor, ids.secret],
        );
        if (!rows.length) return undefined;
        expect(rows[0].details).toMatchObject({ endpoint: 'GET /v1/signals/{id}/misp', status: 404 });
        return rows;
      },
      { what: 'the refused export recorded as a denied attempt' },
    );

    const cases: [string | undefined, string, number][] = [
      [undefined, `/v1/signals/${ids.open}/misp`, 401],
      ['poc-customs', `/v1/signals/${ids.open}/misp`, 403],
      ['analyst-secret', '/v1/signals/not-a-uuid/misp', 400],
      ['analyst-secret', `/v1/dossiers/${randomUUID()}/misp`, 404],
      ['analyst-secret', `/v1/signals/${randomUUID()}/misp`, 404],
    ];
    for (const [who, path, status] of cases) {
      const r = await get(who, path);
      expect([path, who, r.status, r.headers.get('content-type')?.split(';')[0]]).toEqual([path, who, status, 'application/problem+json']);
    }
  });
});
