import { SignalSubmission, Subject } from '@passerelle/contracts';
import anyAscii from 'any-ascii';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

/**
 * Normalisation of subject identifiers, so that the same person, document, vehicle or account
 * written differently by two agencies yields the same key.
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

/** Family and given names as one order-free token list: "El Amrani, Youssef" = "Youssef EL-AMRANI". */
export function normalisedPersonName(familyName: string, givenNames = ''): string {
  return [...nameTokens(familyName), ...nameTokens(givenNames)].sort().join(' ');
}

/** Upper case, letters and digits only: "em 123-456" → "EM123456". */
export function compactId(value: string): string {
  return anyAscii(value)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/** The correlation keys of one subject; each key is `<type>:<normalised value>`. */
export function subjectKeys(s: Subject): string[] {
  switch (s.kind) {
    case 'person': {
      const keys = (s.documents ?? []).map((d) => `document:${d.type}:${d.issuingCountry.toUpperCase()}:${compactId(d.number)}`);
      // A name alone is too weak a key; with a birth date it identifies a person well enough to link.
      if (s.birthDate) keys.push(`person:${normalisedPersonName(s.familyName, s.givenNames)}:${s.birthDate}`);
      return keys;
    }
    case 'organisation':
      return s.registrationNumber ? [`organisation:${(s.country ?? '').toUpperCase()}:${compactId(s.registrationNumber)}`] : [];
    case 'vehicle':
      return [`plate:${s.registrationCountry.toUpperCase()}:${compactId(s.plate)}`, ...(s.vin ? [`vin:${compactId(s.vin)}`] : [])];
    case 'vessel':
      return [`imo:${s.imo.replace(/\D/g, '')}`];
    case 'aircraft':
      return [`aircraft:${compactId(s.registration)}`];
    case 'container':
      return [`container:${compactId(s.containerNumber)}`];
    case 'phone':
      return [`phone:${s.number}`];
    case 'email':
      return [`email:${s.address.trim().toLowerCase()}`];
    case 'iban':
      return [`iban:${compactId(s.iban)}`];
    case 'crypto':
      return [`crypto:${s.network}:${s.address.trim()}`];
  }
}

export function signalSubjectKeys(signal: SignalSubmission): string[] {
  return [...new Set(signal.subjects.flatMap(subjectKeys))];
}

/**
 * Fingerprint of a signal's material content: everything but the agency's reference, with
 * subjects described by their normalised keys, in canonical JSON (RFC 8785).
 */
export function contentFingerprint(signal: SignalSubmission): string {
  const { externalRef: _ref, subjects, ...rest } = signal;
  const material = { ...rest, subjects: subjects.map((s) => subjectKeys(s).sort().join('|') || canonicalize(s)).sort() };
  return createHash('sha256')
    .update(canonicalize(JSON.parse(JSON.stringify(material))) ?? '', 'utf8')
    .digest('hex');
}
