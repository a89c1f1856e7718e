import { rawSocketProblem } from './bootstrap';
import { frameworkProblem, localizeProblem, noRoute } from './problem';

const inEach = (e: object) => (['en', 'fr', 'nl'] as const).map((l) => localizeProblem(frameworkProblem(e), l));

describe('body-parser and edge refusals in the request language (issue 27)', () => {
  it('malformed JSON: the same type and code, where the parser stopped, in fr, nl and en', () => {
    const e = Object.assign(new SyntaxError('Unexpected token } in JSON at position 12'), {
      statusCode: 400,
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
    });
    const [en, fr, nl] = inEach(e);
    for (const p of [en, fr, nl])
      expect([p.type, p.status, p.code]).toEqual(['urn:passerelle:problem:malformed-json', 400, 'invalid-json']);
    expect(en.detail).toBe('the request body is not valid JSON (the parser stopped at character 12)');
    expect(fr.detail).toBe('le corps de la requête n’est pas du JSON valide (l’analyse s’est arrêtée au caractère 12)');
    expect(nl.title).toBe('Ongeldige JSON');
    expect(inEach(Object.assign(new SyntaxError('Unexpected end of JSON input'), { statusCode: 400 }))[0].detail).toBe(
      'the request body is not valid JSON',
    );
  });

  it('an empty body, a nesting too deep and a NUL character each have their code', () => {
    expect(inEach({ code: 'FST_ERR_CTP_EMPTY_JSON_BODY', statusCode: 400 })[1]).toMatchObject({ code: 'empty-body', status: 400 });
    const [, fr] = inEach({ code: 'PASSERELLE_JSON_TOO_DEEP', statusCode: 400, maxDepth: 64 });
    expect(fr).toMatchObject({ type: 'urn:passerelle:problem:json-too-deep', code: 'too-deep' });
    expect(fr.detail).toBe('le corps JSON comporte plus de 64 niveaux d’imbrication');
    expect(inEach({ code: 'PASSERELLE_JSON_UNSTORABLE', statusCode: 400 })[2]).toMatchObject({
      type: 'urn:passerelle:problem:unstorable-text',
      code: 'unstorable',
    });
  });

  it('a rate limit says its limit and wait in the language', () => {
    const [en, , nl] = inEach({ code: 'PASSERELLE_RATE_LIMITED', statusCode: 429, limit: 60, forPrincipal: true, retryAfter: 12 });
    expect(en.detail).toBe('rate limit of 60 requests per minute for your principal reached; retry after 12 s');
    expect(nl.detail).toBe('limiet van 60 verzoeken per minuut bereikt voor uw principal; probeer het opnieuw over 12 s');
  });

  it('a body too large, another media type, a wrong Content-Length and a bad URL each have their code', () => {
    const [en413, fr413] = inEach({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
    expect([en413.type, en413.code, fr413.detail]).toEqual([
      'urn:passerelle:problem:payload-too-large',
      'too-large',
      'le corps de la requête dépasse la taille maximale',
    ]);
    const [, , nl415] = inEach({ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 });
    expect([nl415.code, nl415.title, nl415.detail]).toEqual([
      'json-only',
      'Mediatype niet ondersteund',
      'stuur de inhoud als application/json',
    ]);
    expect(inEach({ code: 'FST_ERR_CTP_INVALID_CONTENT_LENGTH', statusCode: 400 })[1]).toMatchObject({
      type: 'urn:passerelle:problem:http-400',
      code: 'bad-content-length',
      detail: 'le corps de la requête n’a pas la longueur annoncée par son en-tête Content-Length',
    });
    expect(inEach({ code: 'FST_ERR_BAD_URL', statusCode: 400, message: "'/%zz' is not a valid url component" })[2]).toMatchObject({
      code: 'bad-percent-encoding',
      detail: 'het pad bevat een ongeldige procentcodering',
    });
  });

  it('a 4xx no case names: its status, code refused, a detail in the language, never the framework’s English message', () => {
    const [en, fr] = inEach({ code: 'FST_ERR_SOMETHING_NEW', statusCode: 422, message: 'Something new happened to /secret?x=1' });
    expect([en.type, en.status, en.code, fr.code]).toEqual(['urn:passerelle:problem:http-422', 422, 'refused', 'refused']);
    expect(fr.detail).toBe('la requête a été refusée avant d’atteindre le service');
    expect(JSON.stringify([en, fr])).not.toContain('secret');
  });

  it('no route: code no-route and the method, in each language', () => {
    const [en, fr, nl] = (['en', 'fr', 'nl'] as const).map((l) => localizeProblem(noRoute('DELETE'), l));
    for (const p of [en, fr, nl]) expect([p.type, p.status, p.code]).toEqual(['urn:passerelle:problem:http-404', 404, 'no-route']);
    expect([en.detail, fr.detail, nl.detail]).toEqual([
      'no endpoint of this service answers DELETE on this path',
      'aucun point d’accès de ce service ne répond à DELETE sur ce chemin',
      'geen enkel endpoint van deze dienst beantwoordt DELETE op dit pad',
    ]);
  });

  it('what the raw socket answers: English (the request’s headers are not known), a code each', () => {
    expect(rawSocketProblem(431, 'HPE_HEADER_OVERFLOW')).toMatchObject({
      type: 'urn:passerelle:problem:headers-too-large',
      title: 'Request header fields too large',
      code: 'too-large',
      detail: 'the request line and headers exceed 16 KB',
    });
    expect(rawSocketProblem(408, 'ERR_HTTP_REQUEST_TIMEOUT')).toMatchObject({ code: 'request-timeout', title: 'Request timeout' });
    expect(rawSocketProblem(400, 'HPE_INVALID_METHOD')).toMatchObject({
      code: 'not-http',
      detail: 'the request is not valid HTTP (HPE_INVALID_METHOD)',
    });
  });
});
