import { createHmac, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { keyReference, KeyReference } from '@passerelle/contracts';
import { ensureSecretFile, firstLine, loadSecretFile } from './secret-file';

/**
 * The deployment's key secret: what subject keys, content fingerprints and the digests shown to
 * analysts and oversight are keyed with (HMAC-SHA256), so that nobody without it can confirm a
 * guessed name and birth date against a digest. Separate from the id secret (ids.ts): it rotates
 * on its own schedule, and the router matches across one rotation (current + previous).
 */
export const KEY_SECRET_ENV = 'PASSERELLE_KEY_SECRET';
export const KEY_SECRET_FILE_ENV = 'PASSERELLE_KEY_SECRET_FILE';
/** The secret in force before the last rotation (or a file holding it): still matched, never written. */
export const KEY_SECRET_PREVIOUS_ENV = 'PASSERELLE_KEY_SECRET_PREVIOUS';
export const KEY_SECRET_PREVIOUS_FILE_ENV = 'PASSERELLE_KEY_SECRET_PREVIOUS_FILE';
/** Where a development machine keeps its generated key secret. */
export const DEV_KEY_SECRET_FILE = join('.passerelle', 'key-secret');

const MIN_SECRET_LENGTH = 32;

export interface KeySecrets {
  current: string;
  /** The secret before the last rotation, if any. */
  previous: string | null;
  /** Where they came from (never the secrets), for a start-up log line. */
  source: string;
}

let cached: KeySecrets | undefined;

/**
 * The key secrets, loaded once per process:
 * - `PASSERELLE_KEY_SECRET`, else the first line of the file `PASSERELLE_KEY_SECRET_FILE` names;
 * - neither, with NODE_ENV=production: an error (services refuse to start);
 * - neither, with NODE_ENV=test: a random secret for this process (a test run's global setup sets
 *   one for every process it starts);
 * - neither, otherwise: one generated once into `.passerelle/key-secret` (mode 0600).
 * The previous secret likewise from `PASSERELLE_KEY_SECRET_PREVIOUS[_FILE]`, or none.
 */
export function keySecrets(): KeySecrets {
  cached ??= loadKeySecrets(process.env);
  return cached;
}

/** Forgets the loaded secrets (tests that rotate them). */
export function resetKeySecrets(): void {
  cached = undefined;
}

export function loadKeySecrets(env: NodeJS.ProcessEnv, cwd = process.cwd()): KeySecrets {
  return loadSecretPair(env, { name: KEY_SECRET_ENV, fileName: KEY_SECRET_FILE_ENV, devFile: DEV_KEY_SECRET_FILE }, cwd);
}

/** Where a secret pair (current + previous) is read from: `<name>`, `<fileName>`, `<name>_PREVIOUS`, `<name>_PREVIOUS_FILE`. */
export interface SecretSpec {
  name: string;
  fileName: string;
  /** The development file (relative to the working directory) generated once when nothing is configured. */
  devFile: string;
  /** What the secret is, for errors (`the key secret` when not given). */
  what?: string;
}

/** The rules of {@link keySecrets} for any secret pair (the key secret, the data-key KEK). */
export function loadSecretPair(env: NodeJS.ProcessEnv, spec: SecretSpec, cwd = process.cwd()): KeySecrets {
  const what = spec.what ?? 'the key secret';
  const current = readConfigured(env, spec.name, spec.fileName, what);
  const previous = readConfigured(env, `${spec.name}_PREVIOUS`, `${spec.name}_PREVIOUS_FILE`, what);
  if (current) return { current: current.secret, previous: previous?.secret ?? null, source: current.source };
  if (env.NODE_ENV === 'production') throw new Error(`${spec.name} or ${spec.fileName} is required in production`);
  if (env.NODE_ENV === 'test')
    return { current: randomBytes(32).toString('hex'), previous: previous?.secret ?? null, source: 'random (NODE_ENV=test)' };
  const dev = join(cwd, spec.devFile);
  return {
    current: checked(ensureSecretFile(dev, what), dev, what),
    previous: previous?.secret ?? null,
    source: `development secret in ${dev}`,
  };
}

function readConfigured(env: NodeJS.ProcessEnv, name: string, fileName: string, what: string): { secret: string; source: string } | null {
  const value = env[name];
  if (value) return { secret: checked(value, name, what), source: name };
  const file = env[fileName];
  if (!file) return null;
  const source = `${fileName} (${file})`;
  // Read only: a configured file that is missing is an error, not something to generate.
  return { secret: checked(firstLine(loadSecretFile(file, { what, source })), source, what), source };
}

function checked(secret: string, from: string, what: string): string {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`${what} from ${from} is shorter than ${MIN_SECRET_LENGTH} characters`);
  return secret;
}

/** HMAC-SHA256 (hex) of `value` in `domain` under `secret`: the same value in two domains gives unrelated digests. */
export function keyedDigest(secret: string, domain: string, value: string): string {
  return createHmac('sha256', secret).update(`${domain}\u0000${value}`, 'utf8').digest('hex');
}

/** The digest under the current secret. */
export function currentDigest(domain: string, value: string): string {
  return keyedDigest(keySecrets().current, domain, value);
}

/** The digests to look a value up by: under the current secret, then the previous one (if any). */
export function lookupDigests(domain: string, value: string): string[] {
  const s = keySecrets();
  return s.previous
    ? [keyedDigest(s.current, domain, value), keyedDigest(s.previous, domain, value)]
    : [keyedDigest(s.current, domain, value)];
}

/**
 * The reference events and readers get for a normalised subject key: its kind and the first 32 hex
 * digits of its HMAC under the current key secret (never a plain hash of guessable data).
 */
export function subjectKeyReference(key: string): KeyReference {
  return keyReference(key, currentDigest('key-reference', key));
}
