import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { kafkaClient, KafkaConnection, readKafkaCredentials } from '@passerelle/messaging';
import { brokerConfigResource, eventually, KafkaAdmin, KafkaClient, topicConfigResource } from '@passerelle/testing';

const run = promisify(execFile);
const root = join(__dirname, '../..');
const script = join(root, 'infra/kafka/kafka.sh');

/**
 * The three-node KRaft cluster of the fault tests (infra/kafka/kafka.sh --nodes 3), in a state
 * directory of its own so that it never touches the one-node cluster of the other tests. Nodes are
 * killed, stopped and started through the script, as an operator would.
 */
export class KafkaCluster {
  readonly stateDir = join(root, '.passerelle/kafka-faults');
  brokers: string[] = [];
  /** The cluster's own users (SASL/SCRAM, ACLs as in production), written by kafka.sh. */
  credentialsFile = '';
  private startedHere = false;

  private async sh(...args: string[]): Promise<string> {
    const { stdout } = await run('bash', [script, ...args, '--nodes', '3'], {
      env: {
        ...process.env,
        PASSERELLE_KAFKA_DIR: this.stateDir,
        KAFKA_HEAP: process.env.KAFKA_HEAP ?? '-Xms96m -Xmx384m',
        // The script waits for the nodes' ports only; allListed() then checks, with kafkajs, that the
        // cluster lists all three brokers. The script's own check starts a JVM per try: on a busy
        // machine it kept a restarted broker's case waiting 60 s after the broker was up.
        KAFKA_READY: 'ports',
      },
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    return stdout;
  }

  /** Starts the cluster on fresh storage (a cluster left over by an earlier run is reused). */
  async start(): Promise<void> {
    const running = await this.sh('status').then(
      () => true,
      () => false,
    );
    if (!running) rmSync(join(this.stateDir, 'cluster-3'), { recursive: true, force: true });
    const out = await this.sh('start');
    const brokers = /KAFKA_BROKERS=(\S+)/.exec(out)?.[1];
    const credentialsFile = /KAFKA_CREDENTIALS_FILE=(\S+)/.exec(out)?.[1];
    if (!brokers || !credentialsFile) throw new Error(`kafka.sh start --nodes 3 printed no brokers or credentials: ${out}`);
    this.brokers = brokers.split(',');
    this.credentialsFile = credentialsFile;
    this.startedHere = /KAFKA_STARTED=yes/.test(out);
    await this.allListed();
  }

  /** Waits until the cluster's metadata lists all three brokers (a fenced broker is not listed). */
  private async allListed(): Promise<void> {
    await eventually(
      async () => {
        const admin = this.client('faults-ready').admin();
        try {
          await admin.connect();
          const { brokers } = await admin.describeCluster();
          return brokers.length >= 3 ? true : undefined;
        } catch {
          return undefined;
        } finally {
          await admin.disconnect().catch(() => undefined);
        }
      },
      { timeoutMs: 120000, intervalMs: 500, what: 'the cluster listing its three brokers' },
    );
  }

  /** kill -9 of one node's JVM. */
  killNode(n: number): Promise<string> {
    return this.sh('kill-node', String(n));
  }

  /** Starts one node again on its data and waits until the cluster lists all three brokers. */
  async startNode(n: number): Promise<void> {
    await this.sh('start-node', String(n));
    await this.allListed();
  }

  /** Clean stop of every node (data kept). */
  stopAll(): Promise<string> {
    return this.sh('stop');
  }

  /** Starts every node again on its data and waits until the cluster lists all three brokers. */
  async startAll(): Promise<void> {
    await this.sh('start');
    await this.allListed();
  }

  async stop(): Promise<void> {
    if (this.startedHere) await this.stopAll();
  }

  /** A connection as one of the cluster's users: `admin` (the operator), a service, or `agency-<code>`. */
  connection(user = 'admin'): KafkaConnection {
    const creds = readKafkaCredentials(this.credentialsFile);
    const p = creds.principals.find((x) => x.name === user);
    if (!p) throw new Error(`no Kafka user '${user}' in ${this.credentialsFile}`);
    return { brokers: this.brokers, auth: { mechanism: creds.mechanism, username: p.username, password: p.password } };
  }

  client(clientId = 'faults', user = 'admin'): KafkaClient {
    return kafkaClient(this.connection(user), clientId, {
      connectionTimeout: 3000,
      retry: { retries: 8, initialRetryTime: 200, maxRetryTime: 3000 },
    });
  }

  async withAdmin<T>(fn: (admin: KafkaAdmin) => Promise<T>): Promise<T> {
    const admin = this.client('faults-admin').admin();
    await admin.connect();
    try {
      return await fn(admin);
    } finally {
      await admin.disconnect();
    }
  }

  /**
   * What is in force, read back from the brokers rather than from the script's config: each broker's
   * default replication factor and min.insync.replicas, and each topic's replicas and
   * min.insync.replicas.
   */
  async replication(topics: string[]): Promise<{
    brokers: { id: string; defaultReplicationFactor: string; minInsyncReplicas: string }[];
    topics: { topic: string; replicas: number[]; minInsyncReplicas: string }[];
  }> {
    // Right after creation a broker may not know a topic yet ("does not host this topic-partition"):
    // ask again until every broker's metadata has caught up.
    return eventually(() => this.readReplication(topics), { timeoutMs: 60000, intervalMs: 500, what: 'replication settings' });
  }

  private readReplication(topics: string[]) {
    return this.withAdmin(async (admin) => {
      const { brokers } = await admin.describeCluster();
      const brokerConfigs = await admin.describeConfigs({
        includeSynonyms: false,
        resources: brokers.map((b) => ({
          ...brokerConfigResource(b.nodeId),
          configNames: ['default.replication.factor', 'min.insync.replicas'],
        })),
      });
      const topicConfigs = await admin.describeConfigs({
        includeSynonyms: false,
        resources: topics.map((t) => ({ ...topicConfigResource(t), configNames: ['min.insync.replicas'] })),
      });
      const meta = await admin.fetchTopicMetadata({ topics });
      const value = (entries: { configName: string; configValue: string }[], name: string) =>
        entries.find((e) => e.configName === name)?.configValue ?? '?';
      return {
        brokers: brokerConfigs.resources.map((r) => ({
          id: r.resourceName,
          defaultReplicationFactor: value(r.configEntries, 'default.replication.factor'),
          minInsyncReplicas: value(r.configEntries, 'min.insync.replicas'),
        })),
        topics: meta.topics.map((t) => ({
          topic: t.name,
          replicas: t.partitions.map((p) => p.replicas.length),
          minInsyncReplicas: value(
            topicConfigs.resources.find((r) => r.resourceName === t.name)?.configEntries ?? [],
            'min.insync.replicas',
          ),
        })),
      };
    });
  }
}
