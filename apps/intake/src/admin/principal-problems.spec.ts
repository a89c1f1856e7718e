import { DomainError, domainProblem, localizeProblem } from '@passerelle/http';
import { Officer, refusalToAct, refusalToApprove } from '@passerelle/security';
import { refusalError } from './principal-admin';

const officer = (id: string, over: Partial<Officer> = {}): Officer => ({
  id,
  name: id,
  role: 'security-officer',
  agency: null,
  clearance: 'confidential',
  clearanceExpiresAt: null,
  feeds: [],
  createdBy: null,
  approvedBy: null,
  ...over,
});

/** The problem a refusal of separation of duties leaves as (the problem filter's mapping), in a language. */
async function problemOf(error: Error, lang: 'en' | 'fr' | 'nl') {
  expect(error).toBeInstanceOf(DomainError);
  return Promise.resolve(localizeProblem(domainProblem(error as DomainError).problem, lang));
}

describe('separation of duties in the request language (issue 27)', () => {
  it('acting on oneself: the same type and code, the detail in fr, nl and en', async () => {
    const me = officer('o1');
    const refusal = refusalToAct(me, { kind: 'revoke', target: me })!;
    const [en, fr, nl] = await Promise.all((['en', 'fr', 'nl'] as const).map((l) => problemOf(refusalError(refusal), l)));
    for (const p of [en, fr, nl]) expect([p.type, p.status, p.code]).toEqual(['urn:passerelle:problem:principal-self-change', 409, 'self']);
    expect(en.detail).toBe('a security officer cannot act on itself; another officer must');
    expect(fr.detail).toBe('un officier de sécurité ne peut pas agir sur lui-même ; un autre officier doit le faire');
    expect(nl.detail).toBe('een veiligheidsofficier kan niet op zichzelf optreden; een andere officier moet dat doen');
  });

  it('another agency, and a clearance above one’s own (with its field error), in French and Dutch', async () => {
    const customs = officer('c', { agency: 'customs' });
    const outside = refusalToAct(customs, { kind: 'create', role: 'poc', clearance: 'unclassified', agency: 'mobility' })!;
    const fr = await problemOf(refusalError(outside), 'fr');
    expect([fr.type, fr.code]).toEqual(['urn:passerelle:problem:principal-other-agency', 'own-agency-only']);
    expect(fr.detail).toBe(
      'un officier de sécurité du service «\u00a0customs\u00a0» n’administre que les principaux de ce service, pas ceux du service «\u00a0mobility\u00a0»',
    );
    const en = await problemOf(refusalError(outside), 'en');
    expect(en.detail).toBe(outside.reason);

    const above = refusalToAct(officer('o'), { kind: 'create', role: 'analyst', clearance: 'secret' })!;
    const nl = await problemOf(refusalError(above), 'nl');
    expect([nl.type, nl.code]).toEqual(['urn:passerelle:problem:principal-rejected', 'grant-above-own']);
    expect(nl.detail).toBe('een officier kent hoogstens het niveau van zijn eigen veiligheidsmachtiging toe (confidential), niet secret');
    expect(nl.errors).toEqual([
      expect.objectContaining({
        path: 'clearance',
        code: 'above-own-clearance',
        message: 'is hoger dan uw eigen veiligheidsmachtiging: een officier kent hoogstens het niveau van de zijne toe',
      }),
    ]);
  });

  it('approving one’s own request', async () => {
    const me = officer('o1');
    const target = officer('t', { role: 'analyst' });
    const refusal = refusalToApprove(me, me, { kind: 'revoke', target })!;
    const fr = await problemOf(refusalError(refusal), 'fr');
    expect(fr.detail).toBe('une demande est approuvée par un autre officier que celui qui l’a introduite');
  });
});
