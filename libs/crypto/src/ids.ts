import { createHmac, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ensureSecretFile, firstLine, loadSecretFile } from './secret-file';

/**
 * The deployment's id secret: every service of one deployment must hold the same one (the audit
 * derives the id the router gives a bare submission), and nobody outside may learn it.
 */
export const ID_SECRET_ENV = 'PASSERELLE_ID_SECRET';
/** A file holding the secret (its first line), for deployments that mount secrets as files. */
export const ID_SECRET_FILE_ENV = 'PASSERELLE_ID_SECRET_FILE';
/** Where a development machine keeps its generated secret (beside the audit's development key). */
export const DEV_ID_SECRET_FILE = join('.passerelle', 'id-secret');

/** Shortest secret accepted: 32 characters (the generated ones are 64 hex digits, 256 bits). */
const MIN_SECRET_LENGTH = 32;

/**
 * A UUID (version 8 layout: RFC 9562's custom version) keyed by `secret` over its parts:
 * HMAC-SHA256 of the parts, cut to 122 bits. The same parts always give the same id (a redelivered
 * input yields the same event id, and downstream inboxes drop the repeat), while without the secret
 * nobody can compute an id in advance and claim it before Passerelle does.
 */
export function keyedId(secret: string | Buffer, ...parts: string[]): string {
  // As a JSON array: ('a', 'bc') and ('ab', 'c') differ whatever characters the parts hold.
  const h = createHmac('sha256', secret).update(JSON.stringify(parts), 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x80;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/**
 * An id Passerelle derives from its parts, under the deployment's secret ({@link idSecret}). Events
 * a consumer produces in reaction to an input get ids derived from that input; a bare submission's
 * signal id is derived from its agency and reference.
 */
export function derivedId(...parts: string[]): string {
  return keyedId(idSecret(), ...parts);
}

let cached: { secret: string; source: string } | undefined;

/**
 * The deployment's id secret, loaded once per process:
 * - `PASSERELLE_ID_SECRET`, else the first line of the file `PASSERELLE_ID_SECRET_FILE` names;
 * - neither, with NODE_ENV=production: an error (services refuse to start);
 * - neither, with NODE_ENV=test: a random secret for this process (a test run's global setup sets
 *   one for every process it starts);
 * - neither, otherwise (a development machine): one generated once into `.passerelle/id-secret`
 *   (mode 0600), which every service started from the same directory shares.
 */
export function idSecret(): string {
  cached ??= loadIdSecret(process.env);
  return cached.secret;
}

/** Where the secret came from (never the secret itself), for a start-up log line. */
export function idSecretSource(): string {
  idSecret();
  return cached!.source;
}

/** Forgets the loaded secret: the next id is derived under the secret the environment names then. For tests. */
export function resetIdSecret(): void {
  cached = undefined;
}

export function loadIdSecret(env: NodeJS.ProcessEnv, cwd = process.cwd()): { secret: string; source: string } {
  const configured = env[ID_SECRET_ENV];
  if (configured) return { secret: checked(configured, ID_SECRET_ENV), source: ID_SECRET_ENV };
  const file = env[ID_SECRET_FILE_ENV];
  if (file) {
    const source = `${ID_SECRET_FILE_ENV} (${file})`;
    // Read only: a configured file that is missing is an error, not something to generate.
    return { secret: checked(firstLine(loadSecretFile(file, { what: 'the id secret', source })), source), source };
  }
  if (env.NODE_ENV === 'production') throw new Error(`${ID_SECRET_ENV} or ${ID_SECRET_FILE_ENV} is required in production`);
  if (env.NODE_ENV === 'test') return { secret: randomBytes(32).toString('hex'), source: 'random (NODE_ENV=test)' };
  const dev = join(cwd, DEV_ID_SECRET_FILE);
  return { secret: checked(ensureSecretFile(dev, 'the id secret'), dev), source: `development secret in ${dev}` };
}

function checked(secret: string, from: string): string {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`the id secret from ${from} is shorter than ${MIN_SECRET_LENGTH} characters`);
  return secret;
}
