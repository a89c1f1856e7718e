import { eventually } from '@passerelle/testing';
import { collectionId } from '../apps/intake/src/taxii/stix-mapping';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Issue 29, item 5: a principal holding a clearance reads no signal until it has acknowledged the
 * security briefing in force; the refusal is a 403 problem `briefing-required`, recorded as a denied
 * attempt; the acknowledgement (version, digest, when) is in the ledger; a new version needs a new
 * acknowledgement. A principal without a clearance is not held back.
 */
jest.setTimeout(3 * 60_000);

const BRIEFING_REQUIRED = 'urn:passerelle:problem:briefing-required';

interface Entry {
  actor: string;
  action: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- details are asserted field by field
  details: any;
}

describe('security briefing acknowledgement', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  let confidential: string;
  let unclassified: string;
  let dossier: string;

  const get = (who: string, path: string, headers: Record<string, string> = {}) =>
    request(sys.urls.intake, 'GET', path, { key: sys.keys[who], headers });
  const post = (who: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    request(sys.urls.intake, 'POST', path, { key: sys.keys[who], body, headers });
  const feed = (who: string) => get(who, '/v1/feeds/ocam/signals');
  const ledger = (where: string, params: unknown[]) =>
    sys.sql<Entry>(`select actor, action, details from audit.ledger where ${where} order by seq`, params);
  const entries = (what: string, where: string, params: unknown[], n = 1) =>
    eventually(
      async () => {
        const rows = await ledger(where, params);
        return rows.length >= n ? rows : undefined;
      },
      { what, timeoutMs: 60_000 },
    );

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'analyst-new', role: 'analyst', clearance: 'confidential', feeds: ['ocam'], briefed: false },
      { name: 'analyst-plain', role: 'analyst', clearance: 'unclassified', feeds: ['ocam'], briefed: false },
      { name: 'officer-ocam', role: 'security-officer', clearance: 'secret' },
      { name: 'officer-customs', role: 'security-officer', agency: 'customs', clearance: 'secret' },
    ]);
    for (const r of await sys.sql<{ id: string; name: string }>(`select id::text, name from identity.principals`)) ids[r.name] = r.id;
    const submit = async (classification: string) => {
      const s = exampleSignal('subject-person');
      s.classification = classification;
      const r = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: s });
      expect(r.status).toBe(202);
      return r.body.signalId as string;
    };
    confidential = await submit('confidential');
    unclassified = await submit('unclassified');
    const rows = await eventually(
      async () => {
        const r = await sys.sql<{ dossier_id: string }>(`select dossier_id::text from intake.signals where signal_id = any($1)`, [
          [confidential, unclassified],
        ]);
        return r.length === 2 ? r : undefined;
      },
      { what: 'both signals in the intake', timeoutMs: 60_000 },
    );
    dossier = rows[0].dossier_id;
  });

  afterAll(async () => {
    await sys?.close();
  });

  it('refuses every read of content to a cleared principal that has not acknowledged: 403 briefing-required', async () => {
    const reads = [
      await feed('analyst-new'),
      await get('analyst-new', `/v1/signals/${confidential}`),
      await get('analyst-new', `/v1/signals/${unclassified}`),
      await get('analyst-new', `/v1/dossiers/${dossier}`),
      await get('analyst-new', '/v1/feeds/ocam/stream'),
      await get('analyst-new', `/v1/signals/${confidential}/misp`),
    ];
    for (const r of reads) {
      expect(r.status).toBe(403);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.body).toMatchObject({ type: BRIEFING_REQUIRED, status: 403, briefingVersion: 1 });
      expect(r.body.detail).toContain('/v1/me/briefing');
      expect(r.body.items).toBeUndefined();
    }
    expect(reads[0].body.title).toBe('Security briefing not acknowledged');
    const fr = await get('analyst-new', '/v1/feeds/ocam/signals', { 'accept-language': 'fr' });
    expect(fr.body).toMatchObject({ type: BRIEFING_REQUIRED, title: 'Briefing de sécurité non confirmé', briefingVersion: 1 });
    expect(fr.body.detail).toContain('version 1');
    // TAXII answers in its own error format, with the same code.
    const taxii = await get('analyst-new', `/taxii2/passerelle/collections/${collectionId('ocam')}/objects/`, {
      accept: 'application/taxii+json;version=2.1',
    });
    expect(taxii.status).toBe(403);
    expect(taxii.body).toMatchObject({ http_status: '403', error_code: BRIEFING_REQUIRED });

    // Each refusal is a denied attempt in the ledger, with its reason.
    const denied = await entries(
      'the refusals in the ledger',
      `action = 'access.denied' and actor = $1 and details->>'reason' = 'briefing-required'`,
      [`principal:${ids['analyst-new']}`],
      8,
    );
    expect(denied.map((e) => e.details.endpoint).sort()).toEqual(
      [
        'GET /taxii2/passerelle/collections/{id}/objects',
        'GET /v1/dossiers/{id}',
        'GET /v1/feeds/{feed}/signals',
        'GET /v1/feeds/{feed}/signals',
        'GET /v1/feeds/{feed}/stream',
        'GET /v1/signals/{id}',
        'GET /v1/signals/{id}',
        'GET /v1/signals/{id}/misp',
      ].sort(),
    );
    expect(denied.every((e) => e.details.status === 403)).toBe(true);
  });

  it('does not hold back a principal without a clearance: it reads what is unclassified', async () => {
    const r = await feed('analyst-plain');
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: { signalId: string }) => i.signalId)).toEqual([unclassified]);
  });

  it('the briefing in force, acknowledged once (409 for another version), then reads; the ledger has version and digest', async () => {
    const b = await get('analyst-new', '/v1/me/briefing');
    expect(b.status).toBe(200);
    expect(b.body).toMatchObject({ version: 1, language: 'en', languages: ['en', 'fr', 'nl'], acknowledgedAt: null, required: true });
    expect(b.body.text).toContain('need to know');
    expect(b.body.digest).toMatch(/^[0-9a-f]{64}$/);
    // The same version in French and in Dutch: its own text and digest in each language.
    const fr = await get('analyst-new', '/v1/me/briefing', { 'accept-language': 'fr-BE' });
    const nl = await get('analyst-new', '/v1/me/briefing', { 'accept-language': 'nl-BE' });
    expect(fr.body).toMatchObject({ version: 1, language: 'fr', acknowledgedAt: null });
    expect(nl.body).toMatchObject({ version: 1, language: 'nl', acknowledgedAt: null });
    expect(fr.body.text).toContain('besoin d’en connaître');
    expect(nl.body.text).toContain('veiligheidsmachtiging');
    expect(new Set([b.body.digest, fr.body.digest, nl.body.digest]).size).toBe(3);

    const wrong = await post('analyst-new', '/v1/me/briefing/acknowledgement', { version: 2 });
    expect(wrong.status).toBe(409);
    expect(wrong.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await post('analyst-new', '/v1/me/briefing/acknowledgement', { version: 'one' })).status).toBe(400);

    // Acknowledged in the language it was read in (Accept-Language, as the console sends it).
    const ack = await post('analyst-new', '/v1/me/briefing/acknowledgement', { version: 1 }, { 'accept-language': 'fr-BE' });
    expect(ack.status).toBe(200);
    expect(ack.body.version).toBe(1);
    const again = await post('analyst-new', '/v1/me/briefing/acknowledgement', { version: 1 });
    expect(again.body).toEqual(ack.body);
    expect((await get('analyst-new', '/v1/me/briefing')).body.acknowledgedAt).toBe(ack.body.acknowledgedAt);

    const r = await feed('analyst-new');
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: { signalId: string }) => i.signalId).sort()).toEqual([confidential, unclassified].sort());

    const [e, ...more] = await entries('the acknowledgement in the ledger', `action = 'principal.briefing-acknowledged' and actor = $1`, [
      `principal:${ids['analyst-new']}`,
    ]);
    expect(more).toEqual([]);
    expect(e.details.principalId).toBe(ids['analyst-new']);
    expect(e.details.attributes).toEqual({
      briefingVersion: 1,
      briefingLanguage: 'fr',
      briefingDigest: fr.body.digest,
      acknowledgedAt: ack.body.acknowledgedAt,
    });
    expect(JSON.stringify(e)).not.toContain('need to know');
    expect(JSON.stringify(e)).not.toContain('besoin d’en connaître');
  });

  it("a new version, published by OCAM's officer only, must be acknowledged again", async () => {
    const text = 'Security briefing, version 2: classified items are never discussed on the phone. Ask your officer when in doubt.';
    const texts = {
      en: text,
      fr: 'Briefing de sécurité, version 2 : on ne parle jamais d’un élément classifié au téléphone. En cas de doute, demandez à votre officier.',
      nl: 'Veiligheidsbriefing, versie 2: over geclassificeerde stukken wordt nooit aan de telefoon gesproken. Vraag bij twijfel uw officier.',
    };
    const agency = await post('officer-customs', '/v1/admin/briefings', { texts });
    expect(agency.status).toBe(403);
    expect(agency.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await post('analyst-new', '/v1/admin/briefings', { texts })).status).toBe(403);
    expect((await post('officer-ocam', '/v1/admin/briefings', { texts: { ...texts, fr: 'court' } })).status).toBe(400);
    // Every language at once: a version in English only, or without Dutch, is refused.
    const english = await post('officer-ocam', '/v1/admin/briefings', { text });
    expect(english.status).toBe(400);
    const noDutch = await post('officer-ocam', '/v1/admin/briefings', { texts: { en: texts.en, fr: texts.fr } });
    expect(noDutch.status).toBe(400);
    expect(noDutch.body.errors.map((x: { path: string }) => x.path)).toContain('texts.nl');

    const published = await post('officer-ocam', '/v1/admin/briefings', { texts });
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(2);

    const refused = await feed('analyst-new');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ type: BRIEFING_REQUIRED, briefingVersion: 2 });
    // The old acknowledgement no longer counts, and cannot be given again for the old text.
    expect((await post('analyst-new', '/v1/me/briefing/acknowledgement', { version: 1 })).status).toBe(409);
    const b = await get('analyst-new', '/v1/me/briefing');
    expect(b.body).toMatchObject({ version: 2, text, language: 'en', languages: ['en', 'fr', 'nl'], acknowledgedAt: null });
    const nl = await get('analyst-new', '/v1/me/briefing', { 'accept-language': 'nl' });
    expect(nl.body).toMatchObject({ version: 2, text: texts.nl, language: 'nl' });
    expect((await post('analyst-new', '/v1/me/briefing/acknowledgement', { version: 2 })).status).toBe(200);
    expect((await feed('analyst-new')).status).toBe(200);

    const [e] = await entries('the publication in the ledger', `action = 'principal.briefing-published' and actor = $1`, [
      `principal:${ids['officer-ocam']}`,
    ]);
    expect(e.details.attributes).toEqual({ briefingVersion: 2, briefingDigest: b.body.digest });
    expect(JSON.stringify(e)).not.toContain('phone');
    expect(JSON.stringify(e)).not.toContain('telefoon');
  });
});
