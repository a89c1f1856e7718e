/**
 * Provisioning shared by `npm start`, `kafka.sh add-agency` and the compose file's `setup` service:
 * topics and their ACLs (infra/kafka/acls.json), the identity schema, demo principals with fresh API
 * keys, and the credentials file.
 *
 *   node -r ./scripts/register-paths.js dist/scripts/provision.js [--kafka-only] [--agency CODE]...
 *   (reads DATABASE_URL, KAFKA_BROKERS, KAFKA_CREDENTIALS_FILE or the operator's KAFKA_SASL_*, SERVICE_URLS)
 */
import 'reflect-metadata';
import { chmodSync, chownSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { kafkaConnectionFromEnv, KafkaCredentialsFile, provisionKafka, readKafkaCredentials } from '@passerelle/messaging';
import {
  DEV_ID_SECRET_FILE,
  DEV_KEY_SECRET_FILE,
  DATA_KEY_KEK_ENV,
  DATA_KEY_KEK_FILE_ENV,
  DEV_DATA_KEY_KEK_FILE,
  ensureSecretFile,
  ID_SECRET_ENV,
  ID_SECRET_FILE_ENV,
  KEY_SECRET_ENV,
  KEY_SECRET_FILE_ENV,
} from '@passerelle/crypto';
import { DEV_METRICS_TOKEN_FILE, METRICS_TOKEN_ENV, METRICS_TOKEN_FILE_ENV } from '@passerelle/http';
import { databaseUrlFromEnv, identityMigrations, migrateSchema } from '@passerelle/persistence';
import { DEMO_PRINCIPALS, PrincipalsRepository } from '@passerelle/security';
import { DataSource } from 'typeorm';

export const ROOT = resolve(__dirname, '..', '..');
export const CREDENTIALS_FILE = join(ROOT, '.passerelle', 'dev-credentials.json');

export interface SeededPrincipal {
  name: string;
  role: string;
  agency: string | null;
  clearance: string;
  clearanceExpiresAt: string;
  feeds: string[];
  apiKey: string;
}

/**
 * Topics and ACLs, as the operator (user `admin` of KAFKA_CREDENTIALS_FILE, or KAFKA_SASL_*), for the
 * agencies of infra/kafka/acls.json, those with a user in the credentials file, and `agencies`.
 */
export async function provisionKafkaFromEnv(agencies: string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const known = env.KAFKA_CREDENTIALS_FILE
    ? readKafkaCredentials(env.KAFKA_CREDENTIALS_FILE).principals.flatMap((p) => (p.kind === 'agency' && p.agency ? [p.agency] : []))
    : [];
  // A stretched cluster (npm run sites) names its replication: KAFKA_REPLICATION_FACTOR, and
  // KAFKA_MIN_INSYNC_REPLICAS (a number, or `inherit`: the brokers' default, which failover changes).
  const isr = env.KAFKA_MIN_INSYNC_REPLICAS;
  const replication = env.KAFKA_REPLICATION_FACTOR
    ? {
        replicationFactor: Number(env.KAFKA_REPLICATION_FACTOR),
        minInsyncReplicas: isr === 'inherit' ? null : isr ? Number(isr) : undefined,
      }
    : {};
  return provisionKafka(kafkaConnectionFromEnv('admin', env), {
    prefix: env.KAFKA_TOPIC_PREFIX ?? '',
    agencies: [...known, ...agencies],
    ...replication,
  });
}

/**
 * The secrets every app of a local run shares, as `npm start` and `npm run sites` hand them over:
 * each one's file (generated once, mode 0600, under .passerelle/) unless the environment names the
 * secret or its file. Returns the variables to give the apps, and the metrics scrape token.
 */
export function sharedSecretsEnv(env: NodeJS.ProcessEnv = process.env): { env: Record<string, string>; metricsToken: string } {
  const out: Record<string, string> = {};
  // The secret the ids Passerelle derives are keyed with: one for all the apps, in .passerelle/id-secret.
  if (!env[ID_SECRET_ENV] && !env[ID_SECRET_FILE_ENV]) {
    out[ID_SECRET_FILE_ENV] = join(ROOT, DEV_ID_SECRET_FILE);
    ensureSecretFile(out[ID_SECRET_FILE_ENV], 'the id secret');
  }
  // The secret subject keys and digests are keyed with (HMAC): likewise one, in .passerelle/key-secret.
  if (!env[KEY_SECRET_ENV] && !env[KEY_SECRET_FILE_ENV]) {
    out[KEY_SECRET_FILE_ENV] = join(ROOT, DEV_KEY_SECRET_FILE);
    ensureSecretFile(out[KEY_SECRET_FILE_ENV], 'the key secret');
  }
  // The key-encryption key the per-signal data keys are wrapped under (the router wraps, the
  // intake unwraps): likewise one, in .passerelle/data-key-kek.
  if (!env[DATA_KEY_KEK_ENV] && !env[DATA_KEY_KEK_FILE_ENV]) {
    out[DATA_KEY_KEK_FILE_ENV] = join(ROOT, DEV_DATA_KEY_KEK_FILE);
    ensureSecretFile(out[DATA_KEY_KEK_FILE_ENV], 'the data-key KEK');
  }
  // The bearer token the Prometheus scraper sends to every app's GET /metrics: likewise one, in
  // .passerelle/metrics-token.
  let metricsToken = env[METRICS_TOKEN_ENV];
  if (!metricsToken) {
    out[METRICS_TOKEN_FILE_ENV] = env[METRICS_TOKEN_FILE_ENV] ?? join(ROOT, DEV_METRICS_TOKEN_FILE);
    metricsToken = ensureSecretFile(out[METRICS_TOKEN_FILE_ENV], 'the metrics token');
  }
  return { env: out, metricsToken };
}

/** The `kafka` section of dev-credentials.json: where the brokers are and every local Kafka user. */
export function kafkaSection(file: KafkaCredentialsFile) {
  return {
    brokers: file.brokers,
    mechanism: file.mechanism,
    ssl: false,
    principals: file.principals.map((p) => ({
      name: p.name,
      kind: p.kind,
      ...(p.agency ? { agency: p.agency } : {}),
      username: p.username,
      password: p.password,
    })),
    // The same users over TLS (SASL_SSL): these brokers, trusting this CA.
    tlsBrokers: file.tlsBrokers ?? [],
    caFile: file.caFile ?? null,
  };
}

/** Seeds the demo principals, each with a new key (keys are stored hashed, so they are rotated). */
export async function seedDemoPrincipals(databaseUrl: string): Promise<SeededPrincipal[]> {
  await migrateSchema(databaseUrl, 'identity', identityMigrations);
  const ds = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
  try {
    const repo = new PrincipalsRepository(ds);
    const inAYear = new Date(Date.now() + 365 * 24 * 3600 * 1000);
    const out: SeededPrincipal[] = [];
    for (const p of DEMO_PRINCIPALS) {
      const { principal, apiKey } = await repo.upsertWithNewKey({ ...p, clearanceExpiresAt: inAYear });
      out.push({
        name: principal.name,
        role: principal.role,
        agency: principal.agency,
        clearance: principal.clearance,
        clearanceExpiresAt: inAYear.toISOString(),
        feeds: principal.feeds,
        apiKey,
      });
    }
    return out;
  } finally {
    await ds.destroy();
  }
}

/** Writes the credentials file, readable by its owner only (it holds API keys and Kafka passwords). */
export function writeCredentials(
  services: Record<string, string>,
  principals: SeededPrincipal[],
  kafka: ReturnType<typeof kafkaSection> | undefined,
  file = CREDENTIALS_FILE,
  /** The scrape token of every app's GET /metrics (docs/operations.md, _Health and metrics_). */
  metrics?: { token: string },
): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify({ services, principals, ...(kafka ? { kafka } : {}), ...(metrics ? { metrics } : {}) }, null, 2) + '\n',
    {
      mode: 0o600,
    },
  );
  chmodSync(file, 0o600);
  return file;
}

