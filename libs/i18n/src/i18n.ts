import { IntlMessageFormat } from 'intl-messageformat';
import en from '../catalogues/en.json';
import fr from '../catalogues/fr.json';
import nl from '../catalogues/nl.json';

/**
 * Passerelle's languages: French and Dutch (the federal services' languages) and English (the
 * default, and the language of codes, logs and contracts). One catalogue per language, ICU messages
 * (`{name}`, `{n, plural, one {…} other {…}}`), keys the same in every catalogue
 * (`npm run contracts:check` runs scripts/check-catalogues.ts).
 */
export const LANGUAGES = ['en', 'fr', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export type Catalogue = Record<string, string>;
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

const CATALOGUES: Record<Language, Catalogue> = { en, fr, nl };

export const isLanguage = (v: unknown): v is Language => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

/** The catalogue of a language, as shipped (key → ICU message). */
export function catalogue(lang: Language): Catalogue {
  return CATALOGUES[lang];
}

/** Whether a key has a message (in English, which every other catalogue follows). */
export function hasMessage(key: string): boolean {
  return Object.hasOwn(CATALOGUES.en, key);
}

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4: ranges with
 * q-values; `fr-BE` is French, `*` any); English when none is acceptable or the header is absent.
 */
export function negotiateLanguage(header: string | string[] | undefined | null): Language {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return DEFAULT_LANGUAGE;
  const ranges = value
    .slice(0, 500)
    .split(',')
    .map((part, i) => {
      const [range, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](\.\d{0,3})?)\s*$/i.exec(p)).find(Boolean);
      return { tag: range.trim().toLowerCase(), q: q ? Number(q[1]) : 1, i };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranges) {
    if (r.tag === '*') return DEFAULT_LANGUAGE;
    const primary = r.tag.split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

const compiled = new Map<string, IntlMessageFormat>();

/**
 * A message in a language, formatted with its values; the English message when the language's
 * catalogue lacks it (the catalogue check forbids that in the shipped catalogues), the key itself
 * when no catalogue has it.
 */
export function t(lang: Language, key: string, values?: MessageValues): string {
  const source = Object.hasOwn(CATALOGUES[lang], key) ? lang : Object.hasOwn(CATALOGUES.en, key) ? 'en' : undefined;
  if (!source) return key;
  const id = `${source}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    // No rich-text tags: `<key>` in a message is text.
    format = new IntlMessageFormat(CATALOGUES[source][key], source === 'en' ? 'en-GB' : `${source}-BE`, undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return String(format.format(values as Record<string, string | number>));
}

/** `t` when the key exists, else undefined (for data whose codes a deployment may extend). */
export function tOptional(lang: Language, key: string, values?: MessageValues): string | undefined {
  return hasMessage(key) ? t(lang, key, values) : undefined;
}
