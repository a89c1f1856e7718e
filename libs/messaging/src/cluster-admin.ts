import { Admin, Kafka } from 'kafkajs';

/**
 * The cluster questions of one service, each on a short-lived admin connection: which topics exist,
 * creating missing ones, waiting for new topics' leaders. The producer asks it for partition counts,
 * the consumers for the topics their patterns match.
 */
export class ClusterAdmin {
  constructor(private readonly kafka: Kafka) {}

  async withAdmin<T>(fn: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await fn(admin);
    } finally {
      await admin.disconnect();
    }
  }

  /** Whether a topic exists and this service's user may see it (the broker lists only those). */
  async topicExists(topic: string): Promise<boolean> {
    return (await this.withAdmin((admin) => admin.listTopics())).includes(topic);
  }

  /** Creates the topics that do not exist yet (idempotent). */
  async ensureTopics(topics: string[], opts: { partitions?: number; replicationFactor?: number } = {}): Promise<void> {
    await this.withAdmin(async (admin) => {
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter((t) => !existing.has(t));
      if (missing.length === 0) return;
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: opts.partitions ?? 3,
          replicationFactor: opts.replicationFactor ?? -1,
        })),
      });
    });
  }

  /** Resolves once every partition of these topics has a leader (polling the metadata), or fails after `timeoutMs`. */
  async waitForLeaders(topics: string[], timeoutMs = 30000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    await this.withAdmin(async (admin) => {
      for (;;) {
        const { topics: meta } = await admin.fetchTopicMetadata({ topics });
        const ready = meta.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0 && p.partitionErrorCode === 0));
        if (ready) return;
        if (Date.now() > deadline) throw new Error(`no leader yet for ${topics.join(', ')}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    });
  }
}
