import { Client } from 'pg';
import { exampleSignal, Reply, request } from './support/http';
import { parseResponses, rawExchange } from './support/raw-http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Problem details in the request's language (issue 27, item 1): the gateway on real Kafka and
 * Postgres answers the same refusal in French, Dutch and English — `type`, `status`, field paths,
 * reasons and codes the same; `title`, `detail` and each field's `message` in the language asked for.
 */
describe('problem details in the language of Accept-Language', () => {
  let sys: RunningSystem;
  let gw: (method: string, path: string, opts?: Parameters<typeof request>[3]) => Promise<Reply>;
  let poc: string;

  beforeAll(async () => {
    sys = await startSystem([{ name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' }], ['agency-gateway']);
    gw = (method, path, opts) => request(sys.urls['agency-gateway'], method, path, opts);
    poc = sys.keys['poc-customs'];
  });

  afterAll(async () => {
    await sys?.close();
  });

  /**
   * One submission with six faults: an empty reference, an unknown category, a field no contract
   * has, a bad IBAN, a plate and a country the contract words itself.
   */
  function invalidSubmission() {
    const s = exampleSignal('minimal');
    s.externalRef = '';
    s.category = 'not-a-category';
    s.colour = 'blue';
    s.subjects.push({ kind: 'iban', iban: 'BE00 0000' });
    s.subjects.push({ kind: 'vehicle', plate: '1-ABC_123', registrationCountry: 'Belgium' });
    return s;
  }

  const submit = (language: string | undefined, body: unknown = invalidSubmission()) =>
    gw('POST', '/v1/signals', { key: poc, body, headers: language ? { 'accept-language': language } : {} });

  it('the same invalid submission: same type and field paths, title and detail in fr, nl and en', async () => {
    const [fr, nl, en, none] = await Promise.all([submit('fr-BE,fr;q=0.9,en;q=0.5'), submit('nl-BE'), submit('en'), submit(undefined)]);
    for (const r of [fr, nl, en, none]) {
      expect(r.status).toBe(400);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.body.type).toBe('urn:passerelle:problem:validation');
    }
    type FieldError = { path: string; reason: string; code: string; message: string };
    const errors = (r: Reply) => r.body.errors as FieldError[];
    const paths = (r: Reply) =>
      errors(r)
        .map((e) => e.path)
        .sort();
    expect(paths(en)).toEqual(
      expect.arrayContaining(['category', 'externalRef', 'subjects[1].iban', 'subjects[2].plate', 'subjects[2].registrationCountry']),
    );
    expect(paths(en).some((p) => p.includes('colour'))).toBe(true);
    // The same facts in every language: each field's path, reason and stable code; only its message is translated.
    const facts = (r: Reply) => errors(r).map(({ path, reason, code }) => ({ path, reason, code }));
    expect(facts(fr)).toEqual(facts(en));
    expect(facts(nl)).toEqual(facts(en));
    expect(none.body).toEqual(en.body);
    const at = (r: Reply, path: string) => errors(r).filter((e) => e.path === path);
    // An empty reference is both too short and not of the reference's form: two errors, two codes.
    expect(at(en, 'externalRef').map((e) => e.code)).toEqual(expect.arrayContaining(['bad-length', 'bad-format']));
    expect(at(en, 'externalRef')).toHaveLength(2);
    expect(at(en, 'category').map((e) => e.code)).toEqual(['unknown-code']);
    expect(at(en, 'subjects[1].iban').map((e) => e.code)).toEqual(['is-iban']);
    expect(at(en, 'subjects[2].plate').map((e) => e.code)).toEqual(['bad-format']);
    expect(at(en, 'subjects[2].registrationCountry').map((e) => e.code)).toEqual(['is-iso31661-alpha2']);
    expect(errors(en).find((e) => e.path.includes('colour'))?.code).toBe('unknown-field');
    // Each field's message in the language asked for, without the field's name (the path gives it).
    const messages = (r: Reply, path: string) =>
      at(r, path)
        .sort((x, y) => x.code.localeCompare(y.code))
        .map((e) => e.message);
    // (sorted by code: bad-format, bad-length)
    expect(messages(en, 'externalRef')).toEqual(['may hold letters, digits and . _ : / - only', 'must be at least 1 characters long']);
    expect(messages(fr, 'externalRef')).toEqual([
      'ne peut contenir que des lettres, des chiffres et . _ : / -',
      'doit compter au moins 1 caractères',
    ]);
    expect(messages(nl, 'externalRef')).toEqual(['mag alleen letters, cijfers en . _ : / - bevatten', 'moet minstens 1 tekens lang zijn']);
    expect(messages(fr, 'subjects[2].plate')).toEqual(['ne peut contenir que des lettres, des chiffres, des espaces, - et .']);
    expect(messages(nl, 'subjects[2].plate')).toEqual(['mag alleen letters, cijfers, spaties, - en . bevatten']);
    expect(messages(fr, 'subjects[2].registrationCountry')).toEqual(['doit être un code de pays ISO 3166-1 alpha-2, p. ex. BE']);
    expect(messages(nl, 'subjects[2].registrationCountry')).toEqual(['moet een landcode ISO 3166-1 alpha-2 zijn, bv. BE']);
    // No English message in French or Dutch: every code of the contract has its words in each language.
    for (const r of [fr, nl])
      for (const e of errors(r)) {
        const english = errors(en).find((x) => x.path === e.path && x.code === e.code)!.message;
        expect({ path: e.path, message: e.message }).not.toEqual({ path: e.path, message: english });
        expect({ path: e.path, message: e.message }).not.toEqual({ path: e.path, message: e.reason });
      }

    expect(en.headers.get('content-language')).toBe('en');
    expect(fr.headers.get('content-language')).toBe('fr');
    expect(nl.headers.get('content-language')).toBe('nl');
    expect(en.body.title).toBe('The request does not follow the contract');
    expect(fr.body.title).toBe('La requête ne respecte pas le contrat');
    expect(nl.body.title).toBe('Het verzoek volgt het contract niet');

    // Each field's path leads its part of the detail in every language, with the reason in words of that language.
    for (const r of [fr, nl, en]) for (const p of paths(en)) expect(r.body.detail).toContain(`${p}: `);
    // The refused code, quoted, as the English reason quotes it (no taxonomy code is close to this one).
    expect(fr.body.detail).toContain('category: «\u00a0not-a-category\u00a0» n’est pas un code du catalogue');
    expect(fr.body.detail).toContain('subjects[1].iban: doit être un IBAN');
    expect(fr.body.detail).toContain('n’est pas un champ du contrat');
    expect(fr.body.detail).toMatch(/externalRef: doit compter au moins 1 caractères/);
    expect(nl.body.detail).toContain('category: ‘not-a-category’ is geen code uit de catalogus');
    expect(at(en, 'category')[0].message).toBe('“not-a-category” is not a code of the catalogue');
    expect(nl.body.detail).toContain('subjects[1].iban: moet een IBAN zijn');
    expect(nl.body.detail).toContain('is geen veld van het contract');
    // No English reason left in the French and Dutch details.
    for (const e of en.body.errors as { reason: string }[]) {
      expect(fr.body.detail).not.toContain(e.reason);
      expect(nl.body.detail).not.toContain(e.reason);
    }
  });

  it('a refusal by rule (above clearance, 403) and by the edge (unknown key, 401) in the language asked for', async () => {
    const marked = exampleSignal('minimal');
    marked.classification = 'confidential';
    const [fr, nl, en] = await Promise.all(['fr', 'nl', 'en'].map((l) => submit(l, marked)));
    for (const r of [fr, nl, en]) {
      expect(r.status).toBe(403);
      expect(r.body.type).toBe('urn:passerelle:problem:above-clearance');
      expect(r.body.errors).toEqual([
        { path: 'classification', reason: 'above-clearance', code: 'above-clearance', message: expect.any(String) },
      ]);
    }
    expect([fr, nl, en].map((r) => r.body.errors[0].message)).toEqual([
      'est marqué au-dessus de votre habilitation',
      'is hoger gemarkeerd dan uw veiligheidsmachtiging',
      'is marked above your clearance',
    ]);
    expect(en.body.detail).toMatch(/^you may mark a submission up to 'restricted' \(your clearance\); classification is marked higher/);
    expect(fr.body.detail).toMatch(
      /^vous pouvez marquer un envoi jusqu’à « restricted » \(votre habilitation\) ; classification est marqué plus haut/,
    );
    expect(nl.body.detail).toMatch(
      /^u mag een inzending markeren tot ‘restricted’ \(uw veiligheidsmachtiging\); classification is hoger gemarkeerd/,
    );

    const unknown = await Promise.all(
      ['fr', 'nl', 'en'].map((l) => gw('GET', '/v1/signals', { key: 'psl_nobody', headers: { 'accept-language': l } })),
    );
    expect(unknown.map((r) => [r.status, r.body.type, r.body.code])).toEqual([
      [401, 'urn:passerelle:problem:http-401', 'unknown-key'],
      [401, 'urn:passerelle:problem:http-401', 'unknown-key'],
      [401, 'urn:passerelle:problem:http-401', 'unknown-key'],
    ]);
    expect(unknown.map((r) => r.body.detail)).toEqual([
      'clé d’API inconnue ou révoquée',
      'onbekende of ingetrokken API-sleutel',
      'unknown or revoked API key',
    ]);
  });

  it('a batch: each rejected item’s errors with the same paths and codes, the message in the language asked for', async () => {
    const good = exampleSignal('minimal');
    const bad = exampleSignal('minimal');
    bad.subjects = [{ kind: 'phone', number: '0470 12 34 56' }];
    const [fr, nl, en] = await Promise.all(
      ['fr', 'nl', 'en'].map((l) =>
        gw('POST', '/v1/signals/batch', { key: poc, body: { signals: [good, bad] }, headers: { 'accept-language': l } }),
      ),
    );
    for (const r of [fr, nl, en]) {
      expect(r.status).toBe(200);
      expect(r.body.results[1]).toMatchObject({
        outcome: 'rejected',
        errors: [{ path: 'signals[1].subjects[0].number', code: 'bad-format', reason: expect.stringContaining('E.164') }],
      });
    }
    expect([fr, nl, en].map((r) => r.body.results[1].errors[0].message)).toEqual([
      'doit être un numéro de téléphone E.164, p. ex. +32470123456',
      'moet een E.164-telefoonnummer zijn, bv. +32470123456',
      'must be an E.164 phone number such as +32470123456',
    ]);
  });

  it('a misspelt code: the refused value and the close codes of the catalogue, in each language', async () => {
    const s = exampleSignal('minimal');
    s.category = 'terorism.travel';
    const [fr, nl, en] = await Promise.all(['fr', 'nl', 'en'].map((l) => submit(l, s)));
    const message = (r: Reply) => (r.body.errors as { path: string; code: string; message: string }[]).find((e) => e.path === 'category')!;
    for (const r of [fr, nl, en]) expect(message(r).code).toBe('unknown-code');
    expect(message(en).message).toMatch(/^“terorism\.travel” is not a code of the catalogue; did you mean terrorism\.travel[,?]/);
    expect(message(fr).message).toMatch(
      /^«\u00a0terorism\.travel\u00a0» n’est pas un code du catalogue ; vouliez-vous dire terrorism\.travel[ ,]/,
    );
    expect(message(nl).message).toMatch(/^‘terorism\.travel’ is geen code uit de catalogus; bedoelde u terrorism\.travel[,?]/);
    expect(fr.body.detail).toContain('category: «\u00a0terorism.travel\u00a0» n’est pas un code du catalogue ; vouliez-vous dire');
  });

  it('refusals said in words (a page limit, a 404): the same type and code, the detail in each language', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const ask = (path: string) =>
      Promise.all(['fr', 'nl', 'en'].map((l) => gw('GET', path, { key: poc, headers: { 'accept-language': l } })));
    const limits = await ask('/v1/signals?limit=0');
    for (const r of limits) expect([r.status, r.body.type, r.body.code]).toEqual([400, 'urn:passerelle:problem:http-400', 'bad-limit']);
    expect(limits.map((r) => r.body.detail)).toEqual([
      'limit doit être un nombre entier de 1 à 200',
      'limit moet een geheel getal van 1 tot 200 zijn',
      'limit must be an integer from 1 to 200',
    ]);
    const missing = await ask(`/v1/signals/${id}`);
    for (const r of missing) expect([r.status, r.body.type, r.body.code]).toEqual([404, 'urn:passerelle:problem:http-404', 'no-signal']);
    expect(missing.map((r) => [r.body.title, r.body.detail])).toEqual([
      ['Introuvable', `aucun signal ${id} pour votre service`],
      ['Niet gevonden', `geen signaal ${id} voor uw dienst`],
      ['Not found', `no signal ${id} for your agency`],
    ]);
    // A path identifier that is not a UUID (the gateway's receipt): 400 not-a-uuid, no longer Nest's English.
    const notUuid = await ask('/v1/signals/not-a-uuid');
    for (const r of notUuid) expect([r.status, r.body.type, r.body.code]).toEqual([400, 'urn:passerelle:problem:http-400', 'not-a-uuid']);
    expect(notUuid.map((r) => r.body.detail)).toEqual([
      'l’identifiant indiqué dans le chemin doit être un UUID',
      'de identificatiecode in het pad moet een UUID zijn',
      'the identifier in the path must be a UUID',
    ]);
    // A repeated key: the global pipe's validation problem (libs/http), its field error in each language.
    const drafts = await ask('/v1/drafts?limit=1&limit=2');
    for (const r of drafts)
      expect(r.body).toMatchObject({
        status: 400,
        type: 'urn:passerelle:problem:validation',
        errors: [expect.objectContaining({ path: 'limit', code: 'repeated-parameter' })],
      });
    expect(drafts.map((r) => (r.body.errors as { message: string }[])[0].message)).toEqual([
      expect.stringContaining('ne peut être donné qu’une fois'),
      expect.stringContaining('mag maar één keer gegeven worden'),
      expect.stringContaining('once'),
    ]);
  });

  it('a language Passerelle does not speak gets English', async () => {
    const r = await submit('de-DE, es;q=0.8');
    expect(r.headers.get('content-language')).toBe('en');
    expect(r.body.title).toBe('The request does not follow the contract');
  });
});

/**
 * The intake's refusals in the request's language (issues 24 and 27): a principal-request error, an
 * erasure error, a watchlist error (each from the one domain-error registry), the role check's 403 and
 * a malformed JSON body give the same `type`, `status` and `code` in fr, nl and en, the detail in that
 * language.
 */
describe('intake refusals in the language of Accept-Language', () => {
  let sys: RunningSystem;
  const id = '00000000-0000-4000-8000-00000000a027';

  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'officer', role: 'security-officer', clearance: 'confidential' },
        { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      ],
      ['intake'],
    );
  });

  afterAll(async () => {
    await sys?.close();
  });

  /** The same request in French, Dutch and English. */
  const ask = (who: string, method: string, path: string, raw?: string) =>
    Promise.all(
      ['fr', 'nl', 'en'].map((l) => request(sys.urls.intake, method, path, { key: sys.keys[who], raw, headers: { 'accept-language': l } })),
    );
  const same = (rs: Reply[], status: number, type: string, code: string) => {
    for (const r of rs) {
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect([r.status, r.body.type, r.body.code]).toEqual([status, `urn:passerelle:problem:${type}`, code]);
    }
    expect(rs.map((r) => r.headers.get('content-language'))).toEqual(['fr', 'nl', 'en']);
  };

  it('a principal that does not exist (principal-not-found)', async () => {
    const rs = await ask('officer', 'GET', `/v1/admin/principals/${id}`);
    same(rs, 404, 'principal-not-found', 'no-principal');
    expect(rs.map((r) => [r.body.title, r.body.detail])).toEqual([
      ['Aucun principal correspondant', `aucun principal ${id}`],
      ['Geen overeenkomstige principal', `geen principal ${id}`],
      ['No such principal', `no principal ${id}`],
    ]);
  });

  it('an erasure request that does not exist (erasure-not-found)', async () => {
    const rs = await ask('officer', 'GET', `/v1/admin/erasures/${id}`);
    same(rs, 404, 'erasure-not-found', 'no-request');
    expect(rs.map((r) => r.body.detail)).toEqual([
      `aucune demande d’effacement ${id}`,
      `geen verzoek tot wissing ${id}`,
      `no erasure request ${id}`,
    ]);
  });

  it('a watchlist the analyst does not own (watchlist-not-marked)', async () => {
    const rs = await ask('analyst', 'GET', '/v1/watchlists/ftf/usage');
    same(rs, 403, 'watchlist-not-marked', 'not-owner');
    expect(rs.map((r) => r.body.detail)).toEqual([
      'vous n’êtes pas habilité comme propriétaire de la liste de surveillance «\u00a0ftf\u00a0»',
      'u bent niet gemachtigd als eigenaar van watchlist ‘ftf’',
      "you are not marked as an owner of watchlist 'ftf'",
    ]);
  });

  it('an endpoint of another role (the role check, 403 wrong-role)', async () => {
    const rs = await ask('analyst', 'GET', '/v1/admin/principals');
    same(rs, 403, 'http-403', 'wrong-role');
    expect(rs.map((r) => [r.body.title, r.body.detail])).toEqual([
      ['Accès refusé', 'ce point d’accès est réservé au(x) rôle(s) security-officer ; votre rôle est «\u00a0analyst\u00a0»'],
      ['Toegang geweigerd', 'dit endpoint is voorbehouden aan de rol(len) security-officer; uw rol is ‘analyst’'],
      ['Forbidden', "this endpoint is for role(s) security-officer; you are 'analyst'"],
    ]);
  });

  it('a path identifier that is not a UUID (400 not-a-uuid), on a principal and an erasure request', async () => {
    for (const path of ['/v1/admin/principals/not-a-uuid', '/v1/admin/erasures/not-a-uuid']) {
      const rs = await ask('officer', 'GET', path);
      same(rs, 400, 'http-400', 'not-a-uuid');
      expect(rs.map((r) => [r.body.title, r.body.detail])).toEqual([
        ['Requête incorrecte', 'l’identifiant indiqué dans le chemin doit être un UUID'],
        ['Ongeldig verzoek', 'de identificatiecode in het pad moet een UUID zijn'],
        ['Bad request', 'the identifier in the path must be a UUID'],
      ]);
    }
  });

  it('a TAXII read that does not accept TAXII (406 taxii-only): a TAXII error, its description in each language', async () => {
    const rs = await Promise.all(
      ['fr', 'nl', 'en'].map((l) =>
        request(sys.urls.intake, 'GET', '/taxii2/passerelle/collections', {
          key: sys.keys.analyst,
          headers: { accept: 'application/json', 'accept-language': l },
        }),
      ),
    );
    const taxii = 'application/taxii+json;version=2.1';
    for (const r of rs) {
      expect([r.status, r.headers.get('content-type')]).toEqual([406, taxii]);
      expect(r.body).toMatchObject({ http_status: '406', error_code: 'urn:passerelle:problem:http-406', details: { code: 'taxii-only' } });
    }
    expect(rs.map((r) => r.body.description)).toEqual([
      `ce serveur répond uniquement en ${taxii} : indiquez ce type dans l’en-tête Accept`,
      `deze server antwoordt uitsluitend in ${taxii}: vermeld dat type in de header Accept`,
      `this server speaks ${taxii}: send it in Accept`,
    ]);
  });

  it('a malformed JSON body (malformed-json)', async () => {
    const rs = await ask('officer', 'POST', '/v1/admin/principals', '{"name": ');
    same(rs, 400, 'malformed-json', 'invalid-json');
    expect(rs.map((r) => r.body.title)).toEqual(['JSON mal formé', 'Ongeldige JSON', 'Malformed JSON']);
    expect(rs[0].body.detail).toMatch(/^le corps de la requête n’est pas du JSON valide/);
    expect(rs[1].body.detail).toMatch(/^de inhoud van het verzoek is geen geldige JSON/);
    expect(rs[2].body.detail).toMatch(/^the request body is not valid JSON/);
  });
});

