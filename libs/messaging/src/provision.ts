import { provisionedTopics, topicNames } from '@passerelle/contracts';
import { Kafka, logLevel } from 'kafkajs';

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
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: partitions,
          replicationFactor: rf,
          configEntries: rf >= 3 ? [{ name: 'min.insync.replicas', value: '2' }] : [],
        })),
      });
    }
    return missing;
  } finally {
    await admin.disconnect();
  }
}
