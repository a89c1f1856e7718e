import { PersonIdentifiers, PersonKeyKind, personKeys } from '@passerelle/contracts';
import { evaluateToken } from './oprf';

/** One key a person is matched by, and how it identifies (by document, or by name and birth date). */
export interface MatchKey {
  kind: PersonKeyKind;
  key: string;
}

/**
 * The match keys of a person — a list entry or an agency's record alike — with the router's
 * normalisation (libs/contracts subject-normalisation): each identity document without separators,
 * and the name (transliterated, case- and accent-folded, tokens in any order) with the birth date.
 * A name that normalises to nothing yields no key: it would match every such name born that day.
 */
export function matchKeys(p: PersonIdentifiers): MatchKey[] {
  const seen = new Set<string>();
  return personKeys(p).filter((k) => {
    if (k.kind === 'name-birthdate' && k.key.startsWith('person::')) return false;
    if (k.kind === 'document' && k.key.endsWith(':')) return false;
    if (seen.has(k.key)) return false;
    seen.add(k.key);
    return true;
  });
}

/** Key holder: the tokens of one list entry under its version's secret key. */
export function entryTokens(secretKey: Uint8Array, p: PersonIdentifiers): { kind: PersonKeyKind; token: string }[] {
  return matchKeys(p).map((k) => ({ kind: k.kind, token: evaluateToken(secretKey, k.key) }));
}
