import { DynamicModule, Global, Module } from '@nestjs/common';
import { KafkaService } from './kafka.service';
import { kafkaSettingsFromEnv } from './kafka-settings';

@Global()
@Module({})
export class MessagingModule {
  static forRoot(clientId: string): DynamicModule {
    return {
      module: MessagingModule,
      providers: [{ provide: KafkaService, useFactory: () => new KafkaService(kafkaSettingsFromEnv(clientId)) }],
      exports: [KafkaService],
    };
  }
}
