import { exampleSignal, Reply, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Problem details in the request's language (issue 27, item 1): the gateway on real Kafka and
 * Postgres answers the same refusal in French, Dutch and English — `type`, `status`, field paths
 * and reasons the same, `title` and `detail` in the language asked for.
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

  /** One submission with four faults: an empty reference, an unknown category, a field no contract has, a bad IBAN. */
  function invalidSubmission() {
    const s = exampleSignal('minimal');
    s.externalRef = '';
    s.category = 'not-a-category';
    s.colour = 'blue';
    s.subjects.push({ kind: 'iban', iban: 'BE00 0000' });
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
    const paths = (r: Reply) => (r.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths(en)).toEqual(expect.arrayContaining(['category', 'externalRef', 'subjects[1].iban']));
    expect(paths(en).some((p) => p.includes('colour'))).toBe(true);
    // The same facts in every language: the errors list is not translated, only title and detail.
    expect(fr.body.errors).toEqual(en.body.errors);
    expect(nl.body.errors).toEqual(en.body.errors);
    expect(none.body).toEqual(en.body);

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
      expect(r.body.errors).toEqual([{ path: 'classification', reason: 'above-clearance' }]);
    }
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

  it('a language Passerelle does not speak gets English', async () => {
    const r = await submit('de-DE, es;q=0.8');
    expect(r.headers.get('content-language')).toBe('en');
    expect(r.body.title).toBe('The request does not follow the contract');
  });
});
