import { catalogue, LANGUAGES, negotiateLanguage, t } from './i18n';

describe('languages', () => {
  it('negotiates Accept-Language by q-value, region folded, English by default', () => {
    expect(negotiateLanguage(undefined)).toBe('en');
    expect(negotiateLanguage('')).toBe('en');
    expect(negotiateLanguage('fr-BE,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLanguage('nl-BE')).toBe('nl');
    expect(negotiateLanguage('de-DE, nl;q=0.5, fr;q=0.7')).toBe('fr');
    expect(negotiateLanguage('de, es')).toBe('en');
    expect(negotiateLanguage('fr;q=0, nl')).toBe('nl');
    expect(negotiateLanguage('*')).toBe('en');
    expect(negotiateLanguage(['nl', 'fr'])).toBe('nl');
  });

  it('formats ICU messages in each language, English when a key is missing, the key when nobody has it', () => {
    expect(t('fr', 'reason.bad-length.max', { limit: 200 })).toBe('doit compter au plus 200 caractères');
    expect(t('nl', 'reason.bad-length.max', { limit: 200 })).toBe('mag hoogstens 200 tekens lang zijn');
    expect(t('en', 'problem.above-clearance.detail', { level: 'restricted', expired: 'false', paths: 'classification', count: 1 })).toMatch(
      /^you may mark a submission up to 'restricted' \(your clearance\); classification is marked higher/,
    );
    expect(t('fr', 'no.such.key')).toBe('no.such.key');
  });

  it('every catalogue has the same keys (scripts/check-catalogues.ts checks the rest)', () => {
    const keys = Object.keys(catalogue('en')).sort();
    for (const lang of LANGUAGES) expect(Object.keys(catalogue(lang)).sort()).toEqual(keys);
    expect(t('fr', 'problem.http-401.detail.no-key')).toBe('une clé d’API est requise : Authorization: Bearer <clé>');
  });
});
