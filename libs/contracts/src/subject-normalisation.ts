import anyAscii from 'any-ascii';

/**
 * Normalisation of person identifiers, so that the same person or document written differently by
 * two parties yields the same key. The router correlates signals with it, and watchlist matching
 * (libs/watchlist) derives its match keys with it: both sides of a comparison must normalise
 * alike, so the one definition lives here, in the contract every party shares.
 */

/** Transliterates to ASCII (Юсуф → Yusuf, Łódź → Lodz, ß → ss), folds case, keeps letters and digits as tokens. */
export function nameTokens(value: string): string[] {
  return (
    anyAscii(value.normalize('NFKC'))
      .toLowerCase()
      // Transliteration writes soft signs and elisions as apostrophes (Koval'chuk): drop them, not split.
      .replace(/['`]/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
  );
}

/** Family and given names as one order-free token list: "De Proef, Lena" = "Lena DE-PROEF". */
export function normalisedPersonName(familyName: string, givenNames = ''): string {
  return [...nameTokens(familyName), ...nameTokens(givenNames)].sort().join(' ');
}

/** Upper case, letters and digits only: "em 123-456" → "EM123456". */
export function compactId(value: string): string {
  return anyAscii(value)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/** How a person key identifies: by an identity document, or by name together with birth date. */
export const PERSON_KEY_KINDS = ['document', 'name-birthdate'] as const;
export type PersonKeyKind = (typeof PERSON_KEY_KINDS)[number];

/** The fields of a person that its keys are made of (a `PersonSubject`, a watchlist entry, a record). */
export interface PersonIdentifiers {
  familyName: string;
  givenNames?: string;
  birthDate?: string;
  documents?: { type: string; number: string; issuingCountry: string }[];
}

/** A person's keys, each `<type>:<normalised value>`, with the kind of each. */
export function personKeys(p: PersonIdentifiers): { kind: PersonKeyKind; key: string }[] {
  const keys: { kind: PersonKeyKind; key: string }[] = (p.documents ?? []).map((d) => ({
    kind: 'document',
    key: `document:${d.type}:${d.issuingCountry.toUpperCase()}:${compactId(d.number)}`,
  }));
  // A name alone is too weak a key; with a birth date it identifies a person well enough to link.
  if (p.birthDate) keys.push({ kind: 'name-birthdate', key: `person:${normalisedPersonName(p.familyName, p.givenNames)}:${p.birthDate}` });
  return keys;
}
