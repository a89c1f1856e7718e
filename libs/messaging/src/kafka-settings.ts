import { readFileSync } from 'node:fs';
import { topicNames, TopicNames } from '@passerelle/contracts';
import { Kafka, KafkaConfig, logLevel, SASLOptions } from 'kafkajs';

/** How a client proves who it is to the brokers. SCRAM-SHA-512 everywhere Passerelle runs Kafka itself. */
export interface KafkaAuth {
  mechanism: 'scram-sha-512' | 'scram-sha-256' | 'plain';
  username: string;
  password: string;
}

/** TLS to the brokers (the SASL_SSL listener): the CA that signed their certificates, PEM. */
export interface KafkaTls {
  ca?: string[];
}

/** What a client needs to reach the cluster as one principal. */
export interface KafkaConnection {
  brokers: string[];
  auth: KafkaAuth;
  tls?: KafkaTls;
}

export interface KafkaSettings extends KafkaConnection {
  clientId: string;
  /** The service (its Kafka user by default): names its dead-letter topic. */
  service: string;
  /** Namespace for topics and consumer groups (`KAFKA_TOPIC_PREFIX`), empty in a normal deployment. */
  prefix: string;
  topics: TopicNames;
}

/** One user of the credentials file `infra/kafka/kafka.sh` writes (and `npm start` copies into dev-credentials.json). */
export interface KafkaPrincipalCredential {
  name: string;
  kind: 'service' | 'agency' | 'operator';
  agency?: string;
  username: string;
  password: string;
}

export interface KafkaCredentialsFile {
  brokers: string[];
  /** The SASL_SSL listener of each broker. */
  tlsBrokers?: string[];
  mechanism: KafkaAuth['mechanism'];
  /** PEM of the CA that signed the brokers' TLS certificates. */
  caFile?: string;
  principals: KafkaPrincipalCredential[];
}

export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';
const MECHANISMS: KafkaAuth['mechanism'][] = ['scram-sha-512', 'scram-sha-256', 'plain'];

export function readKafkaCredentials(file: string): KafkaCredentialsFile {
  let parsed: KafkaCredentialsFile;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as KafkaCredentialsFile;
  } catch (e) {
    throw new Error(`cannot read the Kafka credentials file ${file}: ${(e as Error).message}`);
  }
  if (!Array.isArray(parsed.principals)) throw new Error(`${file} lists no principals`);
  return parsed;
}

function brokersFrom(value: string): string[] {
  const brokers = value
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS is empty');
  return brokers;
}

/**
 * Where the brokers are and who this client is, from the environment:
 * - `KAFKA_BROKERS` (default 127.0.0.1:9092);
 * - `KAFKA_SASL_USERNAME` with `KAFKA_SASL_PASSWORD` or `KAFKA_SASL_PASSWORD_FILE` (and
 *   `KAFKA_SASL_MECHANISM`, default scram-sha-512); otherwise the user named `principal` (or
 *   `KAFKA_PRINCIPAL`) in the credentials file at `KAFKA_CREDENTIALS_FILE`;
 * - `KAFKA_SSL=true` for the TLS listener, trusting `KAFKA_SSL_CA_FILE` (or the credentials file's CA).
 * No credentials is an error: the brokers accept no anonymous client.
 */
export function kafkaConnectionFromEnv(principal: string, env: NodeJS.ProcessEnv = process.env): KafkaConnection {
  const brokers = brokersFrom(env.KAFKA_BROKERS ?? DEFAULT_KAFKA_BROKERS);
  const file = env.KAFKA_CREDENTIALS_FILE ? readKafkaCredentials(env.KAFKA_CREDENTIALS_FILE) : undefined;
  let auth: KafkaAuth;
  if (env.KAFKA_SASL_USERNAME) {
    const mechanism = (env.KAFKA_SASL_MECHANISM ?? 'scram-sha-512').toLowerCase() as KafkaAuth['mechanism'];
    if (!MECHANISMS.includes(mechanism)) throw new Error(`KAFKA_SASL_MECHANISM must be one of ${MECHANISMS.join(', ')}`);
    const password = env.KAFKA_SASL_PASSWORD_FILE ? readFileSync(env.KAFKA_SASL_PASSWORD_FILE, 'utf8').trim() : env.KAFKA_SASL_PASSWORD;
    if (!password) throw new Error('KAFKA_SASL_USERNAME is set without KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE');
    auth = { mechanism, username: env.KAFKA_SASL_USERNAME, password };
  } else if (file) {
    const name = env.KAFKA_PRINCIPAL ?? principal;
    const p = file.principals.find((x) => x.name === name);
    if (!p) throw new Error(`the Kafka credentials file ${env.KAFKA_CREDENTIALS_FILE} has no user '${name}'`);
    auth = { mechanism: file.mechanism ?? 'scram-sha-512', username: p.username, password: p.password };
  } else {
    throw new Error(
      `no Kafka credentials for '${principal}': set KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD (or _FILE), or KAFKA_CREDENTIALS_FILE (docs/operations.md)`,
    );
  }
  let tls: KafkaTls | undefined;
  if (/^(1|true|yes)$/i.test(env.KAFKA_SSL ?? '')) {
    const caFile = env.KAFKA_SSL_CA_FILE ?? file?.caFile;
    tls = { ca: caFile ? [readFileSync(caFile, 'utf8')] : undefined };
  }
  return { brokers, auth, tls };
}

export function kafkaSettingsFromEnv(clientId: string, principal: string, env: NodeJS.ProcessEnv = process.env): KafkaSettings {
  const prefix = env.KAFKA_TOPIC_PREFIX ?? '';
  return { ...kafkaConnectionFromEnv(principal, env), clientId, service: principal, prefix, topics: topicNames(prefix) };
}

/** The one place a kafkajs client is configured: every client authenticates, over TLS when asked. */
export function kafkaClient(conn: KafkaConnection, clientId: string, extra: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({
    logLevel: logLevel.NOTHING,
    ...extra,
    clientId,
    brokers: conn.brokers,
    sasl: conn.auth as SASLOptions,
    ssl: conn.tls ? { ca: conn.tls.ca, rejectUnauthorized: true } : false,
  });
}

/** Consumer group ids carry the same prefix as topics so that test files never share a group. */
export function groupId(settings: KafkaSettings, name: string): string {
  return `${settings.prefix}passerelle.${name}`;
}
