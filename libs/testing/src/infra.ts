import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import {
  auditMigrations,
  gatewayMigrations,
  identityMigrations,
  intakeMigrations,
  migrateSchema,
  provideDatabase,
  routerMigrations,
  withDatabase,
} from '@passerelle/persistence';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const TEMPLATE_DB = 'passerelle_test_template';

export const ALL_SCHEMAS = [
  ['identity', identityMigrations],
  ['gateway', gatewayMigrations],
  ['router', routerMigrations],
  ['intake', intakeMigrations],
  ['audit', auditMigrations],
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

/** KAFKA_BROKERS; else a testcontainers Kafka when Docker answers; else infra/kafka/kafka.sh. */
export async function startKafka(docker: boolean): Promise<Started> {
  if (process.env.KAFKA_BROKERS) return { value: process.env.KAFKA_BROKERS, how: 'KAFKA_BROKERS', stop: async () => undefined };
  if (docker) {
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const c = await new KafkaContainer('apache/kafka:3.9.1').withKraft().start();
    return { value: `${c.getHost()}:${c.getMappedPort(9093)}`, how: 'testcontainers', stop: async () => void (await c.stop()) };
  }
  const script = join(REPO_ROOT, 'infra/kafka/kafka.sh');
  const out = execFileSync('bash', [script, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const brokers = /KAFKA_BROKERS=(\S+)/.exec(out)?.[1];
  if (!brokers) throw new Error(`infra/kafka/kafka.sh start printed no brokers: ${out}`);
  const startedHere = /KAFKA_STARTED=yes/.test(out);
  return {
    value: brokers,
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
