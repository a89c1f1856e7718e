import { ensureSecretFile, firstLine, loadSecretFile } from '@passerelle/crypto';
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { join } from 'node:path';

/**
 * The scrape credential of `GET /metrics`: a bearer token every app of a deployment shares, known
 * to the Prometheus scraper and nobody else. The metrics name routes with their statuses (erasure
 * approvals, principal creations) and every agency's topic lag: not for anyone on the network.
 */
export const METRICS_TOKEN_ENV = 'PASSERELLE_METRICS_TOKEN';
/** A file holding the token (its first line), for deployments that mount secrets as files. */
export const METRICS_TOKEN_FILE_ENV = 'PASSERELLE_METRICS_TOKEN_FILE';
/** Where a development machine keeps its generated token (`npm start` writes it to dev-credentials.json too). */
export const DEV_METRICS_TOKEN_FILE = join('.passerelle', 'metrics-token');

const MIN_TOKEN_LENGTH = 32;

let cached: { token: string | null; source: string } | undefined;

/**
 * The token, loaded once per process: `PASSERELLE_METRICS_TOKEN`, else the first line of the file
 * `PASSERELLE_METRICS_TOKEN_FILE` names; neither with NODE_ENV=production: none, and `/metrics`
 * answers 401 to everybody (nothing to scrape until one is configured); neither with NODE_ENV=test:
 * a random one for this process (tests read it with this function); neither otherwise (a
 * development machine): generated once into `.passerelle/metrics-token` (mode 0600).
 */
export function metricsToken(): string | null {
  cached ??= loadMetricsToken(process.env);
  return cached.token;
}

/** Where the token came from (never the token), for a start-up log line. */
export function metricsTokenSource(): string {
  metricsToken();
  return cached!.source;
}

/** Forgets the loaded token. For tests. */
export function resetMetricsToken(): void {
  cached = undefined;
}

export function loadMetricsToken(env: NodeJS.ProcessEnv, cwd = process.cwd()): { token: string | null; source: string } {
  const configured = env[METRICS_TOKEN_ENV];
  if (configured) return { token: checked(configured, METRICS_TOKEN_ENV), source: METRICS_TOKEN_ENV };
  const file = env[METRICS_TOKEN_FILE_ENV];
  if (file) {
    const source = `${METRICS_TOKEN_FILE_ENV} (${file})`;
    return { token: checked(firstLine(loadSecretFile(file, { what: 'the metrics token', source })), source), source };
  }
  if (env.NODE_ENV === 'production') return { token: null, source: `none (${METRICS_TOKEN_ENV} unset): /metrics refuses every scrape` };
  if (env.NODE_ENV === 'test') return { token: randomBytes(32).toString('hex'), source: 'random (NODE_ENV=test)' };
  const dev = join(cwd, DEV_METRICS_TOKEN_FILE);
  return { token: checked(ensureSecretFile(dev, 'the metrics token'), dev), source: `development token in ${dev}` };
}

function checked(token: string, from: string): string {
  if (token.length < MIN_TOKEN_LENGTH) throw new Error(`the metrics token from ${from} is shorter than ${MIN_TOKEN_LENGTH} characters`);
  return token;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Whether an `Authorization` header carries the token (compared in constant time). */
export function metricsAuthorized(authorization: string | undefined, token = metricsToken()): boolean {
  if (!token || !authorization) return false;
  const m = /^Bearer ([^\s]+)$/i.exec(authorization.trim());
  return m !== null && timingSafeEqual(digest(m[1]), digest(token));
}
