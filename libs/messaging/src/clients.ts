/**
 * The Kafka client types code outside this library may name: a client made by `kafkaClient` and
 * what it opens, and the message shape `toKafkaMessage` builds. Outside libs/messaging (and the
 * test harness, libs/testing) nothing imports kafkajs itself (eslint.config.mjs): the transport
 * stays behind this library.
 */
export type {
  Kafka as KafkaClient,
  Producer as KafkaProducer,
  Admin as KafkaAdmin,
  Message as KafkaMessage,
  IHeaders as KafkaHeaders,
} from 'kafkajs';
