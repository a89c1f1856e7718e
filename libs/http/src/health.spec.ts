import { HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Test } from '@nestjs/testing';
import { TerminusModule } from '@nestjs/terminus';
import { KafkaService } from '@passerelle/messaging';
import { DataSource } from 'typeorm';
import { HealthController } from './health';
import { loadMetricsToken, metricsAuthorized } from './metrics-token';

describe('GET /health says up or down, and nothing an outsider should learn', () => {
  async function controller(kafka: Partial<KafkaService>, ds: { query: () => Promise<unknown> }) {
    const moduleRef = await Test.createTestingModule({
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [
        { provide: DataSource, useValue: ds },
        { provide: KafkaService, useValue: kafka },
      ],
    }).compile();
    return {
      health: moduleRef.get(HealthController),
      checks: moduleRef.get(HealthCheckService),
      ind: moduleRef.get(HealthIndicatorService),
    };
  }

  it('a stalled consumer is down without naming its topic (which names an agency) or its lag', async () => {
    const { health } = await controller(
      {
        ping: async () => undefined,
        status: () => ({ ready: true, detail: { 'consumer:router': 'joined' } }),
        stalled: async () => ['consumer router makes no progress on signals.customs.submitted.v1/0 (lag 412)'],
      },
      { query: async () => [{ '?column?': 1 }] },
    );
    const body = await health.check().then(
      () => {
        throw new Error('expected a 503');
      },
      (e: { getResponse(): unknown }) => JSON.stringify(e.getResponse()),
    );
    expect(body).toContain('"status":"down"');
    expect(body).not.toMatch(/customs|signals\.|lag 412/);
  });

  it("a crashed consumer and an unreachable database are down without their errors' text", async () => {
    const { health } = await controller(
      {
        ping: async () => undefined,
        status: () => ({ ready: false, detail: { 'consumer:router': 'crashed: topic signals.customs.submitted.v1 not authorized' } }),
        stalled: async () => [],
      },
      {
        query: async () => {
          throw new Error('connect ECONNREFUSED 10.1.2.3:5432 user passerelle_admin');
        },
      },
    );
    const body = await health.check().then(
      () => '',
      (e: { getResponse(): unknown }) => JSON.stringify(e.getResponse()),
    );
    expect(body).toContain('crashed');
    expect(body).not.toMatch(/customs|10\.1\.2\.3|passerelle_admin/);
  });
});

describe('the metrics scrape token', () => {
  const token = 'a'.repeat(64);

  it('only the exact bearer token is accepted', () => {
    expect(metricsAuthorized(`Bearer ${token}`, token)).toBe(true);
    expect(metricsAuthorized(undefined, token)).toBe(false);
    expect(metricsAuthorized(`Bearer ${token}x`, token)).toBe(false);
    expect(metricsAuthorized(token, token)).toBe(false);
    expect(metricsAuthorized(`Bearer ${token}`, null)).toBe(false);
  });

  it('comes from the environment or a file; in production without either, nobody scrapes', () => {
    expect(loadMetricsToken({ PASSERELLE_METRICS_TOKEN: token }).token).toBe(token);
    expect(loadMetricsToken({ NODE_ENV: 'production' }).token).toBeNull();
    expect(() => loadMetricsToken({ PASSERELLE_METRICS_TOKEN: 'short' })).toThrow(/shorter than 32/);
    expect(() => loadMetricsToken({ PASSERELLE_METRICS_TOKEN_FILE: '/nonexistent/metrics-token' })).toThrow(/ENOENT/);
  });
});