if (require.main === module) {
  (async () => {
    if (!process.env.KAFKA_BROKERS) throw new Error('KAFKA_BROKERS is required');
    const args = process.argv.slice(2);
    const agencies = args.flatMap((a, i) => (args[i - 1] === '--agency' ? [a] : []));
    const created = await provisionKafkaFromEnv(agencies);
    process.stdout.write(`provision: ${created.length} topic(s) created; ACLs of infra/kafka/acls.json in force\n`);
    if (args.includes('--kafka-only')) return;
    const principals = await seedDemoPrincipals(databaseUrlFromEnv());
    const services = JSON.parse(process.env.SERVICE_URLS ?? '{}') as Record<string, string>;
    const kafka = process.env.KAFKA_CREDENTIALS_FILE ? kafkaSection(readKafkaCredentials(process.env.KAFKA_CREDENTIALS_FILE)) : undefined;
    // The metrics scrape token the apps share (PASSERELLE_METRICS_TOKEN_FILE), generated like the secrets below.
    let metrics: { token: string } | undefined;
    if (!process.env[METRICS_TOKEN_ENV]) {
      const tokenFile = process.env[METRICS_TOKEN_FILE_ENV] ?? join(ROOT, DEV_METRICS_TOKEN_FILE);
      metrics = { token: ensureSecretFile(tokenFile, 'the metrics token') };
      const owner = process.env.ID_SECRET_FILE_OWNER?.split(':').map(Number);
      if (owner) chownSync(tokenFile, owner[0], owner[1] ?? owner[0]);
      process.stdout.write(`provision: metrics scrape token in ${tokenFile}\n`);
    }
    const file = writeCredentials(services, principals, kafka, process.env.CREDENTIALS_FILE ?? CREDENTIALS_FILE, metrics);
    process.stdout.write(`provision: ${principals.length} principals seeded; API keys in ${file}\n`);
    // The compose stack's apps share the id secret through this file (docs/operations.md, _Ids bound
    // to their source_); ID_SECRET_FILE_OWNER (uid:gid) hands it to the user the apps run as.
    if (!process.env[ID_SECRET_ENV]) {
      const secretFile = process.env[ID_SECRET_FILE_ENV] ?? join(ROOT, DEV_ID_SECRET_FILE);
      ensureSecretFile(secretFile, 'the id secret');
      const owner = process.env.ID_SECRET_FILE_OWNER?.split(':').map(Number);
      if (owner) chownSync(secretFile, owner[0], owner[1] ?? owner[0]);
      process.stdout.write(`provision: id secret in ${secretFile}\n`);
    }
    // Likewise the key-encryption key of the per-signal data keys (gateway, router and intake share it).
    if (!process.env[DATA_KEY_KEK_ENV]) {
      const kekFile = process.env[DATA_KEY_KEK_FILE_ENV] ?? join(ROOT, DEV_DATA_KEY_KEK_FILE);
      ensureSecretFile(kekFile, 'the data-key KEK');
      const owner = process.env.ID_SECRET_FILE_OWNER?.split(':').map(Number);
      if (owner) chownSync(kekFile, owner[0], owner[1] ?? owner[0]);
      process.stdout.write(`provision: data-key KEK in ${kekFile}\n`);
    }
  })().catch((e) => {
    process.stderr.write(`provision failed: ${(e as Error).stack}\n`);
    process.exit(1);
  });
}
