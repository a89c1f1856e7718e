import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { compactId, personKeys } from './subject-normalisation';
import { SignalSubmission, Subject } from './submission';

// A signal's subject keys, from the contract's normalisation (./subject-normalisation, shared with
// watchlist matching): the router correlates on them, the intake names the same keys in its links.

/** The correlation keys of one subject; each key is `<type>:<normalised value>`. */
export function subjectKeys(s: Subject): string[] {
  switch (s.kind) {
    case 'person':
      return personKeys(s).map((k) => k.key);
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
 * SHA-256 of a signal's material content: everything but the agency's reference, with subjects
 * described by their normalised keys, in canonical JSON (RFC 8785). Never stored as such: see
 * {@link FINGERPRINT_DOMAIN}.
 */
export function contentFingerprint(signal: SignalSubmission): string {
  const { externalRef: _ref, subjects, ...rest } = signal;
  const material = { ...rest, subjects: subjects.map((s) => subjectKeys(s).sort().join('|') || canonicalize(s)).sort() };
  return createHash('sha256')
    .update(canonicalize(JSON.parse(JSON.stringify(material))) ?? '', 'utf8')
    .digest('hex');
}

/**
 * What the router stores and looks up, instead of a subject key or a fingerprint: its HMAC under
 * the deployment's key secret (libs/crypto/src/keys.ts) in one of these domains. A plain hash of
 * `person:<name>:<birth date>` can be confirmed by guessing; a keyed one cannot without the secret.
 */
export const SUBJECT_KEY_DOMAIN = 'subject-key';
export const FINGERPRINT_DOMAIN = 'fingerprint';
