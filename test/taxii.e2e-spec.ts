import { eventually } from '@passerelle/testing';
import { FeedSignalEvent } from '@passerelle/contracts';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createHash, randomUUID } from 'node:crypto';
import { IntakeRepository } from '../apps/intake/src/feeds/intake.repository';
import { collectionId, ourId } from '../apps/intake/src/taxii/stix-mapping';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * TAXII 2.1 with clients nobody here wrote: the OASIS taxii2-client pages through an analyst's
 * collection, stix2-validator validates every object and stix2 parses them (test/interop). A
 * lower clearance gets fewer objects and none of a signal it may not see; bad requests get TAXII
 * errors; every read and every refusal is in the ledger.
 */
jest.setTimeout(120_000);

const repo = join(__dirname, '..');
const python = join(repo, '.passerelle/pyenv/bin/python');
const TAXII = 'application/taxii+json;version=2.1';
const SIGNALS = 60;

interface Pulled {
  pages: number;
  objects: { id: string; type: string; external_references?: { source_name: string; external_id: string }[]; target_ref?: string }[];
  manifest: string[];
  bundle_objects: number;
  errors: string[];
  warnings: Record<string, number>;
  sco_ids: [string, string][];
  misp: {
    success: number;
    events: number;
    objects: number;
    attributes: number;
    notes: number;
    event_reports: string[];
    errors: string[];
    warnings: string[];
  };
}

