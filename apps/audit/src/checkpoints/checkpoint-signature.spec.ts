import { generateKeyPairSync } from 'node:crypto';
import { checkSignature, keyIdOf, parsePrivateKey, parsePublicKeys, signCheckpoint } from './checkpoint-signature';

describe('checkpoint signatures', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');

  it('reads the key as PEM or as base64 DER, and refuses other key types without quoting them', () => {
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const der = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    expect(keyIdOf(parsePrivateKey(pem))).toBe(keyIdOf(publicKey));
    expect(keyIdOf(parsePrivateKey(der))).toBe(keyIdOf(publicKey));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => parsePrivateKey(rsa)).toThrow(/Ed25519/);
    try {
      parsePrivateKey('not-a-key-secret-material');
    } catch (e) {
      expect((e as Error).message).not.toContain('secret-material');
    }
  });

  it('verifies with the public key alone, and not after any field changed', () => {
    const cp = signCheckpoint({ seq: '42', hash: 'a'.repeat(64) }, '2026-11-22T10:00:00.000000Z', privateKey);
    const [pub] = parsePublicKeys(cp.publicKey);
    expect(checkSignature(cp, [pub])).toBe('ok');
    expect(checkSignature({ ...cp, seq: '43' }, [pub])).toBe('bad-signature');
    expect(checkSignature({ ...cp, signedAt: '2026-11-22T10:00:00.000001Z' }, [pub])).toBe('bad-signature');
    expect(checkSignature(cp, parsePublicKeys(publicKey.export({ type: 'spki', format: 'der' }).toString('base64')))).toBe('ok');
  });
});
