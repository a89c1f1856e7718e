import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, startApp } from '@passerelle/http';
import { eventually } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { readSse } from './support/sse';
import type { RunningSystem } from './support/system';

/**
 * Two intake instances in one consumer group: a feed item stored by either wakes the analysts'
 * streams served by both at once (a Postgres notification at commit), not at their next poll. The
 * streams' poll is set to ten minutes here, so a stream that waited for it would run out of time.
 */
describe('intake scale-out: streams woken across instances', () => {
  let sys: RunningSystem;
  let second: NestFastifyApplication;
  let secondUrl: string;

  beforeAll(async () => {
    process.env.FEED_STREAM_POLL_MS = '600000';
    // Loaded after the setting: the stream reads its poll interval when its module loads.
    const { startSystem } = await import('./support/system');
    const { IntakeModule } = await import('../apps/intake/src/app.module');
    const { INTAKE_HTTP } = await import('../apps/intake/src/intake.http');
    sys = await startSystem(
      [
        { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
        { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      ],
      ['agency-gateway', 'router', 'intake'],
    );
    second = await createHttpApp(IntakeModule, INTAKE_HTTP);
    secondUrl = await startApp(second);
    // Both in the group, with their partitions.
    await eventually(
      async () => {
        for (const url of [sys.urls.intake, secondUrl]) {
          const health = await request(url, 'GET', '/health');
          if (health.status !== 200) throw new Error(`${url}: ${JSON.stringify(health.body)}`);
        }
        return true;
      },
      { timeoutMs: 60000 },
    );
  }, 180000);

  afterAll(async () => {
    await second?.close();
    await sys?.close();
    delete process.env.FEED_STREAM_POLL_MS;
  });

  it('each instance streams every signal, whichever instance stored it', async () => {
    const run = Date.now().toString(36);
    const signals = Array.from({ length: 12 }, (_, i) => {
      const s = exampleSignal('minimal', `SCALE-${run}-${i}`);
      s.summary = `${s.summary} (${run}, ${i})`; // content of its own: not a duplicate the router would drop
      return s;
    });
    const refs = signals.map((s) => s.externalRef as string);
    const opened: Promise<void>[] = [];
    const streams = [sys.urls.intake, secondUrl].map((url) => {
      let onOpen!: () => void;
      opened.push(new Promise<void>((r) => (onOpen = r)));
      return readSse(`${url}/v1/feeds/ocam/stream?from=now`, {
        key: sys.keys.analyst,
        onOpen,
        done: (events) => refs.every((ref) => events.some((e) => e.event === 'signal' && e.data.includes(ref))),
        timeoutMs: 90000,
      });
    });
    await Promise.all(opened);
    for (const [i, s] of signals.entries()) {
      const res = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', {
        key: sys.keys[i % 2 ? 'poc-mobility' : 'poc-customs'],
        body: s,
      });
      expect(res.status).toBe(202);
    }
    const ended = await Promise.all(streams);
    for (const { status, events } of ended) {
      expect(status).toBe(200);
      const streamed = events.filter((e) => e.event === 'signal').map((e) => e.data);
      for (const ref of refs) expect(streamed.some((d) => d.includes(ref))).toBe(true);
    }
    // Stored once each, by one instance or the other.
    const [{ n }] = await sys.sql<{ n: number }>(
      `select count(*)::int as n from intake.signals where payload->>'externalRef' = any($1::text[])`,
      [refs],
    );
    expect(n).toBe(refs.length);
  }, 120000);
});
