/** What the benchmarks share: their command-line options, percentiles, and a scratch environment. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { kafkaClient, kafkaConnectionFromEnv, provisionKafka } from '@passerelle/messaging';
import { databaseUrlFromEnv, ensureDatabaseExists, withDatabase } from '@passerelle/persistence';
import { Client } from 'pg';

/** `--name` given on the command line. */
export const flag = (name: string): boolean => process.argv.slice(2).includes(`--${name}`);

/** `--name <number>`, or `dflt` when absent; anything but a non-negative number stops the run with a clear message. */
export function numberOption(name: string, dflt: number): number {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return dflt;
  const v = Number(argv[i + 1]);
  if (argv[i + 1] === undefined || !Number.isFinite(v) || v < 0) {
    process.stderr.write(`--${name} needs a number (got ${argv[i + 1] ?? 'nothing'})\n`);
    process.exit(2);
  }
  return v;
}

/** `--name <value>`, or undefined when absent. */
export function stringOption(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  if (argv[i + 1] === undefined) {
    process.stderr.write(`--${name} needs a value\n`);
    process.exit(2);
  }
  return argv[i + 1];
}

/** p50/p95/p99/max of a set of durations (NaN when empty). */
export function percentiles(values: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  const s = [...values].sort((a, b) => a - b);
  const p = (q: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN);
  return { n: s.length, p50: p(0.5), p95: p(0.95), p99: p(0.99), max: s[s.length - 1] ?? NaN };
}

/**
 * The benchmarks' own Kafka client, as the operator: the users of `KAFKA_CREDENTIALS_FILE`, by default
 * those of the local cluster `npm start` runs (set in the environment, so that the services a
 * benchmark spawns find theirs too).
 */
export function benchKafka(clientId: string) {
  process.env.KAFKA_CREDENTIALS_FILE ??= resolve(__dirname, '..', '..', '.passerelle/kafka/cluster-1/credentials.json');
  const conn = kafkaConnectionFromEnv('admin');
  return { conn, kafka: kafkaClient(conn, clientId) };
}

/**
 * A benchmark that runs a service in its own process: a fresh topic prefix with the deployment's
 * topics, a scratch database, and the example signal its generated signals are made from.
 */
export async function scratchEnvironment(root: string) {
  const { conn, kafka } = benchKafka('bench');
  const prefix = `bench${randomBytes(3).toString('hex')}.`;
  const dbUrl = withDatabase(databaseUrlFromEnv(), `passerelle_bench_${randomBytes(3).toString('hex')}`);
  await ensureDatabaseExists(dbUrl);
  await provisionKafka(conn, { prefix, quotas: false });
  const template = JSON.parse(readFileSync(join(root, 'docs/examples/signals/subject-person.json'), 'utf8'));
  return { kafka, prefix, dbUrl, template };
}

/** Drops a scratch database made by {@link scratchEnvironment}. */
export async function dropScratchDatabase(dbUrl: string): Promise<void> {
  const pg = new Client({ connectionString: withDatabase(dbUrl, 'postgres') });
  await pg.connect();
  try {
    await pg.query(`drop database if exists ${new URL(dbUrl).pathname.slice(1)} with (force)`);
  } finally {
    await pg.end();
  }
}

/**
 * A cleared principal reads nothing until it has acknowledged the security briefing in force (403
 * `briefing-required`): the benchmarks' analysts acknowledge it over the API, as docs/analysts.md shows.
 */
export async function acknowledgeBriefing(intakeUrl: string, apiKey: string): Promise<void> {
  const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
  const briefing = await fetch(`${intakeUrl}/v1/me/briefing`, { headers });
  if (briefing.status !== 200) throw new Error(`GET /v1/me/briefing answered ${briefing.status}`);
  const { version } = (await briefing.json()) as { version: number };
  const ack = await fetch(`${intakeUrl}/v1/me/briefing/acknowledgement`, { method: 'POST', headers, body: JSON.stringify({ version }) });
  if (ack.status !== 200) throw new Error(`acknowledging the security briefing answered ${ack.status}`);
}
