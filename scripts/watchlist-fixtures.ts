import { PersonKeyKind } from '@passerelle/contracts';

/**
 * A synthetic watchlist and an agency records export with planted matches, for the end-to-end test
 * and `npm run bench:watchlist`. Deterministic (seeded). The list's names come from one pool of
 * syllables (some written in Cyrillic), the records' other names from a disjoint pool, so the only
 * matches are the planted ones — and the near misses (a listed name with another birth date, a
 * listed passport number from another country) must not match.
 */

export interface ListEntry {
  entryId: string;
  category: string;
  familyName: string;
  givenNames: string;
  birthDate: string;
  nationalities: string[];
  documents?: { type: 'passport'; number: string; issuingCountry: string }[];
}

export interface Planted {
  line: number;
  entryId: string;
  keyKind: PersonKeyKind;
  how: 'cyrillic-latin' | 'reordered' | 'document-separators';
}

export interface Fixture {
  entries: ListEntry[];
  csv: string;
  planted: Planted[];
  records: number;
}

/** Mulberry32: a small seeded generator, enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Latin syllables and their Cyrillic spelling; any-ascii transliterates each back to the Latin one.
const SYLLABLES: [string, string][] = [
  ['ka', 'ка'],
  ['ro', 'ро'],
  ['mi', 'ми'],
  ['na', 'на'],
  ['to', 'то'],
  ['le', 'ле'],
  ['du', 'ду'],
  ['sa', 'са'],
  ['vi', 'ви'],
  ['bo', 'бо'],
  ['ga', 'га'],
  ['ri', 'ри'],
  ['zu', 'зу'],
  ['pe', 'пе'],
  ['lo', 'ло'],
  ['fa', 'фа'],
];
const OTHER = ['ber', 'dan', 'fel', 'gor', 'hul', 'jen', 'kas', 'mor', 'nel', 'pir', 'sul', 'tam', 'vel', 'wor', 'yst', 'quo'];
const CATEGORIES = ['foreign-terrorist-fighter', 'homegrown-terrorist-fighter', 'hate-propagandist'];
const COUNTRIES = ['BE', 'FR', 'NL', 'DE', 'MA', 'TR', 'RU', 'SY'];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** A name of `n` syllables encoding `i` (so distinct i give distinct names), in Latin or Cyrillic. */
function name(i: number, n: number, script: 0 | 1): string {
  let s = '';
  for (let k = 0; k < n; k++, i = Math.floor(i / SYLLABLES.length)) s += SYLLABLES[i % SYLLABLES.length][script];
  return cap(s);
}
function otherName(r: () => number, n: number): string {
  let s = '';
  for (let k = 0; k < n; k++) s += OTHER[Math.floor(r() * OTHER.length)];
  return cap(s);
}
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
function date(r: () => number): string {
  return `${1960 + Math.floor(r() * 45)}-${pad(1 + Math.floor(r() * 12), 2)}-${pad(1 + Math.floor(r() * 28), 2)}`;
}
const csvField = (v: string | undefined): string => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** `listSize` entries (every tenth in Cyrillic, every other with a passport), `records` records with `plantedCount` planted matches. */
export function watchlistFixture(opts: { listSize: number; records: number; plantedCount: number; seed?: number }): Fixture {
  const r = rng(opts.seed ?? 14);
  const entries: ListEntry[] = [];
  for (let i = 0; i < opts.listSize; i++) {
    const script = i % 10 === 0 ? 1 : 0;
    entries.push({
      entryId: `FTF-${pad(i + 1, 5)}`,
      category: CATEGORIES[i % CATEGORIES.length],
      // Family names of 4 syllables (65,536 of them) indexed by i; given names of 2, at random.
      familyName: name(i * 7919, 4, script),
      givenNames: name(Math.floor(r() * 256), 2, script),
      birthDate: date(r),
      nationalities: [COUNTRIES[i % COUNTRIES.length]],
      ...(i % 2 === 0
        ? { documents: [{ type: 'passport' as const, number: `L${pad(i, 7)}`, issuingCountry: COUNTRIES[i % COUNTRIES.length] }] }
        : {}),
    });
  }
  const cyrillic = entries.filter((_e, i) => i % 10 === 0);
  const withPassport = entries.filter((e, i) => e.documents && i % 10 !== 0);
  const plain = entries.filter((e, i) => !e.documents && i % 10 !== 0);
  const lines: string[] = ['ref,familyName,givenNames,birthDate,documentType,documentNumber,documentCountry'];
  const planted: Planted[] = [];
  // Where the planted records go: spread over the file.
  const slots = new Map<number, number>();
  for (let k = 0; k < opts.plantedCount; k++) {
    let at: number;
    do at = Math.floor(r() * opts.records);
    while (slots.has(at));
    slots.set(at, k);
  }
  const toLatin = (cyr: string): string => SYLLABLES.reduce((s, [lat, c]) => s.split(c).join(lat).split(cap(c)).join(cap(lat)), cyr);
  for (let n = 0; n < opts.records; n++) {
    const line = n + 2;
    const k = slots.get(n);
    let row: (string | undefined)[];
    if (k !== undefined) {
      const kind = k % 3;
      if (kind === 0) {
        // The list writes the name in Cyrillic, the agency in Latin; given and family names swapped.
        const e = cyrillic[Math.floor(k / 3) % cyrillic.length];
        row = [`P${k}`, toLatin(e.givenNames), toLatin(e.familyName), e.birthDate];
        planted.push({ line, entryId: e.entryId, keyKind: 'name-birthdate', how: 'cyrillic-latin' });
      } else if (kind === 1) {
        // Upper case, tokens in another order across the two fields.
        const e = plain[Math.floor(k / 3) % plain.length];
        row = [`P${k}`, `${e.givenNames.toUpperCase()} ${e.familyName.toUpperCase()}`, '', e.birthDate];
        planted.push({ line, entryId: e.entryId, keyKind: 'name-birthdate', how: 'reordered' });
      } else {
        // The passport written with separators, under another name and no birth date (only the document matches).
        const e = withPassport[Math.floor(k / 3) % withPassport.length];
        const d = e.documents![0];
        const sep = `${d.number.slice(0, 1).toLowerCase()} ${d.number.slice(1, 4)}-${d.number.slice(4)}`;
        row = [`P${k}`, otherName(r, 2), otherName(r, 1), undefined, 'passport', sep, d.issuingCountry.toLowerCase()];
        planted.push({ line, entryId: e.entryId, keyKind: 'document', how: 'document-separators' });
      }
    } else if (n % 997 === 0 && entries.length) {
      // Near misses: a listed name born another day; a listed passport number issued by another country.
      const e = entries[n % entries.length];
      const [y, m, d] = e.birthDate.split('-');
      const other = `${y}-${m}-${pad(((Number(d) % 28) + 1) % 28 || 28, 2)}`;
      const doc = e.documents?.[0];
      row = [
        `N${n}`,
        e.familyName,
        e.givenNames,
        other,
        ...(doc ? ['passport', doc.number, doc.issuingCountry === 'BE' ? 'FR' : 'BE'] : []),
      ];
    } else {
      const passport = r() < 0.3;
      row = [`R${n}`, otherName(r, 2), otherName(r, 2), date(r), ...(passport ? ['passport', `R${pad(n, 8)}`, 'BE'] : [])];
    }
    lines.push(row.map(csvField).join(','));
  }
  return { entries, csv: lines.join('\n') + '\n', planted: planted.sort((a, b) => a.line - b.line), records: opts.records };
}
