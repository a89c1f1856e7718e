import { createHash, randomBytes } from 'node:crypto';

/**
 * API keys carry 256 random bits, so a fast SHA-256 digest is enough to store them: there is no
 * low-entropy secret for a slow hash to protect. Only the digest is stored; the key is shown once.
 */
export function generateApiKey(): string {
  return `psl_${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** One half of a key handover (`pslh_` + 256 random bits): worth nothing alone. */
export function generateHandoverCode(): string {
  return `pslh_${randomBytes(32).toString('base64url')}`;
}
