import { Injectable, Logger } from '@nestjs/common';
import { loadSecretFile } from '@passerelle/crypto';
import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { join } from 'node:path';
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

/**
 * The key in `file`, generated first (a fresh Ed25519 key, PKCS#8 PEM, mode 0600) when the file does
 * not exist: libs/crypto's one secret-file loader, as for the id secret.
 */
function readOrCreate(file: string): KeyObject {
  const pem = loadSecretFile(file, {
    what: 'the audit signing key',
    create: () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }),
  });
  try {
    return parsePrivateKey(pem);
  } catch (e) {
    throw new Error(`${(e as Error).message} (in ${file})`);
  }
}
