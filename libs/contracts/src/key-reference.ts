import { createHash } from 'node:crypto';

/** A subject key as events and readers see it: its kind and a digest, never the key itself. */
export interface KeyReference {
  type: string;
  digest: string;
}

/**
 * The reference to a normalised subject key (kind: the part before the value; digest: the first 32
 * hex digits of its SHA-256). Events name the kind of key that matched and this digest, never the key
 * itself (it holds a normalised name and birth date); the router's database keeps the key.
 */
export function keyReference(key: string): KeyReference {
  return {
    type: key
      .split(':')
      .slice(0, key.startsWith('document:') ? 2 : 1)
      .join(':'),
    digest: createHash('sha256').update(key).digest('hex').slice(0, 32),
  };
}
