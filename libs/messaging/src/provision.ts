import { provisionedTopics, topicNames, topicRetentionMs } from '@passerelle/contracts';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Admin, ResourcePatternTypes } from 'kafkajs';
import { execFileSync } from 'node:child_process';
import { AclBinding, expandAcls, loadAclFile } from './acls';
import { applyQuotas, expandQuotas, loadQuotaFile } from './quotas';
import { KafkaConnection, kafkaClient } from './kafka-settings';

export interface ProvisionOptions {
  /** Namespace of every topic, group and ACL (KAFKA_TOPIC_PREFIX; a test file's own). */
  prefix?: string;
  /** Agencies beyond those of infra/kafka/acls.json (added since with `kafka.sh add-agency`). */
  agencies?: string[];
  partitions?: number;
  /**
   * Apply the client quotas of infra/kafka/quotas.json too (default true). They are per Kafka user,
   * not per namespace: a test file's provisioning (its own prefix) leaves them to the run's setup.
   */
  quotas?: boolean;
  /**
   * Replication of the topics created (default min(3, brokers), with min.insync.replicas 2 from 3
   * on). A cluster stretched over two sites sets 4 and null: its topics inherit the brokers'
   * min.insync.replicas (3: every acknowledged write is on both sites), which the site-loss
   * runbook lowers and restores cluster-wide in one step (docs/continuity.md).
   */
  replicationFactor?: number;
  /** null: no topic-level setting, the brokers' default applies. */
  minInsyncReplicas?: number | null;
}

/**
 * Creates the deployment's topics when missing and applies the ACLs of infra/kafka/acls.json
 * (idempotent), then reads the ACLs back and fails unless every binding is in force. Needs an
 * operator's connection. Replication follows the cluster: 3 (with min.insync.replicas=2) on three
 * or more brokers, else what the cluster has. Returns the topics it created.
 */
/**
 * How many brokers the cluster lists, asked again for up to `waitMs` while fewer than `wanted`
 * (an explicit replication factor) answer: a broker that has just joined is listed by the others a
 * moment later (a CI run's three-node cluster, seen as two by the broker that answered, got topics
 * of replication 2 under the default min(3, brokers)). Then a factor above the count is refused.
 */
async function liveBrokers(admin: Admin, wanted: number, waitMs = 10_000): Promise<number> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const { brokers } = await admin.describeCluster();
    if (brokers.length >= wanted || Date.now() >= deadline) return brokers.length;
    await new Promise((r) => setTimeout(r, 500));
  }
}

export async function provisionKafka(conn: KafkaConnection, opts: ProvisionOptions = {}): Promise<string[]> {
  const prefix = opts.prefix ?? '';
  const acls = expandAcls(loadAclFile(), { prefix, agencies: opts.agencies });
  const agencies = [...new Set(acls.users.flatMap((u) => (u.agency ? [u.agency] : [])))];
  const admin = kafkaClient(conn, 'passerelle-provision', { retry: { retries: 10 } }).admin();
  await admin.connect();
  try {
    const live = await liveBrokers(admin, opts.replicationFactor ?? 1);
    const rf = opts.replicationFactor ?? Math.min(3, live);
    if (rf > live) throw new Error(`replication factor ${rf} needs ${rf} brokers; ${live} answer`);
    const minIsr = opts.minInsyncReplicas === undefined ? (rf >= 3 ? 2 : null) : opts.minInsyncReplicas;
    const names = topicNames(prefix);
    const wanted = provisionedTopics(names, agencies);
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t));
    if (missing.length) {
      await admin.createTopics({
        // kafkajs's own wait asks one broker for metadata and gives up when that broker does not
        // know the new topic yet ("does not host this topic-partition"), which is the normal case
        // for a moment on a multi-broker cluster; wait below instead, tolerating that.
        waitForLeaders: false,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: opts.partitions ?? 3,
          replicationFactor: rf,
          configEntries: [
            ...(minIsr !== null ? [{ name: 'min.insync.replicas', value: String(minIsr) }] : []),
            // As short as the topic's consumers allow (docs/operations.md, Retention).
            { name: 'retention.ms', value: String(topicRetentionMs(names, topic)) },
          ],
        })),
      });
      await waitForLeaders(admin, missing);
    }
    await applyAcls(admin, acls.bindings);
    if (opts.quotas !== false) {
      const agencyUsers = acls.users.filter((u) => u.kind === 'agency').map((u) => u.name);
      applyQuotasOrSay(conn, expandQuotas(loadQuotaFile(), agencyUsers));
    }
    return missing;
  } finally {
    await admin.disconnect();
  }
}

