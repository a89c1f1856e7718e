import { Injectable, Logger } from '@nestjs/common';
import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { keyIdOf, parsePrivateKey, parsePublicKeys, publicKeyPem } from './checkpoint-signature';

/**
 * The Ed25519 key that signs checkpoints: AUDIT_SIGNING_KEY (PKCS#8, PEM or base64 DER). Outside
 * production, when it is not set, a development key is generated once and kept in
 * .passerelle/audit-signing-key.pem (mode 0600). The key itself is never logged.
 *
 * Trusted for verification: this key's public half, plus AUDIT_TRUSTED_PUBLIC_KEYS (former keys
 * after a rotation: SPKI PEM blocks or base64 DER).
 */
@Injectable()
export class SigningKey {
  readonly privateKey: KeyObject;
  readonly keyId: string;
  readonly publicKeyPem: string;
  readonly trusted: KeyObject[];
  private readonly logger = new Logger('SigningKey');

  constructor() {
    this.privateKey = this.load();
    this.keyId = keyIdOf(this.privateKey);
    this.publicKeyPem = publicKeyPem(this.privateKey);
    const extra = process.env.AUDIT_TRUSTED_PUBLIC_KEYS ? parsePublicKeys(process.env.AUDIT_TRUSTED_PUBLIC_KEYS) : [];
    this.trusted = [this.privateKey, ...extra];
  }

  private load(): KeyObject {
    const configured = process.env.AUDIT_SIGNING_KEY;
    if (configured) return parsePrivateKey(configured);
    if (process.env.NODE_ENV === 'production') throw new Error('AUDIT_SIGNING_KEY is required in production');
    const file = process.env.AUDIT_SIGNING_KEY_FILE ?? join(process.cwd(), '.passerelle', 'audit-signing-key.pem');
    const key = readOrCreate(file);
    this.logger.warn(
      `AUDIT_SIGNING_KEY is not set: checkpoints are signed with the development key in ${file} (key id ${keyIdOf(key)}); set AUDIT_SIGNING_KEY in production`,
    );
    return key;
  }
}

function readOrCreate(file: string): KeyObject {
  try {
    return parsePrivateKey(readFileSync(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  // Written whole under a temporary name, then linked into place: two processes starting together
  // never read a half-written key, and the second one keeps the first one's key.
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  chmodSync(tmp, 0o600);
  try {
    linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    unlinkSync(tmp);
  }
  return parsePrivateKey(readFileSync(file, 'utf8'));
}
