import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Kafka } from 'kafkajs';
import { Client } from 'pg';
import {
  deleteAclsUnder,
  kafkaClient,
  KafkaConnection,
  KafkaCredentialsFile,
  provisionKafka,
  readKafkaCredentials,
} from '@passerelle/messaging';
import { withDatabase } from '@passerelle/persistence';
import { TEMPLATE_DB } from './infra';

function assertTestEnv(what: string): void {
  if (process.env.NODE_ENV !== 'test') throw new Error(`${what} refuses to run unless NODE_ENV=test`);
}

const serverUrl = (): string => {
  const url = process.env.PASSERELLE_TEST_SERVER_URL;
  if (!url) throw new Error('PASSERELLE_TEST_SERVER_URL is not set: run the tests through jest (global setup)');
  return url;
};

/**
 * The names of this run's test databases start with this (PASSERELLE_TEST_RUN, set by the global
 * setup), so that the global teardown drops them all at once; none without a run id.
 */
export function testDatabasePrefix(): string | undefined {
  const run = process.env.PASSERELLE_TEST_RUN;
  return run && /^[0-9a-f]{8}$/.test(run) ? `passerelle_t_${run}_` : undefined;
}

/**
 * A database of its own for one test file, cloned from the migrated template. `drop()` leaves a
 * database of the run to the global teardown (dropDatabasesOfRun): each DROP DATABASE forces a
 * checkpoint, which at the end of every file cost about a second on a busy machine, and more while
 * other files wrote; outside a run (no PASSERELLE_TEST_RUN) it drops it at once.
 */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  assertTestEnv('createTestDatabase');
  const runPrefix = testDatabasePrefix();
  const name = `${runPrefix ?? 'passerelle_t_'}${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(serverUrl(), 'postgres') });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(serverUrl(), name),
    drop: async () => {
      assertTestEnv('drop test database');
      if (runPrefix) return;
      const c = new Client({ connectionString: withDatabase(serverUrl(), 'postgres') });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * Drops every test database of this run (the global teardown; `WITH (FORCE)` cuts what is still
 * connected). Eight at a time: the checkpoints that concurrent drops force are shared, so the run's
 * databases go in a few checkpoints instead of one each (6 drops on a busy server: 24 s one by one,
 * 4 s at once).
 */
export async function dropDatabasesOfRun(): Promise<number> {
  const prefix = testDatabasePrefix();
  if (!prefix) return 0;
  const adminUrl = withDatabase(serverUrl(), 'postgres');
  const list = new Client({ connectionString: adminUrl });
  await list.connect();
  let names: string[];
  try {
    const { rows } = await list.query<{ datname: string }>(`select datname from pg_database where starts_with(datname, $1)`, [prefix]);
    names = rows.map((r) => r.datname).filter((n) => /^passerelle_t_[0-9a-f]{8}_[0-9a-f]{10}$/.test(n));
  } finally {
    await list.end();
  }
  const queue = [...names];
  const dropper = async () => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    try {
      for (let name = queue.shift(); name; name = queue.shift()) await c.query(`drop database if exists ${name} with (force)`);
    } finally {
      await c.end();
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, names.length) }, dropper));
  return names.length;
}

/** A topic namespace of its own for one test file, with the deployment's topics and ACLs in it. */
export async function createTestTopics(): Promise<string> {
  const prefix = `t${randomBytes(4).toString('hex')}.`;
  // Quotas are per Kafka user, not per prefix: the run's global setup applied them.
  await provisionKafka(kafkaConnectionAs('admin'), { prefix, quotas: false });
  return prefix;
}

/**
 * Deletes a test file's topics (every topic in its namespace, including ones a test created), so
 * that a developer's broker does not accumulate partitions run after run.
 */
export async function deleteTestTopics(prefix: string): Promise<void> {
  if (!/^t[0-9a-f]{8}\.$/.test(prefix)) throw new Error(`not a test topic prefix: ${prefix}`);
  const admin = testKafka('passerelle-test-cleanup').admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length) await admin.deleteTopics({ topics, timeout: 30000 });
  } finally {
    await admin.disconnect();
  }
  await deleteAclsUnder(kafkaConnectionAs('admin'), prefix);
}

export function kafkaBrokers(): string[] {
  const b = process.env.KAFKA_BROKERS;
  if (!b) throw new Error('KAFKA_BROKERS is not set: run the tests through jest (global setup)');
  return b.split(',');
}

/** The users of the test run's cluster (written by infra/kafka/kafka.sh). */
export function kafkaCredentials(): KafkaCredentialsFile {
  const file = process.env.KAFKA_CREDENTIALS_FILE;
  if (!file) throw new Error('KAFKA_CREDENTIALS_FILE is not set: run the tests through jest (global setup)');
  return readKafkaCredentials(file);
}

/** A connection as one Kafka user of the test run: `admin` (the operator), a service, or `agency-<code>`. */
export function kafkaConnectionAs(user: string, opts: { tls?: boolean; brokers?: string[] } = {}): KafkaConnection {
  const creds = kafkaCredentials();
  const p = creds.principals.find((x) => x.name === user);
  if (!p) throw new Error(`no Kafka user '${user}' in ${process.env.KAFKA_CREDENTIALS_FILE}`);
  return {
    brokers: opts.brokers ?? (opts.tls ? (creds.tlsBrokers ?? []) : kafkaBrokers()),
    auth: { mechanism: creds.mechanism, username: p.username, password: p.password },
    tls: opts.tls ? { ca: creds.caFile ? [readFileSync(creds.caFile, 'utf8')] : undefined } : undefined,
  };
}

/** A kafkajs client of the test run's cluster, as `user` (default: the operator). */
export function testKafka(clientId: string, user = 'admin'): Kafka {
  return kafkaClient(kafkaConnectionAs(user), clientId);
}

/**
 * Polls `probe` until it returns a value that is not undefined, or fails with the last seen state
 * at the deadline. Never a fixed sleep.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  opts: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30000);
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${opts.what ?? 'condition'}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 100));
  }
}

/** Stops or starts the single broker of infra/kafka (only when the test run owns it). */
export function kafkaControl(action: 'stop' | 'start'): void {
  if (process.env.PASSERELLE_KAFKA_CONTROL !== 'infra/kafka') throw new Error('the broker is not run by infra/kafka in this test run');
  execFileSync('bash', [join(__dirname, '../../../infra/kafka/kafka.sh'), action], { stdio: 'inherit' });
}

/**
 * Reads a topic from the beginning up to its current end; returns every record. `kafka`: another
 * cluster than the tests' (the fault suite's own), or a client as another user than the operator
 * (then `groupId` one that user may use, e.g. `<prefix>agency-customs.probe` for an agency).
 */
export async function readTopic(
  topic: string,
  kafka: Kafka = testKafka('test-reader'),
  groupId = `test-reader-${randomBytes(6).toString('hex')}`,
): Promise<{ key: string | null; value: string | null; headers: Record<string, string>; partition: number }[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const remaining = new Map(ends.filter((e) => Number(e.high) > Number(e.low)).map((e) => [e.partition, BigInt(e.high)]));
  const out: { key: string | null; value: string | null; headers: Record<string, string>; partition: number }[] = [];
  if (remaining.size === 0) return out;
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) headers[k] = String(v);
            out.push({ key: message.key?.toString() ?? null, value: message.value?.toString() ?? null, headers, partition });
            const end = remaining.get(partition);
            if (end !== undefined && BigInt(message.offset) + 1n >= end) remaining.delete(partition);
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return out;
}
