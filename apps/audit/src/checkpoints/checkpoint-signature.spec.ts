import { generateKeyPairSync, sign } from 'node:crypto';
import {
  Checkpoint,
  checkpointMessage,
  checkSignature,
  keyIdOf,
  parsePrivateKey,
  parsePublicKeys,
  signCheckpoint,
} from './checkpoint-signature';

describe('checkpoint signatures', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');
  const trusted = () => parsePublicKeys(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  const signed = (): Checkpoint => signCheckpoint({ seq: '42', hash: 'a'.repeat(64) }, '2026-11-22T10:00:00.000000Z', privateKey);

  it('reads the key as PEM or as base64 DER, and refuses other key types without quoting them', () => {
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const der = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    expect(keyIdOf(parsePrivateKey(pem))).toBe(keyIdOf(publicKey));
    expect(keyIdOf(parsePrivateKey(der))).toBe(keyIdOf(publicKey));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    expect(() => parsePrivateKey(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())).toThrow(/Ed25519/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => parsePrivateKey(ec)).toThrow(/Ed25519/);
    // Malformed input is refused, and the error never quotes it.
    for (const bad of ['not-a-key-secret-material', '', '-----BEGIN PRIVATE KEY-----\nsecret-material\n-----END PRIVATE KEY-----']) {
      let error: unknown;
      try {
        parsePrivateKey(bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/not a PKCS#8 Ed25519 key/);
      expect((error as Error).message).not.toContain('secret-material');
    }
  });

  it('refuses public keys that are malformed or not Ed25519', () => {
    const rsaPub = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => parsePublicKeys(rsaPub)).toThrow(/Ed25519/);
    expect(() => parsePublicKeys('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----')).toThrow();
    expect(() => parsePublicKeys('bm90IGEga2V5')).toThrow();
    expect(trusted()).toHaveLength(1);
    expect(keyIdOf(trusted()[0])).toBe(keyIdOf(publicKey));
  });

  it('verifies with the trusted public key alone, PEM or base64 DER', () => {
    const cp = signed();
    expect(checkSignature(cp, trusted())).toBe('ok');
    expect(checkSignature(cp, parsePublicKeys(publicKey.export({ type: 'spki', format: 'der' }).toString('base64')))).toBe('ok');
    // Among several trusted keys, the one the checkpoint names.
    expect(checkSignature(cp, [other.publicKey, ...trusted()])).toBe('ok');
  });

  it('does not verify once any signed field changed', () => {
    const cp = signed();
    const [pub] = trusted();
    expect(checkSignature({ ...cp, seq: '43' }, [pub])).toBe('bad-signature');
    expect(checkSignature({ ...cp, hash: 'b'.repeat(64) }, [pub])).toBe('bad-signature');
    expect(checkSignature({ ...cp, signedAt: '2026-11-22T10:00:00.000001Z' }, [pub])).toBe('bad-signature');
    // The signature of another checkpoint by the same key does not carry over.
    const later = signCheckpoint({ seq: '43', hash: 'b'.repeat(64) }, cp.signedAt, privateKey);
    expect(checkSignature({ ...cp, signature: later.signature }, [pub])).toBe('bad-signature');
  });

  it('never accepts a signature made with another key', () => {
    const [pub] = trusted();
    // Signed by an untrusted key that names itself: not trusted, whatever public key it carries.
    const forged = signCheckpoint({ seq: '42', hash: 'a'.repeat(64) }, '2026-11-22T10:00:00.000000Z', other.privateKey);
    expect(checkSignature(forged, [pub])).toBe('untrusted-key');
    // Signed by another key but claiming the trusted key's id (and carrying the trusted public key).
    const claimed = { ...forged, keyId: keyIdOf(publicKey), publicKey: signed().publicKey };
    claimed.signature = sign(null, checkpointMessage(claimed), other.privateKey).toString('base64');
    expect(checkSignature(claimed, [pub])).toBe('bad-signature');
    // With no trusted key at all, nothing verifies.
    expect(checkSignature(signed(), [])).toBe('untrusted-key');
  });

  it('treats a malformed signature as bad, never as an error or a pass', () => {
    const cp = signed();
    const [pub] = trusted();
    const flipped = Buffer.from(cp.signature, 'base64');
    flipped[10] ^= 0x01;
    for (const signature of [
      '',
      'not base64 !!',
      Buffer.alloc(64).toString('base64'),
      cp.signature.slice(0, 20),
      flipped.toString('base64'),
    ]) {
      expect({ signature, verdict: checkSignature({ ...cp, signature }, [pub]) }).toEqual({ signature, verdict: 'bad-signature' });
    }
  });
});
