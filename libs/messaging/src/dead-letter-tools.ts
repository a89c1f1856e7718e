import { randomBytes } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { DeadLetterEvent } from './dead-letters';
import { KafkaConnection, kafkaClient } from './kafka-settings';

/** A dead letter as it sits on its topic: where (partition, offset), and what it says. */
export interface StoredDeadLetter {
  topic: string;
  partition: number;
  offset: string;
  /** Null when the record on the dead-letter topic is not a readable dead letter. */
  letter: DeadLetterEvent | null;
}

/** The header a replayed record carries: the dead letter it came from (`<topic>/<partition>@<offset>`). */
export const REPLAYED_FROM_HEADER = 'passerelle-replayed-from';

/**
 * Operators' tools for dead letters (`npm run deadletters`): list what a service set aside, and
 * replay a dead letter onto its source topic — the record as it came, with its key and headers
 * (its `ce-id` included, so a consumer that did handle it after all drops the repeat), once the
 * cause is fixed. Runs as an operator (a Kafka super user): only operators and the audit read
 * dead-letter topics, and a replay writes to any topic.
 */
export class DeadLetterTools {
  private readonly kafka: Kafka;

  constructor(connection: KafkaConnection) {
    this.kafka = kafkaClient(connection, 'passerelle-deadletters');
  }

  /** Every record of a dead-letter topic, from its start to its current end. */
  async list(topic: string): Promise<StoredDeadLetter[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    let ends: { partition: number; high: string; low: string }[];
    try {
      if (!(await admin.listTopics()).includes(topic)) throw new Error(`no topic ${topic}`);
      ends = await admin.fetchTopicOffsets(topic);
    } finally {
      await admin.disconnect();
    }
    const remaining = new Map(ends.filter((e) => BigInt(e.high) > BigInt(e.low)).map((e) => [e.partition, BigInt(e.high)]));
    const out: StoredDeadLetter[] = [];
    if (remaining.size === 0) return out;
    // A group of its own that commits nothing: reading leaves no trace on the cluster.
    const consumer = this.kafka.consumer({ groupId: `passerelle-deadletters-${randomBytes(6).toString('hex')}` });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            autoCommit: false,
            eachMessage: async ({ partition, message }) => {
              let letter: DeadLetterEvent | null = null;
              try {
                const v = JSON.parse(message.value?.toString('utf8') ?? '') as DeadLetterEvent;
                if (v && typeof v.sourceTopic === 'string' && typeof v.sourceOffset === 'string') letter = v;
              } catch {
                letter = null;
              }
              out.push({ topic, partition, offset: message.offset, letter });
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
    return out.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  }

  /**
   * Produces the dead letters' records again on their source topics (acks=all, idempotent), in
   * the order given. A dead letter without its record (too large to carry) cannot be replayed:
   * it is refused, and nothing is produced.
   */
  async replay(letters: StoredDeadLetter[]): Promise<void> {
    const missing = letters.filter((l) => !l.letter || l.letter.value === null);
    if (missing.length)
      throw new Error(
        `cannot replay ${missing.map((l) => `${l.topic}/${l.partition}@${l.offset}`).join(', ')}: the record is not in the dead letter`,
      );
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    try {
      for (const l of letters) {
        const d = l.letter!;
        await producer.send({
          topic: d.sourceTopic,
          acks: -1,
          messages: [
            {
              key: d.sourceKey,
              value: Buffer.from(d.value!, 'base64'),
              headers: { ...(d.headers ?? {}), [REPLAYED_FROM_HEADER]: `${l.topic}/${l.partition}@${l.offset}` },
            },
          ],
        });
      }
    } finally {
      await producer.disconnect();
    }
  }
}