describe('TAXII 2.1 server', () => {
  let sys: RunningSystem;
  const secret: string[] = [];
  const restricted: string[] = [];
  const collection = collectionId('ocam');
  const objectsPath = `/taxii2/passerelle/collections/${collection}/objects/`;

  const taxii = (who: string, path: string, accept = TAXII) =>
    request(sys.urls.intake, 'GET', path, { key: sys.keys[who], headers: { accept } });

  async function pull(who: string): Promise<Pulled> {
    const { stdout } = await promisify(execFile)(
      python,
      [join(repo, 'test/interop/taxii_pull.py'), `${sys.urls.intake}/taxii2/`, sys.keys[who], 'ocam', '50'],
      { env: { ...process.env, PYTHONPATH: join(repo, 'test/interop/vendor') }, maxBuffer: 64 * 1024 * 1024 },
    );
    return JSON.parse(stdout) as Pulled;
  }

  /** The signal ids whose reports are in a pull. */
  const reportsOf = (p: Pulled) =>
    p.objects
      .filter((o) => o.type === 'report')
      .map((o) => o.external_references!.find((r) => r.source_name === 'passerelle')!.external_id);

  beforeAll(async () => {
    if (!existsSync(python)) {
      throw new Error(`${python} is missing: run .ci/run (or the venv lines of it) to install the Python side of this test`);
    }
    sys = await startSystem(
      [
        { name: 'analyst-secret', role: 'analyst', clearance: 'secret', feeds: ['ocam'] },
        { name: 'analyst-restricted', role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
      ],
      ['intake', 'audit'],
    );
    // Seeded straight into the intake's store, the way its feed consumer stores signals: pairs of
    // signals about one person share a dossier; every third pair's second signal is secret.
    const events: { e: FeedSignalEvent; dueAt: Date }[] = [];
    for (let i = 0; i < SIGNALS; i++) {
      const s = exampleSignal('subject-person', `TAXII-${i}`);
      const pair = Math.floor(i / 2);
      s.subjects[0].documents[0].number = `TX${pair}000`;
      s.classification = i % 2 === 1 && pair % 3 === 0 ? 'secret' : 'restricted';
      const signalId = randomUUID();
      (s.classification === 'secret' ? secret : restricted).push(signalId);
      // Some with an e-mail address and a source document: SCOs, whose ids STIX derives.
      if (i % 10 === 0) {
        s.subjects.push({ kind: 'email', address: `taxii${i}@example.be` });
        s.sourceDocuments = [{ sha256: createHash('sha256').update(`doc${i}`).digest('hex'), title: `report-${i}.pdf` }];
      }
      events.push({
        e: {
          eventId: randomUUID(),
          occurredAt: new Date().toISOString(),
          signalId,
          traceId: randomUUID().replace(/-/g, ''),
          agency: 'customs',
          feed: 'ocam',
          correlationId: `corr-${pair}`,
          ruleId: 'test',
          ruleVersion: 1,
          signal: s as never,
        },
        dueAt: new Date(Date.now() + 86_400_000),
      });
    }
    await sys.apps.intake.get(IntakeRepository).transaction((tx) => tx.insertSignals(events));
  });

  afterAll(async () => {
    await sys?.close();
  });

  it('taxii2-client pages through ≥ 250 objects; stix2-validator finds no error; stix2 parses them; every read is in the ledger', async () => {
    const p = await pull('analyst-secret');
    expect(p.objects.length).toBeGreaterThanOrEqual(250);
    expect(p.pages).toBeGreaterThan(5);
    expect(p.errors).toEqual([]);
    expect(p.bundle_objects).toBe(p.objects.length);
    expect(new Set(p.objects.map((o) => o.id)).size).toBe(p.objects.length);
    expect(p.manifest).toEqual(p.objects.map((o) => o.id));
    expect(reportsOf(p).sort()).toEqual([...secret, ...restricted].sort());
    // A dossier link is a relationship between the two signals' reports.
    expect(p.objects.filter((o) => o.type === 'relationship').length).toBe(SIGNALS / 2);
    // Deterministic ids: the same signal gives the same report id.
    expect(p.objects.map((o) => o.id)).toContain(ourId('report', secret[0]));
    // The validator's warnings are the two docs/interoperability.md lists: ids that are not UUIDv4
    // (ours are UUIDv5, deterministic) and the catalogue's pattern_type outside the open vocabulary.
    expect(Object.keys(p.warnings).sort()).toEqual(['103', '245']);
    // SCO ids as the OASIS stix2 library derives them.
    expect(p.sco_ids.length).toBe(SIGNALS / 5);
    expect(p.sco_ids.filter(([ours, theirs]) => ours !== theirs)).toEqual([]);
    // MISP's own converter (misp-stix) imports the bundle as a MISP instance would: one event per
    // report, no error; PyMISP loads each event it wrote.
    expect(p.misp.errors).toEqual([]);
    expect(p.misp.warnings).toEqual([]);
    expect(p.misp.success).toBe(1);
    expect(p.misp.events).toBe(SIGNALS);
    expect(new Set(p.misp.event_reports)).toEqual(new Set(['terrorism.travel signal from customs']));
    // Each report's context note comes along as the event's note; each subject as a MISP object.
    expect(p.misp.notes).toBe(SIGNALS);
    expect(p.misp.objects).toBeGreaterThanOrEqual(SIGNALS);

    const [{ id }] = await sys.sql<{ id: string }>(`select id from identity.principals where name = 'analyst-secret'`);
    await eventually(
      async () => {
        const rows = await sys.sql<{ signalId: string | null; details: string }>(
          `select signal_id as "signalId", details::text as details from audit.ledger
            where action = 'access.recorded' and actor = $1 and details->>'endpoint' = $2`,
          [`principal:${id}`, 'GET /taxii2/passerelle/collections/{id}/objects'],
        );
        const text = rows.map((r) => `${r.signalId ?? ''} ${r.details}`).join(' ');
        const missing = [...secret, ...restricted].filter((s) => !text.includes(s));
        if (missing.length) throw new Error(`${missing.length} signal(s) read through TAXII not in the ledger yet`);
        return rows;
      },
      { what: 'a read of each signal pulled through TAXII in the ledger' },
    );
  });

  it('a lower clearance pulls fewer objects, and none of a signal it may not see', async () => {
    const all = await pull('analyst-secret');
    const low = await pull('analyst-restricted');
    expect(low.errors).toEqual([]);
    expect(low.objects.length).toBeLessThan(all.objects.length);
    expect(reportsOf(low).sort()).toEqual([...restricted].sort());
    // Nothing of a secret signal: not its report, statement marking, subjects, location or note, and no link to it.
    const lowIds = new Set(low.objects.map((o) => o.id));
    const ofSecret = secret.flatMap((s) => [
      ourId('report', s),
      ourId('marking-definition', `${s}:statement`),
      ourId('identity', `${s}:subject:0`),
      ourId('location', `${s}:location`),
      ourId('note', `${s}:context`),
    ]);
    const allIds = new Set(all.objects.map((o) => o.id));
    expect(ofSecret.every((i) => allIds.has(i))).toBe(true);
    expect(ofSecret.filter((i) => lowIds.has(i))).toEqual([]);
    expect(low.objects.filter((o) => o.target_ref && ofSecret.includes(o.target_ref))).toEqual([]);
  });

  it('bad requests get TAXII errors: 406, 400, a cursor of another principal, past the end, 404 recorded as denied', async () => {
    const wrongAccept = await taxii('analyst-secret', objectsPath, 'application/json');
    expect(wrongAccept.status).toBe(406);
    expect(wrongAccept.headers.get('content-type')).toBe(TAXII);
    expect(wrongAccept.body).toMatchObject({ http_status: '406', title: expect.any(String) });
    // The problem's stable code in TAXII's `details` (server-specific, §3.6.1): what a client switches on.
    expect(wrongAccept.body.details).toEqual({ code: 'taxii-only' });

    for (const q of ['added_after=yesterday', 'added_after=2026-13-45T99:00:00Z', 'limit=0', 'limit=-3', 'limit=ten']) {
      const r = await taxii('analyst-secret', `${objectsPath}?${q}`);
      expect([q, r.status, r.body.http_status]).toEqual([q, 400, '400']);
      expect([q, r.body.details?.code]).toEqual([q, expect.stringMatching(/^[a-z][a-z0-9-]+$/)]);
    }

    const first = await taxii('analyst-secret', `${objectsPath}?limit=5`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe(TAXII);
    expect(first.body.more).toBe(true);
    const stolen = await taxii('analyst-restricted', `${objectsPath}?limit=5&next=${first.body.next}`);
    expect(stolen.status).toBe(400);
    expect(stolen.body.details).toEqual({ code: 'bad-next' });

    // Past the end: the last page has no next; added_after the newest object gives an empty envelope.
    const whole = await taxii('analyst-secret', `${objectsPath}?limit=1000`);
    expect(whole.body.more).toBe(false);
    expect(whole.body.next).toBeUndefined();
    const n = whole.body.objects.length;
    const butLast = await taxii('analyst-secret', `${objectsPath}?limit=${n - 1}`);
    expect(butLast.body.more).toBe(true);
    const last = await taxii('analyst-secret', `${objectsPath}?limit=${n}&next=${butLast.body.next}`);
    expect(last.body).toEqual({ more: false, objects: [whole.body.objects[n - 1]] });
    const newest = whole.headers.get('x-taxii-date-added-last');
    const end = await taxii('analyst-secret', `${objectsPath}?added_after=${newest}`);
    expect(end.status).toBe(200);
    expect(end.body).toEqual({ more: false });

    const madeUp = randomUUID();
    const unknown = await taxii('analyst-secret', `/taxii2/passerelle/collections/${madeUp}/objects/`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe(TAXII);
    expect(unknown.body).toMatchObject({ http_status: '404', title: expect.any(String), details: { code: expect.any(String) } });
    const [{ id }] = await sys.sql<{ id: string }>(`select id from identity.principals where name = 'analyst-secret'`);
    await eventually(
      async () => {
        const rows = await sys.sql<{ details: Record<string, unknown> }>(
          `select details from audit.ledger where action = 'access.denied' and actor = $1 and details->>'resourceId' = $2`,
          [`principal:${id}`, madeUp],
        );
        if (!rows.length) return undefined;
        expect(rows[0].details).toMatchObject({
          endpoint: 'GET /taxii2/passerelle/collections/{id}/objects',
          status: 404,
          reason: 'not-found',
        });
        return rows;
      },
      { what: 'the made-up collection recorded as a denied attempt' },
    );
  });

  it('match[type] and match[id] filter the objects; match[spec_version] other than 2.1 matches nothing', async () => {
    const reports = await taxii('analyst-secret', `${objectsPath}?limit=1000&match[type]=report`);
    expect(reports.body.objects.map((o: { type: string }) => o.type)).toEqual(Array(SIGNALS).fill('report'));
    const one = ourId('report', restricted[3]);
    const byId = await taxii('analyst-secret', `${objectsPath}?match[id]=${one}`);
    expect(byId.body.objects.map((o: { id: string }) => o.id)).toEqual([one]);
    const manifest = await taxii('analyst-secret', `/taxii2/passerelle/collections/${collection}/manifest/?match[id]=${one}`);
    expect(manifest.body.objects).toEqual([
      { id: one, date_added: expect.any(String), version: expect.any(String), media_type: 'application/stix+json;version=2.1' },
    ]);
    expect((await taxii('analyst-secret', `${objectsPath}?match[spec_version]=2.0`)).body).toEqual({ more: false });
  });

  it('discovery, API root and collections answer in TAXII media type; the restricted analyst sees the same collection', async () => {
    const d = await taxii('analyst-restricted', '/taxii2/');
    expect(d.status).toBe(200);
    expect(d.body.api_roots).toEqual([`${sys.urls.intake}/taxii2/passerelle/`]);
    const c = await taxii('analyst-restricted', '/taxii2/passerelle/collections/');
    expect(c.body.collections.map((x: { id: string }) => x.id)).toEqual([collection]);
    expect((await request(sys.urls.intake, 'GET', '/taxii2/')).body).toMatchObject({ http_status: '401', details: { code: 'no-key' } });
  });
});
