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
  categories: { code: string; label: string; children: string[] }[];
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
  const categoryCodes = taxonomy.categories.flatMap((c) => [c.code, ...c.children.map((s) => `${c.code}.${s}`)]);
  return {
    taxonomyVersion: taxonomy.version,
    indicatorsVersion: indicators.version,
    categoryCodes,
    indicatorCodes: indicators.indicators.map((i) => i.code),
  };
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
