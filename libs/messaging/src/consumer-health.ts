import { Admin, Kafka } from 'kafkajs';
import { Gauge, Registry } from 'prom-client';
import { BatchConsumers } from './batch-consumers';
import { ClusterAdmin } from './cluster-admin';
import { MessagingConfig } from './messaging-config';

/** Lag of one partition of a consumer group: the log's end minus the committed offset. */
export interface PartitionLag {
  consumer: string;
  topic: string;
  partition: number;
  lag: number;
}

/**
 * What health and metrics say about one service's Kafka side: each consumer's lag (also a gauge read
 * at scrape time), stalled consumers, readiness (every consumer joined), and a ping of the cluster.
 */
export class ConsumerHealth {
  private healthAdmin?: Admin;
  private readonly lagGauge: Gauge<'consumer' | 'topic' | 'partition'>;

  constructor(
    private readonly kafka: Kafka,
    private readonly config: MessagingConfig,
    private readonly admin: ClusterAdmin,
    private readonly consumers: BatchConsumers,
    metrics: Registry,
  ) {
    this.lagGauge = new Gauge({
      name: 'passerelle_consumer_lag',
      help: 'Messages not yet consumed, by consumer group, topic and partition (read at scrape time)',
      labelNames: ['consumer', 'topic', 'partition'],
      registers: [metrics],
      collect: async () => {
        this.lagGauge.reset();
        try {
          for (const l of await this.lag())
            this.lagGauge.set({ consumer: l.consumer, topic: l.topic, partition: String(l.partition) }, l.lag);
        } catch {
          // The broker does not answer: the gauge stays empty, health says why.
        }
      },
    });
  }

  /** Every consumer's lag per partition, read from the brokers (committed offsets against log ends). */
  async lag(): Promise<PartitionLag[]> {
    const out: PartitionLag[] = [];
    await this.admin.withAdmin(async (admin) => {
      for (const [name, s] of this.consumers.consumers) {
        if (s.topics.length === 0) continue;
        const committed = await admin.fetchOffsets({ groupId: s.group, topics: s.topics });
        for (const t of committed) {
          const ends = await admin.fetchTopicOffsets(t.topic);
          for (const p of t.partitions) {
            const end = BigInt(ends.find((e) => e.partition === p.partition)?.high ?? '0');
            const low = BigInt(ends.find((e) => e.partition === p.partition)?.low ?? '0');
            // No commit yet (-1): everything since the log's start is pending.
            const at = BigInt(p.offset) < 0n ? low : BigInt(p.offset);
            out.push({ consumer: name, topic: t.topic, partition: p.partition, lag: Number(end > at ? end - at : 0n) });
          }
        }
      }
    });
    return out;
  }

  /**
   * Consumers that have stopped making progress while messages wait (`KAFKA_STALL_MS`, default
   * 120 s without a committed batch and a lag above zero): what health reports as degraded.
   */
  async stalled(lag?: PartitionLag[]): Promise<string[]> {
    const stallMs = this.config.stallMs;
    const idle = [...this.consumers.consumers].filter(([, s]) => Date.now() - s.progressAt > stallMs);
    if (idle.length === 0) return [];
    const l = lag ?? (await this.lag());
    return idle.flatMap(([name]) =>
      l
        .filter((x) => x.consumer === name && x.lag > 0)
        .map((x) => `consumer ${name} makes no progress on ${x.topic}/${x.partition} (lag ${x.lag})`),
    );
  }

  /** The topics a consumer is subscribed to now (patterns resolved). */
  subscribedTopics(name: string): string[] {
    return [...(this.consumers.consumers.get(name)?.topics ?? [])];
  }

  /** Readiness: the producer (when used) is connected and every consumer has joined its group. */
  status(): { ready: boolean; detail: Record<string, string> } {
    const detail: Record<string, string> = {};
    let ready = !this.consumers.closing;
    for (const [name, s] of this.consumers.consumers) {
      detail[`consumer:${name}`] = s.joined ? 'joined' : (s.crashed ?? 'joining');
      ready &&= s.joined;
    }
    return { ready, detail };
  }

  /** Checks that the cluster answers (used by readiness when the service has no consumer). */
  async ping(): Promise<void> {
    if (!this.healthAdmin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.healthAdmin = admin;
    }
    await this.healthAdmin.describeCluster();
  }

  /** Disconnects the admin connection `ping` keeps (at shutdown). */
  async close(): Promise<void> {
    if (this.healthAdmin) await this.healthAdmin.disconnect().catch(() => undefined);
  }
}
