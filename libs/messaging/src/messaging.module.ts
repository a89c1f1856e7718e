import { DynamicModule, Global, Module } from '@nestjs/common';
import { KafkaService } from './kafka.service';
import { idSecret } from '@passerelle/crypto';
import { kafkaSettingsFromEnv } from './kafka-settings';
import { TOPICS, topicsProvider } from './topics';
import { TRACER_NAME, tracerNameProvider } from './tracer-name';

@Global()
@Module({})
export class MessagingModule {
  /** `principal`: the service's Kafka user (infra/kafka/acls.json), unless KAFKA_SASL_USERNAME says otherwise. */
  static forRoot(clientId: string, principal: string): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        {
          provide: KafkaService,
          useFactory: () => {
            // Every service derives ids (dead letters at least): without the deployment's id
            // secret it refuses to start here, not at its first dead letter.
            idSecret();
            return new KafkaService(kafkaSettingsFromEnv(clientId, principal));
          },
        },
        topicsProvider,
        tracerNameProvider,
      ],
      exports: [KafkaService, TOPICS, TRACER_NAME],
    };
  }
}
