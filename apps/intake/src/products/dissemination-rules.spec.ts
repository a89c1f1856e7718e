import { readFileSync } from 'node:fs';
import { decideDissemination, DEFAULT_DISSEMINATION_RULES_FILE, parseDisseminationRules, ProductFacts } from './dissemination-rules';

describe('dissemination rules (data)', () => {
  const rules = parseDisseminationRules(readFileSync(DEFAULT_DISSEMINATION_RULES_FILE, 'utf8'));
  const all = {
    clearedAgencies: new Set(['customs', 'mobility', 'foreign-affairs', 'immigration']),
    legalBasisAgencies: [...rules.agencies],
  };
  const facts = (over: Partial<ProductFacts> = {}): ProductFacts => ({
    kind: 'bulletin',
    competences: ['maritime'],
    categories: ['terrorism'],
    regions: ['be'],
    level: 2,
    legalBasis: 'ocam-law-2006-art-10',
    ...over,
  });
  const of = (d: ReturnType<typeof decideDissemination>) =>
    Object.fromEntries(d.map((x) => [x.agency, x.reason ?? `${x.decision}:${x.ruleId}`]));

  it('sends by competence and says why every other agency gets nothing', () => {
    expect(of(decideDissemination(rules, facts(), all))).toEqual({
      customs: 'no-matching-rule',
      mobility: 'sent:mobility-transport',
      'foreign-affairs': 'no-matching-rule',
      immigration: 'no-matching-rule',
    });
  });

  it('withholds where no POC is cleared or the legal basis excludes the agency, and restricts an RFI to its targets', () => {
    const d = decideDissemination(rules, facts({ competences: ['ports', 'borders'] }), {
      clearedAgencies: new Set(['customs', 'immigration']),
      legalBasisAgencies: ['mobility', 'customs'],
    });
    expect(of(d)).toEqual({
      customs: 'sent:customs-goods-and-borders',
      mobility: 'no-cleared-poc',
      'foreign-affairs': 'no-matching-rule',
      immigration: 'legal-basis-excludes-agency',
    });
    expect(of(decideDissemination(rules, facts({ kind: 'rfi', competences: ['borders'], targetAgencies: ['immigration'] }), all))).toEqual({
      customs: 'not-targeted',
      mobility: 'not-targeted',
      'foreign-affairs': 'not-targeted',
      immigration: 'sent:immigration-borders-and-residence',
    });
  });

  it('sends a very serious alert to every agency, by level', () => {
    const d = decideDissemination(rules, facts({ kind: 'alert', level: 4, competences: ['consular'] }), all);
    expect(d.every((x) => x.decision === 'sent' && x.ruleVersion === rules.version)).toBe(true);
    expect(of(decideDissemination(rules, facts({ kind: 'alert', level: 3, competences: ['consular'] }), all)).mobility).toBe(
      'no-matching-rule',
    );
  });

  it('refuses a rule set that is not one', () => {
    expect(() => parseDisseminationRules('{"version": 2, "agencies": ["customs"], "rules": []}')).toThrow(/rules/);
    expect(() =>
      parseDisseminationRules('{"version": 2, "agencies": ["customs"], "rules": [{"id": "x", "agencies": ["mobility"], "match": {}}]}'),
    ).toThrow(/agencies/);
    expect(() =>
      parseDisseminationRules(
        '{"version": 2, "agencies": ["customs"], "rules": [{"id": "x", "agencies": ["customs"], "match": {"minLevel": 5}}]}',
      ),
    ).toThrow(/minLevel/);
  });
});
