import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SigningKey } from './signing-key';

describe('SigningKey (development key file)', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  const keyIn = (file: string): SigningKey => {
    delete process.env.AUDIT_SIGNING_KEY;
    delete process.env.AUDIT_TRUSTED_PUBLIC_KEYS;
    process.env.NODE_ENV = 'development';
    process.env.AUDIT_SIGNING_KEY_FILE = file;
    return new SigningKey();
  };

  it('generates an Ed25519 key once into its file (mode 0600, PKCS#8 PEM), then signs with the same one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'signing-key-')), '.passerelle', 'audit-signing-key.pem');
    const first = keyIn(file);
    const second = keyIn(file);
    expect(second.keyId).toBe(first.keyId);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+-----END PRIVATE KEY-----\n$/);
    expect(first.privateKey.asymmetricKeyType).toBe('ed25519');
  });

  it('a file that holds no key, or cannot be read, is an error naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signing-key-'));
    const junk = join(dir, 'junk.pem');
    writeFileSync(junk, 'not a key\n');
    expect(() => keyIn(junk)).toThrow(`(in ${junk})`);
    expect(() => keyIn(dir)).toThrow(`cannot read the audit signing key from ${dir}: EISDIR`);
  });

  it('refuses to generate one in production', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'signing-key-')), 'key.pem');
    process.env.NODE_ENV = 'production';
    delete process.env.AUDIT_SIGNING_KEY;
    process.env.AUDIT_SIGNING_KEY_FILE = file;
    expect(() => new SigningKey()).toThrow('AUDIT_SIGNING_KEY is required in production');
  });
});
