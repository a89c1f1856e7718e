import { provisionedTopics, topicNames } from '@passerelle/contracts';
import { Admin, Kafka, logLevel } from 'kafkajs';

/**
 * Creates the deployment's topics when missing. Replication follows the cluster: 3 (with
 * min.insync.replicas=2) on three or more brokers, else what the cluster has.
 */
export async function provisionTopics(brokers: string[], prefix = '', partitions = 3): Promise<string[]> {
  const kafka = new Kafka({ clientId: 'passerelle-provision', brokers, logLevel: logLevel.ERROR, retry: { retries: 10 } });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { brokers: live } = await admin.describeCluster();
    const rf = Math.min(3, live.length);
    const wanted = provisionedTopics(topicNames(prefix));
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
          numPartitions: partitions,
          replicationFactor: rf,
          configEntries: rf >= 3 ? [{ name: 'min.insync.replicas', value: '2' }] : [],
        })),
      });
      await waitForLeaders(admin, missing);
    }
    return missing;
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
