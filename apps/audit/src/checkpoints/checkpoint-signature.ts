import canonicalize from 'canonicalize';
import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

/** Identifies what a checkpoint signature covers; part of the signed bytes. */
export const CHECKPOINT_FORMAT = 'passerelle.audit.checkpoint.v1';

/** The head of the ledger at one moment, signed with the audit service's Ed25519 key. */
export interface Checkpoint {
  seq: string;
  hash: string;
  /** Microsecond ISO instant, as the ledger writes instants. */
  signedAt: string;
  algorithm: 'Ed25519';
  keyId: string;
  /** SPKI PEM of the signing key, for convenience: trust comes from a key obtained out of band. */
  publicKey: string;
  /** Base64 Ed25519 signature over checkpointMessage(). */
  signature: string;
}

/** The signed bytes: RFC 8785 canonical JSON of format, algorithm, seq, hash, signedAt and keyId. */
export function checkpointMessage(c: Pick<Checkpoint, 'seq' | 'hash' | 'signedAt' | 'keyId'>): Buffer {
  const text = canonicalize({
    format: CHECKPOINT_FORMAT,
    algorithm: 'Ed25519',
    seq: c.seq,
    hash: c.hash,
    signedAt: c.signedAt,
    keyId: c.keyId,
  });
  if (text === undefined) throw new Error('checkpoint cannot be canonicalised');
  return Buffer.from(text, 'utf8');
}

/** First 32 hex digits of the SHA-256 of the public key's SPKI DER. */
export function keyIdOf(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(pub.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 32);
}

export function publicKeyPem(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return pub.export({ type: 'spki', format: 'pem' }).toString();
}

export function signCheckpoint(head: { seq: string; hash: string }, signedAt: string, privateKey: KeyObject): Checkpoint {
  const keyId = keyIdOf(privateKey);
  const signature = sign(null, checkpointMessage({ ...head, signedAt, keyId }), privateKey).toString('base64');
  return { seq: head.seq, hash: head.hash, signedAt, algorithm: 'Ed25519', keyId, publicKey: publicKeyPem(privateKey), signature };
}

/**
 * Checks a checkpoint against the trusted keys (by key id), never against the public key it
 * carries: whoever can write the table could carry their own key.
 */
export function checkSignature(c: Checkpoint, trusted: KeyObject[]): 'ok' | 'untrusted-key' | 'bad-signature' {
  const key = trusted.find((k) => keyIdOf(k) === c.keyId);
  if (!key) return 'untrusted-key';
  try {
    return verify(null, checkpointMessage(c), key, Buffer.from(c.signature, 'base64')) ? 'ok' : 'bad-signature';
  } catch {
    return 'bad-signature';
  }
}

function assertEd25519(k: KeyObject): KeyObject {
  if (k.asymmetricKeyType !== 'ed25519') throw new Error(`expected an Ed25519 key, got ${k.asymmetricKeyType}`);
  return k;
}

/** A PKCS#8 Ed25519 private key, as PEM or as base64 of the DER. Errors never quote the input. */
export function parsePrivateKey(text: string): KeyObject {
  const t = text.trim();
  try {
    if (t.includes('-----BEGIN')) return assertEd25519(createPrivateKey({ key: t, format: 'pem' }));
    return assertEd25519(createPrivateKey({ key: Buffer.from(t, 'base64'), format: 'der', type: 'pkcs8' }));
  } catch (e) {
    throw new Error(`the audit signing key is not a PKCS#8 Ed25519 key (PEM or base64 DER): ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Public keys (SPKI) as PEM blocks, or base64 DER separated by commas or white space. */
export function parsePublicKeys(text: string): KeyObject[] {
  const pems = text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g);
  if (pems) return pems.map((p) => assertEd25519(createPublicKey({ key: p, format: 'pem' })));
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((b) => assertEd25519(createPublicKey({ key: Buffer.from(b, 'base64'), format: 'der', type: 'spki' })));
}
