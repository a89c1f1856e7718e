/**
 * Part of `npm run contracts:check` (run by CI), and of the unit tests: the language catalogues
 * (libs/i18n/catalogues/{en,fr,nl}.json) agree with each other and with the code.
 *  - every key is in every catalogue, and no catalogue has a key the others lack;
 *  - every message is valid ICU and names the same arguments in every language;
 *  - every key is used: its text appears in the sources (apps/, libs/, the console's pages), or it
 *    belongs to a family whose codes are data (the taxonomy, the indicators, the agencies…) or to a
 *    problem type or reason code the sources name.
 * `--root DIR` checks the tree under DIR instead of the repository (a test runs it on broken copies).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Catalogues = Record<string, Record<string, string>>;

const CATALOGUE_DIR = 'libs/i18n/catalogues';
const SOURCE_DIRS = ['apps', 'libs'];
const SOURCE_FILE = /\.(ts|js|mjs)$/;
const NOT_SOURCE = /\.(spec|int-spec|e2e-spec)\.ts$|\/node_modules\/|\/dist\//;

type Ast = { type: number; value?: string; options?: Record<string, { value: Ast }> }[];

/** The argument names of an ICU message (nested select and plural branches included). */
export function argumentsOf(message: string, locale = 'en'): string[] {
  const names = new Set<string>();
  const walk = (ast: Ast) => {
    for (const el of ast) {
      // 0 literal, 7 pound (#): no argument; every other element names one.
      if (el.type !== 0 && el.type !== 7 && typeof el.value === 'string') names.add(el.value);
      for (const o of Object.values(el.options ?? {})) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst() as unknown as Ast);
  return [...names].sort();
}

function* files(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(p).isDirectory()) yield* files(p);
    else if (SOURCE_FILE.test(name) && !NOT_SOURCE.test(p)) yield p;
  }
}

/** The reason code of a class-validator constraint name (libs/contracts reason-codes.ts, kept in step). */
const codeOf = (constraint: string) =>
  constraint
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();

/** Codes that are data: a key `<family>.<code>…` is used when its code is in the data. */
function dataCodes(root: string): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>();
  const add = (family: string, codes: Iterable<string>) => families.set(family, new Set([...(families.get(family) ?? []), ...codes]));
  const read = (p: string) => (existsSync(join(root, p)) ? JSON.parse(readFileSync(join(root, p), 'utf8')) : undefined);
  const taxonomy = read('libs/contracts/data/taxonomy.v1.json') as { categories: { code: string; children: string[] }[] } | undefined;
  if (taxonomy)
    add(
      'taxonomy',
      taxonomy.categories.flatMap((c) => [c.code, ...c.children.map((s) => `${c.code}.${s}`)]),
    );
  const indicators = read('libs/contracts/data/indicators.v1.json') as { indicators: { code: string }[] } | undefined;
  if (indicators)
    add(
      'indicator',
      indicators.indicators.map((i) => i.code),
    );
  return families;
}

export interface CatalogueCheck {
  errors: string[];
  keys: number;
}

export function checkCatalogues(root: string): CatalogueCheck {
  const errors: string[] = [];
  const dir = join(root, CATALOGUE_DIR);
  const catalogues: Catalogues = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    catalogues[f.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>;
  }
  const langs = Object.keys(catalogues).sort();
  if (!langs.includes('en')) return { errors: [`${CATALOGUE_DIR}/en.json is missing`], keys: 0 };
  const all = new Set(langs.flatMap((l) => Object.keys(catalogues[l])));
  for (const key of [...all].sort()) {
    const missing = langs.filter((l) => !Object.hasOwn(catalogues[l], key));
    if (missing.length) errors.push(`${key}: missing in ${missing.join(', ')}`);
    let args: string | undefined;
    for (const l of langs.filter((x) => Object.hasOwn(catalogues[x], key))) {
      const message = catalogues[l][key];
      if (typeof message !== 'string' || !message.trim()) {
        errors.push(`${key}: empty in ${l}`);
        continue;
      }
      let these: string;
      try {
        these = argumentsOf(message, l).join(',');
      } catch (e) {
        errors.push(`${key}: not a valid ICU message in ${l} (${(e as Error).message})`);
        continue;
      }
      if (args === undefined) args = these;
      else if (args !== these) errors.push(`${key}: the languages name different arguments ({${args}} and {${these}} in ${l})`);
    }
  }

  // Usage: the keys the sources name, problem types and reason codes they use, codes in data.
  const text = SOURCE_DIRS.flatMap((d) => [...files(join(root, d))]).map((f) => readFileSync(f, 'utf8'));
  const source = text.join('\n');
  const quoted = new Set([...source.matchAll(/['"`]([A-Za-z0-9_.:${}-]+)['"`]/g)].map((m) => m[1]));
  const problemTypes = new Set([...source.matchAll(/urn:passerelle:problem:([a-z0-9-]+)/g)].map((m) => m[1]));
  const typePrefixes = [...source.matchAll(/urn:passerelle:problem:([a-z0-9-]*)\$\{/g)].map((m) => m[1]);
  const constraintCodes = new Set([
    ...[...source.matchAll(/@([A-Z][A-Za-z0-9]+)\(/g)].map((m) => codeOf(m[1])),
    ...[...source.matchAll(/name: '(is[A-Za-z]+)'/g)].map((m) => codeOf(m[1])),
  ]);
  // Keys built from a template (`taxonomy.${code}`): their prefix names a family.
  const templatePrefixes = [...source.matchAll(/`([a-z][a-z0-9-]*(\.[a-z0-9-]+)*\.)\$\{/g)].map((m) => m[1]);
  const data = dataCodes(root);
  const used = (key: string): boolean => {
    if (quoted.has(key)) return true;
    const problem = /^problem\.([a-z0-9-]+)\.title$/.exec(key);
    if (problem) {
      const type = problem[1];
      // A type built from a template (`http-${status}`, `erasure-${e.code}`): the rest is named somewhere.
      return (
        problemTypes.has(type) ||
        typePrefixes.some(
          (p) => type.startsWith(p) && (quoted.has(type.slice(p.length)) || new RegExp(`\\b${type.slice(p.length)}\\b`).test(source)),
        )
      );
    }
    const reason = /^reason\.([a-z0-9-]+?)(\.min|\.max)?$/.exec(key);
    if (reason) return quoted.has(reason[1]) || constraintCodes.has(reason[1]);
    const family = key.split('.')[0];
    const rest = key.slice(family.length + 1);
    if (data.has(family)) return [...data.get(family)!].some((code) => rest === code || rest.startsWith(`${code}.`));
    return templatePrefixes.some((p) => key.startsWith(p) && quoted.has(key.slice(p.length).split('.')[0]));
  };
  for (const key of Object.keys(catalogues.en).sort()) if (!used(key)) errors.push(`${key}: no source uses it`);
  return { errors, keys: Object.keys(catalogues.en).length };
}

if (require.main === module) {
  const at = process.argv.indexOf('--root');
  const root = resolve(at > 0 ? process.argv[at + 1] : join(__dirname, '..', '..'));
  const { errors, keys } = checkCatalogues(root);
  for (const e of errors) process.stderr.write(`catalogues: ${e}\n`);
  process.stdout.write(`catalogues: ${keys} keys in every language${errors.length ? `, ${errors.length} errors` : ', all used'}\n`);
  if (errors.length) process.exit(1);
}
