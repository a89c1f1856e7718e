import { Inject, Provider } from '@nestjs/common';
import { TopicNames } from '@passerelle/contracts';
import { KafkaService } from './kafka.service';

/**
 * The deployment's topic names (libs/contracts `TopicNames`, under the `KAFKA_TOPIC_PREFIX` the
 * service's Kafka settings resolved once), for code that only names topics: the events it builds,
 * the topics it tells apart. Such code injects these (`@InjectTopics()`) rather than the whole
 * `KafkaService`, which stays with the code that produces, consumes or asks the cluster.
 */
export const TOPICS = 'passerelle.topics';

/** Injects the deployment's {@link TOPICS} names: `@InjectTopics() private readonly topics: TopicNames`. */
export const InjectTopics = (): ParameterDecorator => Inject(TOPICS);

/** Provided by `MessagingModule`: the very names the service's `KafkaService` uses. */
export const topicsProvider: Provider = {
  provide: TOPICS,
  useFactory: (kafka: KafkaService): TopicNames => kafka.topics,
  inject: [KafkaService],
};
