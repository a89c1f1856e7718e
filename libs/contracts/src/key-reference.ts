/** A subject key as events and readers see it: its kind and a digest, never the key itself. */
export interface KeyReference {
  type: string;
  digest: string;
}

/** The kind of a normalised subject key: the part before its value (`person`, `document:passport`, `iban` …). */
export function keyType(key: string): string {
  return key
    .split(':')
    .slice(0, key.startsWith('document:') ? 2 : 1)
    .join(':');
}

/**
 * The reference to a normalised subject key: its kind, and a digest of it (32 hex digits) that the
 * caller computes — keyed under the deployment's secret (libs/messaging `subjectKeyReference`), so
 * that a guessed name and birth date cannot be confirmed against it. Events name the kind of key that
 * matched and this digest, never the key itself.
 */
export function keyReference(key: string, digest: string): KeyReference {
  return { type: keyType(key), digest: digest.slice(0, 32) };
}
