import { exampleSignal, Reply, request } from './support/http';
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
    expect(fr.body.detail).toContain('category: n’est pas un code du catalogue');
    expect(fr.body.detail).toContain('subjects[1].iban: doit être un IBAN');
    expect(fr.body.detail).toContain('n’est pas un champ du contrat');
    expect(fr.body.detail).toMatch(/externalRef: doit compter au moins 1 caractères/);
    expect(nl.body.detail).toContain('category: is geen code uit de catalogus');
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
    expect(unknown.map((r) => [r.status, r.body.type])).toEqual([
      [401, 'urn:passerelle:problem:http-401'],
      [401, 'urn:passerelle:problem:http-401'],
      [401, 'urn:passerelle:problem:http-401'],
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

  it('a language Passerelle does not speak gets English', async () => {
    const r = await submit('de-DE, es;q=0.8');
    expect(r.headers.get('content-language')).toBe('en');
    expect(r.body.title).toBe('The request does not follow the contract');
  });
});
