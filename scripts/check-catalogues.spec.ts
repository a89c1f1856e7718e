import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { argumentsOf, checkCatalogues } from './check-catalogues';

const ROOT = join(__dirname, '..');
const read = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'libs/i18n/catalogues', `${lang}.json`), 'utf8')) as Record<string, string>;

/** A copy of the catalogues and of one source file, changed by `edit`, in a temporary tree. */
function brokenTree(edit: (c: Record<string, Record<string, string>>) => void, source = ''): string {
  const root = mkdtempSync(join(tmpdir(), 'catalogues-'));
  mkdirSync(join(root, 'libs/i18n/catalogues'), { recursive: true });
  mkdirSync(join(root, 'apps/x'), { recursive: true });
  const c = { en: read('en'), fr: read('fr'), nl: read('nl') };
  edit(c);
  for (const [lang, cat] of Object.entries(c)) writeFileSync(join(root, 'libs/i18n/catalogues', `${lang}.json`), JSON.stringify(cat));
  // Every key of the shipped catalogues named once, so that only what `edit` changed can fail.
  writeFileSync(
    join(root, 'apps/x/uses.ts'),
    `${Object.keys(read('en'))
      .map((k) => `'${k}'`)
      .join('\n')}\n${source}`,
  );
  return root;
}

describe('language catalogues (scripts/check-catalogues.ts)', () => {
  it('the shipped catalogues pass: same keys everywhere, valid ICU, every key used', () => {
    const { errors, keys } = checkCatalogues(ROOT);
    expect(errors).toEqual([]);
    expect(keys).toBeGreaterThan(100);
  });

  it('finds a key missing in one language, an unused key, a broken message and arguments that differ', () => {
    const root = brokenTree((c) => {
      delete c.nl['problem.csrf.title'];
      for (const l of ['en', 'fr', 'nl']) c[l]['nobody.uses.this'] = 'x';
      c.fr['reason.min'] = 'doit valoir au moins {limit';
      c.nl['reason.max'] = 'mag hoogstens {grens} zijn';
    });
    const { errors } = checkCatalogues(root);
    expect(errors).toEqual(
      expect.arrayContaining([
        'problem.csrf.title: missing in nl',
        'nobody.uses.this: no source uses it',
        expect.stringMatching(/^reason\.min: not a valid ICU message in fr/),
        'reason.max: the languages name different arguments ({limit} and {grens} in nl)',
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('reads the arguments of nested select and plural messages', () => {
    expect(argumentsOf('{n, plural, one {# {thing}} other {{count} {things}}} by {who}')).toEqual(['count', 'n', 'thing', 'things', 'who']);
  });
});
