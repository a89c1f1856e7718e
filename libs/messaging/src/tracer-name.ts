import { Inject, Provider } from '@nestjs/common';
import { KafkaService } from './kafka.service';

/**
 * The name the service's spans are traced under (its Kafka client id, which the producer and
 * consumers trace under too), for code that only traces: it injects this
 * (`@InjectTracerName()`) rather than the whole `KafkaService`.
 */
export const TRACER_NAME = 'passerelle.tracer-name';

/** Injects the service's {@link TRACER_NAME}: `@InjectTracerName() private readonly tracer: string`. */
export const InjectTracerName = (): ParameterDecorator => Inject(TRACER_NAME);

/** Provided by `MessagingModule`: the very client id the service's `KafkaService` traces under. */
export const tracerNameProvider: Provider = {
  provide: TRACER_NAME,
  useFactory: (kafka: KafkaService): string => kafka.settings.clientId,
  inject: [KafkaService],
};
