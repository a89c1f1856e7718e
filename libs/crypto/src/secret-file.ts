import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** How a secret file is named in errors: what it holds, and where it was configured. */
export interface SecretFileOptions {
  /** What the file holds, for errors: `the id secret`, `the audit signing key`. */
  what: string;
  /** Where the file came from, for errors (e.g. `PASSERELLE_ID_SECRET_FILE (/run/secrets/id)`); the path by default. */
  source?: string;
  /**
   * The content to write when the file does not exist yet (a development machine's generated
   * secret). Without it, a missing file is an error like any other: a configured file is read, never
   * generated.
   */
  create?: () => string | Buffer;
}

/**
 * The one way Passerelle reads a secret kept in a file (the id secret, the key secret, the data-key
 * KEK, the metrics token, the audit's signing key): the whole text of `file`. With `create`, a file
 * that does not exist is written first: in a directory created with mode 0700, whole under a
 * temporary name (mode 0600), then linked into place, so services starting together never read half
 * a secret and all keep the first one's. Any other failure (unreadable, a directory, no permission)
 * throws `cannot read <what> from <source>: <code>`, naming the file, never its content.
 */
export function loadSecretFile(file: string, options: SecretFileOptions): string {
  const fail = (verb: string, e: unknown): Error =>
    new Error(`cannot ${verb} ${options.what} ${verb === 'read' ? 'from' : 'to'} ${options.source ?? file}: ${errorCode(e)}`);
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (!options.create || (e as NodeJS.ErrnoException).code !== 'ENOENT') throw fail('read', e);
  }
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, options.create(), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    try {
      linkSync(tmp, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      unlinkSync(tmp);
    }
  } catch (e) {
    throw fail('write', e);
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw fail('read', e);
  }
}

/** A secret as Passerelle keeps it in a file: the first line, trimmed. */
export function firstLine(text: string): string {
  return text.split(/\r?\n/)[0].trim();
}

/** A fresh secret as a generated file holds it: 256 random bits as 64 hex digits, and a newline. */
export function newSecretText(): string {
  return `${randomBytes(32).toString('hex')}\n`;
}

/**
 * The secret in `file` (its first line), generating it first when the file does not exist (256
 * random bits as hex, mode 0600; see {@link loadSecretFile}): a development machine's id secret, key
 * secret, KEK and metrics token.
 */
export function ensureSecretFile(file: string, what = 'the secret'): string {
  return firstLine(loadSecretFile(file, { what, create: newSecretText }));
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}
