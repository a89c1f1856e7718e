import { idSecret } from '@passerelle/crypto';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Each list version's OPRF secret key is stored wrapped (AES-256-GCM, the list and version as
 * associated data, so a wrapped key cannot be moved to another version) under a key derived from
 * `WATCHLIST_KEY_SECRET`, else from the deployment's id secret. A database dump alone therefore
 * does not give the keys. The id secret is shared by every service of a deployment; one that wants
 * the intake alone able to unwrap sets `WATCHLIST_KEY_SECRET` for the intake only.
 */
function wrappingKey(): Buffer {
  const secret = process.env.WATCHLIST_KEY_SECRET || idSecret();
  return createHmac('sha256', secret).update('passerelle.watchlist.key-wrap.v1').digest();
}

const aad = (list: string, version: number): Buffer => Buffer.from(`${list}:${version}`, 'utf8');

export function wrapKey(secretKey: Uint8Array, list: string, version: number): Buffer {
  const nonce = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', wrappingKey(), nonce);
  c.setAAD(aad(list, version));
  const ct = Buffer.concat([c.update(secretKey), c.final()]);
  return Buffer.concat([nonce, c.getAuthTag(), ct]);
}

export function unwrapKey(wrapped: Buffer, list: string, version: number): Uint8Array {
  const d = createDecipheriv('aes-256-gcm', wrappingKey(), wrapped.subarray(0, 12));
  d.setAAD(aad(list, version));
  d.setAuthTag(wrapped.subarray(12, 28));
  return new Uint8Array(Buffer.concat([d.update(wrapped.subarray(28)), d.final()]));
}