/**
 * What answers before any controller, in the request's language where the layer can know it
 * (issue 27): Fastify's fallbacks (no route, a wrong method, another media type, a body too large,
 * a bad percent-encoding), the /metrics 401, what Node would answer itself (no Host, an unknown
 * Expect: turned into problems), and the audit verifier's account of a break. What Node's parser
 * refuses (headers too large, not HTTP) is answered in English: the request's headers are unknown.
 */
describe('answers before any controller, in the language of Accept-Language', () => {
  let sys: RunningSystem;
  let poc: string;
  const BODY_LIMIT = 4096;

  beforeAll(async () => {
    // Read when the apps are built: a small body limit (a 413 without megabytes), no checkpoint
    // signed meanwhile (the break below is the changed entry, nothing else).
    process.env.GATEWAY_BODY_LIMIT_BYTES = String(BODY_LIMIT);
    process.env.AUDIT_CHECKPOINT_INTERVAL_MS = '0';
    sys = await startSystem(
      [
        { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'oversight-1', role: 'oversight', clearance: 'confidential' },
      ],
      ['agency-gateway', 'audit'],
    );
    delete process.env.GATEWAY_BODY_LIMIT_BYTES;
    delete process.env.AUDIT_CHECKPOINT_INTERVAL_MS;
    poc = sys.keys['poc-customs'];
  });

  afterAll(async () => {
    await sys?.close();
  });

  /** The same request in French, Dutch and English. */
  const ask = (app: string, method: string, path: string, opts: Parameters<typeof request>[3] = {}) =>
    Promise.all(
      ['fr', 'nl', 'en'].map((l) =>
        request(sys.urls[app], method, path, { ...opts, headers: { ...(opts.headers ?? {}), 'accept-language': l } }),
      ),
    );
  /** Status, problem+json, type and code the same in each; the title in each language. */
  const same = (rs: Reply[], status: number, type: string, code: string, titles: string[]) => {
    for (const r of rs) {
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect([r.status, r.body.type, r.body.status, r.body.code]).toEqual([status, `urn:passerelle:problem:${type}`, status, code]);
    }
    expect(rs.map((r) => r.headers.get('content-language'))).toEqual(['fr', 'nl', 'en']);
    expect(rs.map((r) => r.body.title)).toEqual(titles);
  };

  it('a route that does not exist, and a path asked with a method it does not take (no-route, 404)', async () => {
    const titles = ['Introuvable', 'Niet gevonden', 'Not found'];
    const unknown = await ask('agency-gateway', 'GET', '/v1/nothing', { key: poc });
    same(unknown, 404, 'http-404', 'no-route', titles);
    expect(unknown.map((r) => r.body.detail)).toEqual([
      'aucun point d’accès de ce service ne répond à GET sur ce chemin',
      'geen enkel endpoint van deze dienst beantwoordt GET op dit pad',
      'no endpoint of this service answers GET on this path',
    ]);
    // Fastify's router answers no 405: a wrong method is the same 404.
    same(await ask('agency-gateway', 'DELETE', '/v1/signals', { key: poc }), 404, 'http-404', 'no-route', titles);
  });

  it('a body in another media type (415 json-only) and a body over the limit (413 too-large)', async () => {
    const media = await ask('agency-gateway', 'POST', '/v1/signals', { key: poc, raw: '<signal/>', contentType: 'application/xml' });
    same(media, 415, 'unsupported-media-type', 'json-only', [
      'Type de média non pris en charge',
      'Mediatype niet ondersteund',
      'Unsupported media type',
    ]);
    expect(media.map((r) => r.body.detail)).toEqual([
      'envoyez le corps en application/json',
      'stuur de inhoud als application/json',
      'send the body as application/json',
    ]);
    const large = await ask('agency-gateway', 'POST', '/v1/signals', {
      key: poc,
      raw: JSON.stringify({ summary: 'x'.repeat(2 * BODY_LIMIT) }),
    });
    same(large, 413, 'payload-too-large', 'too-large', ['Contenu trop volumineux', 'Inhoud te groot', 'Payload too large']);
    expect(large[0].body.detail).toBe('le corps de la requête dépasse la taille maximale');
  });

  it('a body that is not the size its Content-Length says once read as UTF-8 (400 bad-content-length)', async () => {
    // Bytes that are not UTF-8: read as text the body has another size than announced. Fastify refuses
    // it before the handler and Nest hands the filter a bare HttpException (the fuzz test found it English).
    const rs = await ask('agency-gateway', 'POST', '/v1/signals', {
      key: poc,
      raw: Buffer.from([0xff, 0x1e, 0xc3, 0xff, 0x5f, 0x3c, 0xfe]),
    });
    same(rs, 400, 'http-400', 'bad-content-length', ['Requête incorrecte', 'Ongeldig verzoek', 'Bad request']);
    expect(rs.every((r) => !/did not match/.test(r.body.detail))).toBe(true);
  });

  it('a malformed percent-encoding in the path (400 bad-percent-encoding), a path parameter too long (414 param-too-long)', async () => {
    const rs = await ask('agency-gateway', 'GET', '/v1/signals/%E0%A4%A', { key: poc });
    same(rs, 400, 'http-400', 'bad-percent-encoding', ['Requête incorrecte', 'Ongeldig verzoek', 'Bad request']);
    expect(rs[1].body.detail).toBe('het pad bevat een ongeldige procentcodering');
    // A path parameter over the router's length limit: Fastify's 414, before any hook.
    const long = await ask('agency-gateway', 'GET', `/v1/signals/${'a'.repeat(101)}`, { key: poc });
    same(long, 414, 'http-414', 'param-too-long', ['URI trop longue', 'URI te lang', 'URI too long']);
    expect(long[0].body.detail).toBe('un segment du chemin dépasse 100 caractères : aucun identifiant de cette API n’est aussi long');
  });

  it('GET /metrics without the scrape token (401 no-scrape-token), on the gateway and the audit', async () => {
    for (const app of ['agency-gateway', 'audit']) {
      const rs = await ask(app, 'GET', '/metrics');
      same(rs, 401, 'http-401', 'no-scrape-token', ['Authentification requise', 'Authenticatie vereist', 'Authentication required']);
      for (const r of rs) expect(r.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(rs.map((r) => r.body.detail)).toEqual([
        'le jeton de collecte des métriques est requis : Authorization: Bearer <jeton>',
        'het token voor het ophalen van de metrics is vereist: Authorization: Bearer <token>',
        'the metrics scrape token is required: Authorization: Bearer <token>',
      ]);
    }
  });

  /** One request written by hand; what came back, decoded as UTF-8. */
  const raw = async (text: string) => {
    const x = await rawExchange(sys.urls['agency-gateway'], [text], { deadlineMs: 10_000 });
    const [response] = parseResponses(Buffer.from(x.received, 'latin1').toString('utf8'));
    expect(response).toBeDefined();
    return response;
  };

  it('what Node would answer with an empty body: no Host (400 no-host), an unknown Expect (417), each in the language asked for', async () => {
    const noHost = await Promise.all(['fr', 'nl'].map((l) => raw(`GET /health HTTP/1.1\r\nAccept-Language: ${l}\r\n\r\n`)));
    for (const r of noHost) {
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect([r.status, r.body.type, r.body.code]).toEqual([400, 'urn:passerelle:problem:http-400', 'no-host']);
    }
    expect(noHost.map((r) => [r.headers['content-language'], r.body.title, r.body.detail])).toEqual([
      ['fr', 'Requête incorrecte', 'une requête HTTP/1.1 doit comporter un en-tête Host'],
      ['nl', 'Ongeldig verzoek', 'een HTTP/1.1-verzoek moet een Host-header bevatten'],
    ]);
    const expectation = await Promise.all(
      ['fr', 'nl'].map((l) => raw(`GET /health HTTP/1.1\r\nHost: localhost\r\nExpect: 200-ok\r\nAccept-Language: ${l}\r\n\r\n`)),
    );
    for (const r of expectation) {
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect([r.status, r.body.type, r.body.code]).toEqual([417, 'urn:passerelle:problem:http-417', 'unsupported-expectation']);
    }
    expect(expectation.map((r) => [r.headers['content-language'], r.body.title])).toEqual([
      ['fr', 'Attente impossible à satisfaire'],
      ['nl', 'Niet aan de verwachting te voldoen'],
    ]);
    expect(expectation[0].body.detail).toMatch(/^la seule attente que ce service satisfait est 100-continue/);
  });

  it('what Node’s parser refuses (headers too large 431, not HTTP 400): a problem with a code, in English whatever was asked', async () => {
    const big = await raw(`GET /health HTTP/1.1\r\nHost: localhost\r\nAccept-Language: fr\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect([big.status, big.headers['content-type'], big.headers['content-language'], big.body.type, big.body.code]).toEqual([
      431,
      'application/problem+json',
      'en',
      'urn:passerelle:problem:headers-too-large',
      'too-large',
    ]);
    expect([big.body.title, big.body.detail]).toEqual(['Request header fields too large', 'the request line and headers exceed 16 KB']);
    const garbled = await raw('FETCH /health HTTP/1.1\r\nHost: localhost\r\nAccept-Language: nl\r\n\r\n');
    expect([garbled.status, garbled.headers['content-type'], garbled.headers['content-language'], garbled.body.code]).toEqual([
      400,
      'application/problem+json',
      'en',
      'not-http',
    ]);
    expect([garbled.body.title, garbled.body.detail]).toEqual(['Bad request', 'the request is not valid HTTP (HPE_INVALID_METHOD)']);
  });

  it('the audit verifier names a changed entry: the same reason (its code), the detail in each language', async () => {
    const verify = () => ask('audit', 'GET', '/v1/audit/verify', { key: sys.keys['oversight-1'] });
    // Each query is recorded in the ledger before it is answered: entry 1 exists, and the chain holds.
    for (const r of await verify()) expect([r.status, r.body.ok]).toEqual([200, true]);
    const [orig] = await sys.sql<{ details: unknown }>(`select details from audit.ledger where seq = 1`);
    const superuser = async (sql: string, values: unknown[]) => {
      const c = new Client({ connectionString: sys.databaseUrl });
      await c.connect();
      try {
        await c.query('begin');
        await c.query(`select pg_advisory_xact_lock(hashtext('passerelle.audit.ledger'))`);
        await c.query('alter table audit.ledger disable trigger user');
        await c.query(sql, values);
        await c.query('alter table audit.ledger enable trigger user');
        await c.query('commit');
      } finally {
        await c.end();
      }
    };
    await superuser(`update audit.ledger set details = $1 where seq = 1`, [JSON.stringify({ changed: true })]);
    try {
      const rs = await verify();
      for (const r of rs) expect([r.status, r.body.ok, r.body.seq, r.body.reason]).toEqual([200, false, '1', 'hash-mismatch']);
      expect(rs.map((r) => r.headers.get('content-language'))).toEqual(['fr', 'nl', 'en']);
      expect(rs.map((r) => r.body.detail)).toEqual([
        'l’entrée 1 ne correspond pas à sa propre empreinte : son contenu a été modifié après son enregistrement',
        'item 1 komt niet overeen met zijn eigen hashwaarde: de inhoud werd na de registratie gewijzigd',
        'entry 1 does not match its own hash: its content was changed after it was recorded',
      ]);
    } finally {
      await superuser(`update audit.ledger set details = $1 where seq = 1`, [JSON.stringify(orig.details)]);
    }
    expect((await verify())[0].body.ok).toBe(true);
  });
});