const toKafkaAcl = (b: AclBinding) => ({
  resourceType: b.resource === 'topic' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
  resourceName: b.name,
  resourcePatternType: b.pattern === 'prefixed' ? ResourcePatternTypes.PREFIXED : ResourcePatternTypes.LITERAL,
  principal: `User:${b.user}`,
  host: '*',
  operation: b.operation === 'write' ? AclOperationTypes.WRITE : AclOperationTypes.READ,
  permissionType: AclPermissionTypes.ALLOW,
});

const keyOf = (a: ReturnType<typeof toKafkaAcl>) =>
  [a.principal, a.resourceType, a.resourcePatternType, a.resourceName, a.operation, a.permissionType].join('|');

/** Creates the bindings (creating one that exists is a no-op) and checks that all are in force. */
async function applyAcls(admin: Admin, bindings: AclBinding[]): Promise<void> {
  const wanted = bindings.map(toKafkaAcl);
  await admin.createAcls({ acl: wanted });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const inForce = await admin.describeAcls({
      resourceType: AclResourceTypes.ANY,
      resourcePatternType: ResourcePatternTypes.ANY,
      operation: AclOperationTypes.ANY,
      permissionType: AclPermissionTypes.ANY,
    });
    const present = new Set(
      inForce.resources.flatMap((r) =>
        r.acls.map((a) =>
          keyOf({ ...a, resourceType: r.resourceType, resourceName: r.resourceName, resourcePatternType: r.resourcePatternType }),
        ),
      ),
    );
    const absent = wanted.filter((a) => !present.has(keyOf(a)));
    if (absent.length === 0) return;
    // ACLs reach every broker through the metadata log: a moment, not a failure.
    if (Date.now() > deadline)
      throw new Error(
        `ACLs not in force after provisioning: ${absent
          .slice(0, 5)
          .map((a) => `${a.principal} ${a.resourceName}`)
          .join(', ')}`,
      );
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Removes every ACL on a resource under `prefix` (a test namespace being deleted). */
export async function deleteAclsUnder(conn: KafkaConnection, prefix: string): Promise<void> {
  if (!prefix) throw new Error('refusing to delete the ACLs of the whole cluster');
  const admin = kafkaClient(conn, 'passerelle-provision').admin();
  await admin.connect();
  try {
    const inForce = await admin.describeAcls({
      resourceType: AclResourceTypes.ANY,
      resourcePatternType: ResourcePatternTypes.ANY,
      operation: AclOperationTypes.ANY,
      permissionType: AclPermissionTypes.ANY,
    });
    const filters = inForce.resources
      .filter((r) => r.resourceName.startsWith(prefix))
      .flatMap((r) =>
        r.acls.map((a) => ({
          resourceType: r.resourceType,
          resourceName: r.resourceName,
          resourcePatternType: r.resourcePatternType,
          principal: a.principal,
          host: a.host,
          operation: a.operation,
          permissionType: a.permissionType,
        })),
      );
    if (filters.length) await admin.deleteAcls({ filters });
  } finally {
    await admin.disconnect();
  }
}

async function waitForLeaders(admin: Admin, topics: string[], timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: meta } = await admin.fetchTopicMetadata({ topics });
      if (meta.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0 && p.partitionErrorCode === 0))) return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    if (Date.now() > deadline) throw new Error(`no leader for every partition of ${topics.join(', ')} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * The quotas through Kafka's ConfigCommand, which needs Java: where there is none (the compose
 * file's setup container), provisioning says so and goes on — the ACLs hold, the quotas do not
 * (docs/operations.md, _Per-agency quotas_). Any other failure fails provisioning.
 */
function applyQuotasOrSay(conn: KafkaConnection, wanted: ReturnType<typeof expandQuotas>): void {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    const changed = applyQuotas(conn, wanted);
    if (changed.length) process.stdout.write(`provision: client quotas set for ${changed.join(', ')}\n`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    process.stderr.write('provision: no Java here, so the client quotas of infra/kafka/quotas.json are NOT applied\n');
  }
}
