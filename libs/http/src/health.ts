import { Controller, Get, Header, Module, DynamicModule } from '@nestjs/common';
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
          if (!ready) return s.down(detail);
          // Joined is not enough: a consumer that stopped making progress while messages wait is degraded.
          const stalled = await this.kafka.stalled();
          return stalled.length ? s.down({ ...detail, stalled }) : s.up(detail);
        } catch (e) {
          return s.down({ message: (e as Error).message });
        }
      },
    ]);
  }
}

/**
 * Prometheus metrics in text format: consumer lag and batch durations per group, dead letters,
 * outbox backlog and parked rows, HTTP request durations by route and status. Counts and timings
 * only, never content: served without a key, like health, for the scraper.
 */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly kafka: KafkaService) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(): Promise<string> {
    return this.kafka.metrics.metrics();
  }
}

@Module({})
export class HealthModule {
  static forRoot(): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController, MetricsController],
    };
  }
}
