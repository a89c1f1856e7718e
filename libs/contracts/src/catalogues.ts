import { readFileSync } from 'node:fs';
import defaultIndicators from '../data/indicators.v1.json';
import defaultTaxonomy from '../data/taxonomy.v1.json';

/**
 * The taxonomy and the indicator catalogue are versioned data, not code: the defaults ship in
 * `libs/contracts/data`, and a deployment can point `TAXONOMY_FILE` / `INDICATORS_FILE` at newer
 * versions without a release. They are read once, at start.
 */
export interface Taxonomy {
  catalogue: 'taxonomy';
  version: string;
  /**
   * Each top-level category says whether it falls within OCAM's remit (law of 10 July 2006, art. 3:
   * terrorism and extremism); its sub-codes share its answer. See docs/legal-basis.md.
   */
  categories: { code: string; label: string; ocamRemit: boolean; children: string[] }[];
}
export interface IndicatorCatalogue {
  catalogue: 'indicators';
  version: string;
  indicators: { code: string; label: string; categories: string[] }[];
}

export interface Catalogues {
  taxonomyVersion: string;
  indicatorsVersion: string;
  categoryCodes: string[];
  indicatorCodes: string[];
  /** The top-level category codes within OCAM's remit. */
  ocamRemit: Set<string>;
}

function load<T>(envVar: string, fallback: unknown): T {
  const file = process.env[envVar];
  return (file ? JSON.parse(readFileSync(file, 'utf8')) : fallback) as T;
}

let documents: { taxonomy: Taxonomy; indicators: IndicatorCatalogue } | undefined;

/**
 * The catalogues as published, with their labels: what a form offers a point of contact (the web
 * console's). The same files the validation reads, so the two never disagree.
 */
export function catalogueDocuments(): { taxonomy: Taxonomy; indicators: IndicatorCatalogue } {
  documents ??= {
    taxonomy: load<Taxonomy>('TAXONOMY_FILE', defaultTaxonomy),
    indicators: load<IndicatorCatalogue>('INDICATORS_FILE', defaultIndicators),
  };
  return documents;
}

function build(): Catalogues {
  const { taxonomy, indicators } = catalogueDocuments();
  // Remit is data every category must state: a file that leaves it out is refused, never read as either answer.
  const unstated = taxonomy.categories.filter((c) => typeof c.ocamRemit !== 'boolean').map((c) => c.code);
  if (unstated.length) throw new Error(`taxonomy ${taxonomy.version}: ocamRemit (true or false) missing for ${unstated.join(', ')}`);
  const categoryCodes = taxonomy.categories.flatMap((c) => [c.code, ...c.children.map((s) => `${c.code}.${s}`)]);
  return {
    taxonomyVersion: taxonomy.version,
    indicatorsVersion: indicators.version,
    categoryCodes,
    indicatorCodes: indicators.indicators.map((i) => i.code),
    ocamRemit: new Set(taxonomy.categories.filter((c) => c.ocamRemit).map((c) => c.code)),
  };
}

/** Whether a taxonomy code (`terrorism.travel`, `fraud`) falls within OCAM's remit: its top-level category's answer. */
export function withinOcamRemit(code: string): boolean {
  return catalogues().ocamRemit.has(code.split('.')[0]);
}

/** A signal's categories: its `category` and its `additionalCategories`. */
export function categoriesOf(s: { category: string; additionalCategories?: string[] }): string[] {
  return [s.category, ...(s.additionalCategories ?? [])];
}

/**
 * Whether none of a signal's categories is within OCAM's remit: such a signal never goes to OCAM by
 * default (the router rejects it `outside-remit`, unless a rule explicitly sends it elsewhere). One
 * category within the remit is enough for the whole signal to be routed.
 */
export function outsideOcamRemit(s: { category: string; additionalCategories?: string[] }): boolean {
  return !categoriesOf(s).some(withinOcamRemit);
}

let current: Catalogues | undefined;

export function catalogues(): Catalogues {
  current ??= build();
  return current;
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** Up to five valid codes close to `code`: same prefix, containing it, or few edits away. */
export function closeCodes(code: string, valid: string[]): string[] {
  const c = code.toLowerCase().slice(0, 80);
  return valid
    .map((v) => {
      const last = v.split('.').pop() ?? v;
      let score = Math.min(distance(c, v), distance(c, last) + 1);
      if (c.length >= 3 && (v.includes(c) || c.includes(last))) score = Math.min(score, 2);
      return { v, score };
    })
    .filter((x) => x.score <= Math.max(3, Math.floor(c.length / 3)))
    .sort((a, b) => a.score - b.score || a.v.localeCompare(b.v))
    .slice(0, 5)
    .map((x) => x.v);
}
