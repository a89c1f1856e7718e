import { Controller, Get, Header, Headers, Logger, Module, DynamicModule } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TerminusModule } from '@nestjs/terminus';
import { KafkaService } from '@passerelle/messaging';
import { Public } from '@passerelle/security';
import { DataSource } from 'typeorm';
import { metricsAuthorized, metricsToken, metricsTokenSource } from './metrics-token';
import { localizedProblem, ProblemException } from './problem';

/**
 * An app's own health facts beside Postgres and Kafka (the intake's alert deliveries): provided
 * under this token, reported under `name`. `state: 'degraded'` keeps the app ready (200) and says
 * so; the probe failing marks it down.
 */
export const HEALTH_PROBE = 'passerelle:health-probe';
export interface HealthProbe {
  name: string;
  probe(): Promise<{ state: 'ok' | 'degraded'; [fact: string]: unknown }>;
}

/**
 * Readiness: Postgres answers, a Kafka broker answers, and every consumer of the service has joined
 * its group. 503 until then. Served without a key, so it says up or down and why in general terms
 * only: no topic names (they name agencies), no lag, no error text; the log and the metrics have
 * the details.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly ds: DataSource,
    private readonly kafka: KafkaService,
    private readonly moduleRef: ModuleRef,
  ) {}

  private readonly logger = new Logger('Health');

  private probe(): HealthProbe | null {
    try {
      return this.moduleRef.get<HealthProbe>(HEALTH_PROBE, { strict: false });
    } catch {
      return null;
    }
  }

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
          this.logger.warn(`health: Postgres does not answer: ${(e as Error).message}`);
          return s.down({ message: 'Postgres does not answer' });
        }
      },
      async () => {
        const s = this.indicator.check('kafka');
        try {
          await this.kafka.ping();
          const { ready, detail } = this.kafka.status();
          // A crashed consumer's state is its error text: said as `crashed`, the text goes to the log.
          const shown = Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, v === 'joined' || v === 'joining' ? v : 'crashed']));
          if (!ready) return s.down(shown);
          // Joined is not enough: a consumer that stopped making progress while messages wait is degraded.
          // Which topics and partitions (they name agencies) is for the log and the metrics' lag.
          const stalled = await this.kafka.stalled();
          if (stalled.length) {
            this.logger.warn(`health: ${stalled.join('; ')}`);
            return s.down({ ...shown, stalled: `${stalled.length} partition(s) with messages waiting and no progress (see /metrics)` });
          }
          return s.up(shown);
        } catch (e) {
          this.logger.warn(`health: Kafka does not answer: ${(e as Error).message}`);
          return s.down({ message: 'Kafka does not answer' });
        }
      },
      ...(this.probe() ? [() => this.runProbe(this.probe()!)] : []),
    ]);
  }

  private async runProbe(p: HealthProbe) {
    const s = this.indicator.check(p.name);
    try {
      const facts = await p.probe();
      if (facts.state === 'degraded') this.logger.warn(`health: ${p.name} degraded: ${JSON.stringify(facts)}`);
      return s.up(facts);
    } catch (e) {
      this.logger.warn(`health: ${p.name} probe failed: ${(e as Error).name}`);
      return s.down({ message: `${p.name} cannot be checked` });
    }
  }
}

/**
 * Prometheus metrics in text format: consumer lag and batch durations per group, dead letters,
 * outbox backlog and parked rows, HTTP request durations by route and status. Counts and timings
 * only, never content — but they tell who does what (admin routes and statuses, every agency's
 * topic lag): only the scraper's bearer token (metrics-token.ts) reads them. Not an API key: the
 * scraper is no principal, and the edge leaves this route to this check.
 */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly kafka: KafkaService) {
    new Logger('Metrics').log(`GET /metrics: scrape token from ${metricsTokenSource()}`);
  }

  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (!metricsAuthorized(authorization)) {
      // Said in the scraper's (or the curious visitor's) language like every other refusal; codes
      // no-scrape-token (send the token) and no-token-configured (the operator has set none).
      const key = metricsToken() ? 'problem.http-401.detail.no-scrape-token' : 'problem.http-401.detail.no-token-configured';
      throw new ProblemException(
        localizedProblem({ type: 'urn:passerelle:problem:http-401', status: 401, code: key.slice(key.lastIndexOf('.') + 1) }, key),
        { 'WWW-Authenticate': 'Bearer realm="metrics"' },
      );
    }
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
