import {
  AclEntry,
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ConfigResourceTypes,
  Kafka,
  logLevel,
  ProducerConfig,
  RecordMetadata,
  ResourcePatternTypes,
} from 'kafkajs';
import { kafkaClient, KafkaAdmin, KafkaClient, KafkaMessage, KafkaProducer } from '@passerelle/messaging';
import { kafkaConnectionAs, testKafka } from './harness';

/*
 * The Kafka side of the test harness. Tests never import kafkajs (eslint.config.mjs): they name its
 * types through these re-exports and reach the broker through the helpers below and in harness.ts.
 */
export type { KafkaAdmin, KafkaClient, KafkaHeaders, KafkaMessage, KafkaProducer } from '@passerelle/messaging';

/** A connected producer as `user` (default: the operator); the caller disconnects it. */
export async function testProducer(clientId: string, user = 'admin', config?: ProducerConfig): Promise<KafkaProducer> {
  const producer = testKafka(clientId, user).producer(config);
  await producer.connect();
  return producer;
}

/**
 * Produces `messages` onto `topic` as `user` with a producer of its own, disconnected afterwards;
 * resolves once the broker acknowledged them.
 */
export async function produceAs(
  user: string,
  topic: string,
  messages: KafkaMessage[],
  clientId = `test-producer-${user}`,
): Promise<RecordMetadata[]> {
  const producer = await testProducer(clientId, user);
  try {
    return await producer.send({ topic, messages });
  } finally {
    await producer.disconnect();
  }
}

/** Runs `fn` with a connected admin client of `kafka` (default: the operator's), then disconnects it. */
export async function withTestAdmin<T>(fn: (admin: KafkaAdmin) => Promise<T>, kafka: KafkaClient = testKafka('test-admin')): Promise<T> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.disconnect();
  }
}

/**
 * A client as `user` that never retries, so that a refusal shows at once. kafkajs logs some of the
 * broker's error codes and then throws a vaguer error (a refused FindCoordinator becomes "Failed to
 * find group coordinator"): each code it logs is handed to `onBrokerError`.
 */
export function unretriedKafkaAs(user: string, clientId: string, onBrokerError: (type: string) => void = () => undefined): KafkaClient {
  return kafkaClient(kafkaConnectionAs(user), clientId, {
    retry: { retries: 0 },
    connectionTimeout: 3000,
    logLevel: logLevel.DEBUG,
    logCreator: () => (entry) => {
      const type = (entry.log.error as { type?: string } | undefined)?.type;
      if (type) onBrokerError(type);
    },
  });
}

/**
 * A client of the test run's cluster that offers no credentials at all (no SASL) and never retries:
 * the one kind of client the broker must turn away. Every other client authenticates (`kafkaClient`).
 */
export function anonymousKafka(clientId: string): KafkaClient {
  const { brokers } = kafkaConnectionAs('admin');
  return new Kafka({ clientId, brokers, retry: { retries: 0 }, connectionTimeout: 3000, logLevel: logLevel.NOTHING });
}

/** A topic, as the resource of `admin.describeConfigs` and `admin.alterConfigs`. */
export function topicConfigResource(topic: string): { type: ConfigResourceTypes; name: string } {
  return { type: ConfigResourceTypes.TOPIC, name: topic };
}

/** A broker (by node id), as the resource of `admin.describeConfigs`. */
export function brokerConfigResource(nodeId: number | string): { type: ConfigResourceTypes; name: string } {
  return { type: ConfigResourceTypes.BROKER, name: String(nodeId) };
}

/** An ACL on one topic by its literal name, from any host, for `admin.createAcls`. */
export function topicAcl(
  topic: string,
  principal: string,
  operation: keyof typeof AclOperationTypes,
  permission: keyof typeof AclPermissionTypes = 'ALLOW',
): AclEntry {
  return {
    resourceType: AclResourceTypes.TOPIC,
    resourceName: topic,
    resourcePatternType: ResourcePatternTypes.LITERAL,
    principal,
    host: '*',
    operation: AclOperationTypes[operation],
    permissionType: AclPermissionTypes[permission],
  };
}
