import { domainProblem, localizeProblem } from '@passerelle/http';
import { catalogue, LANGUAGES } from '@passerelle/i18n';
import { PrincipalAdminError, rejected } from './admin/principal-admin';
import { ERASURE_ERRORS, PRINCIPAL_ERRORS, WATCHLIST_ERRORS } from './domain-errors';
import { ErasureError } from './erasure/erasure';
import { WatchlistError } from './watchlists/watchlist-error';

const inEach = (e: Error & { rule: unknown }) => LANGUAGES.map((l) => localizeProblem(domainProblem(e as never).problem, l));

describe('the intake domain-error registry (issues 24, 27)', () => {
  it('gives every code a status and a type with a title in every language', () => {
    for (const rules of [PRINCIPAL_ERRORS, ERASURE_ERRORS, WATCHLIST_ERRORS])
      for (const rule of Object.values(rules)) {
        expect(rule.status).toBeGreaterThanOrEqual(400);
        for (const l of LANGUAGES) expect(catalogue(l)[`problem.${rule.type.slice('urn:passerelle:problem:'.length)}.title`]).toBeTruthy();
      }
  });

  it('keeps the English message as it was, and says it in French and Dutch with the same type and code', () => {
    const e = new PrincipalAdminError('name-taken', 'problem.principal-name-taken.detail.name-taken', { name: 'alice' });
    expect(e.message).toBe("a principal named 'alice' already exists (names are never reused)");
    const [en, fr, nl] = inEach(e);
    for (const p of [en, fr, nl])
      expect([p.type, p.status, p.code]).toEqual(['urn:passerelle:problem:principal-name-taken', 409, 'name-taken']);
    expect(en.detail).toBe(e.message);
    expect(fr.detail).toBe('un principal nommé «\u00a0alice\u00a0» existe déjà (un nom n’est jamais réutilisé)');
    expect(nl.detail).toBe('er bestaat al een principal met de naam ‘alice’ (namen worden nooit hergebruikt)');
    expect(fr.title).toBe('Nom déjà utilisé');
  });

  it('an erasure decided already names its status in the language', () => {
    const e = new ErasureError('request-decided', 'problem.erasure-request-decided.detail.decided', { request: 'r1', status: 'refused' });
    const [en, fr, nl] = inEach(e);
    expect(en).toMatchObject({ type: 'urn:passerelle:problem:erasure-request-decided', status: 409, code: 'decided' });
    expect(en.detail).toBe('erasure request r1 is refused already');
    expect(fr.detail).toBe('la demande d’effacement r1 a déjà été refusée');
    expect(nl.detail).toBe('verzoek tot wissing r1 is al geweigerd');
  });

  it('a watchlist budget keeps its Retry-After header; an invalid one is a validation problem', () => {
    const spent = new WatchlistError(
      'rate-limited',
      'problem.watchlist-rate-limited.detail.hourly-budget-spent',
      { agency: 'customs', limit: '1000' },
      { 'retry-after': '3600' },
    );
    expect(domainProblem(spent).headers).toEqual({ 'retry-after': '3600' });
    const [, fr] = inEach(spent);
    expect(fr).toMatchObject({
      status: 429,
      code: 'hourly-budget-spent',
      detail: 'le service «\u00a0customs\u00a0» peut faire évaluer 1000 points par heure ; ce lot dépasserait ce budget',
    });
    const twice = new WatchlistError('invalid', 'problem.validation.detail.entry-twice', { index: '2', entryId: 'x' });
    expect(inEach(twice)[2]).toMatchObject({ type: 'urn:passerelle:problem:validation', status: 400, code: 'entry-twice' });
  });

  it('a rule broken on fields says each field in the language, with the domain code', () => {
    const e = rejected([{ path: 'feeds[0]', reason: 'unknown-feed', code: 'unknown-feed' }]);
    const [en, fr] = inEach(e);
    expect(en).toMatchObject({ type: 'urn:passerelle:problem:principal-rejected', status: 422, code: 'rejected' });
    expect(fr.errors).toEqual([expect.objectContaining({ path: 'feeds[0]', code: 'unknown-feed' })]);
  });
});
