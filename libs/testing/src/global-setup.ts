import './register-paths';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { provisionKafka } from '@passerelle/messaging';
import { createTemplate, dockerAnswers, startKafka, startPostgres, Started } from './infra';
import { kafkaConnectionAs } from './harness';

/**
 * Jest global setup: finds or starts real Kafka and Postgres once for the whole run, and migrates
 * a template database. Workers inherit the environment set here.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  // One id secret for the whole run: apps booted in a test and the test itself (which computes the
  // ids Passerelle derives, to squat them) derive alike, as the services of one deployment do.
  process.env.PASSERELLE_ID_SECRET ??= randomBytes(32).toString('hex');
  process.env.PASSERELLE_KEY_SECRET ??= randomBytes(32).toString('hex');
  // Names this run's test databases, which the global teardown drops (harness.ts).
  process.env.PASSERELLE_TEST_RUN = randomBytes(4).toString('hex');
  // One key-encryption key for the data keys: the router wraps what the intake unwraps.
  process.env.PASSERELLE_DATA_KEY_KEK ??= randomBytes(32).toString('hex');
  // One metrics scrape token: apps run as processes and the tests that scrape them share it.
  process.env.PASSERELLE_METRICS_TOKEN ??= randomBytes(32).toString('hex');
  const docker = !process.env.DATABASE_URL ? dockerAnswers() : false;
  const started: Started[] = [];
  const kafka = await startKafka();
  started.push(kafka);
  const pg = await startPostgres(docker);
  started.push(pg);
  (globalThis as { __passerelleInfra?: Started[] }).__passerelleInfra = started;
  process.env.KAFKA_BROKERS = kafka.value;
  process.env.KAFKA_CREDENTIALS_FILE = kafka.credentialsFile;
  // Tests that stop and restart the broker can do so only with the one infra/kafka runs.
  if (kafka.how.startsWith('infra/kafka')) process.env.PASSERELLE_KAFKA_CONTROL = 'infra/kafka';
  process.env.PASSERELLE_TEST_SERVER_URL = pg.value;
  await provisionKafka(kafkaConnectionAs('admin'));
  await createTemplate(pg.value);
  process.stderr.write(`\ntest infrastructure: Kafka ${kafka.value} (${kafka.how}); Postgres (${pg.how})\n`);
}
