import { Controller, Get, Module, DynamicModule } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TerminusModule } from '@nestjs/terminus';
import { KafkaService } from '@passerelle/messaging';
import { Public } from '@passerelle/security';
import { DataSource } from 'typeorm';

/**
 * Readiness: Postgres answers, a Kafka broker answers, and every consumer of the service has joined
 * its group. 503 until then.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly ds: DataSource,
    private readonly kafka: KafkaService,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([
      async () => {
        const s = this.indicator.check('postgres');
        try {
          await this.ds.query('select 1');
          return s.up();
        } catch (e) {
          return s.down({ message: (e as Error).message });
        }
      },
      async () => {
        const s = this.indicator.check('kafka');
        try {
          await this.kafka.ping();
          const { ready, detail } = this.kafka.status();
          return ready ? s.up(detail) : s.down(detail);
        } catch (e) {
          return s.down({ message: (e as Error).message });
        }
      },
    ]);
  }
}

@Module({})
export class HealthModule {
  static forRoot(): DynamicModule {
    return { module: HealthModule, imports: [TerminusModule.forRoot({ logger: false })], controllers: [HealthController] };
  }
}
