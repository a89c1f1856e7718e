import { topicNames, TopicNames } from '@passerelle/contracts';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** Namespace for topics and consumer groups (`KAFKA_TOPIC_PREFIX`), empty in a normal deployment. */
  prefix: string;
  topics: TopicNames;
}

export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';

export function kafkaSettingsFromEnv(clientId: string, env: NodeJS.ProcessEnv = process.env): KafkaSettings {
  const prefix = env.KAFKA_TOPIC_PREFIX ?? '';
  const brokers = (env.KAFKA_BROKERS ?? DEFAULT_KAFKA_BROKERS)
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS is empty');
  return { brokers, clientId, prefix, topics: topicNames(prefix) };
}

/** Consumer group ids carry the same prefix as topics so that test files never share a group. */
export function groupId(settings: KafkaSettings, name: string): string {
  return `${settings.prefix}passerelle.${name}`;
}
