import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import {
  auditMigrations,
  keysMigrations,
  gatewayMigrations,
  identityMigrations,
  intakeMigrations,
  migrateSchema,
  provideDatabase,
  routerMigrations,
  withDatabase,
} from '@passerelle/persistence';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
/** PASSERELLE_TEST_TEMPLATE_DB lets two checkouts run their suites on one Postgres at once. */
export const TEMPLATE_DB = process.env.PASSERELLE_TEST_TEMPLATE_DB ?? 'passerelle_test_template';
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(TEMPLATE_DB)) throw new Error('PASSERELLE_TEST_TEMPLATE_DB must be a plain lower-case identifier');

export const ALL_SCHEMAS = [
  ['identity', identityMigrations],
  ['gateway', gatewayMigrations],
  ['router', routerMigrations],
  ['intake', intakeMigrations],
  ['audit', auditMigrations],
  ['keys', keysMigrations],
] as const;

export function dockerAnswers(): boolean {
  if (process.env.PASSERELLE_NO_DOCKER === '1') return false;
  const r = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 5000, encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

export interface Started {
  value: string;
  how: string;
  stop(): Promise<void>;
}

/**
 * KAFKA_BROKERS (with KAFKA_CREDENTIALS_FILE: the cluster must authenticate its clients); else
 * infra/kafka/kafka.sh, with SASL/SCRAM and ACLs as in production. Not a testcontainers Kafka:
 * the tests prove the broker's authentication and authorisation, which a stock image does not have.
 */
export async function startKafka(): Promise<Started & { credentialsFile: string }> {
  if (process.env.KAFKA_BROKERS) {
    const credentialsFile = process.env.KAFKA_CREDENTIALS_FILE;
    if (!credentialsFile)
      throw new Error('KAFKA_BROKERS is set without KAFKA_CREDENTIALS_FILE (the users of that cluster, with an operator)');
    return { value: process.env.KAFKA_BROKERS, how: 'KAFKA_BROKERS', credentialsFile, stop: async () => undefined };
  }
  const script = join(REPO_ROOT, 'infra/kafka/kafka.sh');
  const out = execFileSync('bash', [script, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const brokers = /KAFKA_BROKERS=(\S+)/.exec(out)?.[1];
  const credentialsFile = /KAFKA_CREDENTIALS_FILE=(\S+)/.exec(out)?.[1];
  if (!brokers || !credentialsFile) throw new Error(`infra/kafka/kafka.sh start printed no brokers or credentials: ${out}`);
  const startedHere = /KAFKA_STARTED=yes/.test(out);
  return {
    value: brokers,
    credentialsFile,
    how: startedHere ? 'infra/kafka (started)' : 'infra/kafka (already running)',
    // A broker the tests found running is left running; one they started is stopped.
    stop: async () => void (startedHere && execFileSync('bash', [script, 'stop'], { stdio: 'inherit' })),
  };
}

/** DATABASE_URL; else a testcontainers Postgres when Docker answers; else the local/embedded server. */
export async function startPostgres(docker: boolean): Promise<Started> {
  if (!process.env.DATABASE_URL && docker) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const c = await new PostgreSqlContainer('postgres:16-alpine').start();
    return { value: c.getConnectionUri(), how: 'testcontainers', stop: async () => void (await c.stop()) };
  }
  const db = await provideDatabase(join(REPO_ROOT, '.passerelle'));
  return { value: db.url, how: db.source, stop: db.stop };
}

/** A fresh template database with every schema migrated; test files clone it. */
export async function createTemplate(serverUrl: string): Promise<void> {
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1`, [TEMPLATE_DB]);
    await admin.query(`drop database if exists ${TEMPLATE_DB}`);
    await admin.query(`create database ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, TEMPLATE_DB);
  for (const [schema, migrations] of ALL_SCHEMAS) await migrateSchema(url, schema, [...migrations]);
}
