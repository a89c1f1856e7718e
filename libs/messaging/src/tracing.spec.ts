import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { IncomingMessage } from './events';
import {
  consumeSpans,
  flushTracing,
  producerSpan,
  remoteContext,
  spanCounts,
  startTracing,
  stopTracing,
  tracingConfigured,
} from './tracing';

describe('tracing', () => {
  let receiver: Server;
  const bodies: {
    resourceSpans: {
      scopeSpans: { scope: { name: string }; spans: { traceId: string; spanId: string; parentSpanId?: string; name: string }[] }[];
    }[];
  }[] = [];
  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    await stopTracing();
    await new Promise((r) => receiver.close(r));
  });

  it('is off without an endpoint, and then sends the traceparent it always did', () => {
    expect(tracingConfigured({})).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x', OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://x' })).toBe(true);
    const s = producerSpan('t', { topic: 'a', traceId: 'ab'.repeat(16), type: 'x', id: '1' });
    expect(remoteContext(s.header)?.traceId).toBe('ab'.repeat(16));
  });

  it('a consume span is the child of the publish span whose traceparent the message carries; both reach the OTLP receiver', async () => {
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    expect(startTracing('test', { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint })).toBe(true);
    const traceId = 'cd'.repeat(16);
    const sent = producerSpan('producer', { topic: 'signals.x.v1', traceId, type: 'x', id: 'e1' });
    sent.end();
    const m: IncomingMessage = {
      topic: 'signals.x.v1',
      partition: 0,
      offset: '7',
      key: null,
      value: null,
      headers: { traceparent: sent.header },
      timestamp: '0',
    };
    consumeSpans('consumer', 'group', [m])();
    await flushTracing();
    const received = () =>
      bodies.flatMap((b) =>
        b.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((x) => x.spans.map((y) => ({ ...y, scope: x.scope.name })))),
      );
    const deadline = Date.now() + 10_000;
    while (received().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const spans = received();
    const p = spans.find((s) => s.scope === 'producer')!;
    const c = spans.find((s) => s.scope === 'consumer')!;
    expect(p.traceId).toBe(traceId);
    expect(c.traceId).toBe(traceId);
    expect(c.parentSpanId).toBe(p.spanId);
    expect(remoteContext(sent.header)?.spanId).toBe(p.spanId);
    expect(spanCounts().exported).toBeGreaterThanOrEqual(2);
  });

  it('a collector that is down costs nothing on the publish path: spans fail to export and are counted, past the queue dropped', async () => {
    await stopTracing();
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    expect(startTracing('test', { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, OTEL_BSP_MAX_QUEUE_SIZE: '10' })).toBe(true);
    const before = spanCounts();
    const started = Date.now();
    for (let i = 0; i < 50; i++) producerSpan('p', { topic: 't', traceId: 'ef'.repeat(16), type: 'x', id: String(i) }).end();
    expect(Date.now() - started).toBeLessThan(1000);
    await flushTracing();
    // An export already under way when the flush began settles on its own: wait for it (with a deadline).
    const deadline = Date.now() + 10_000;
    while (spanCounts().failed - before.failed < 10 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const after = spanCounts();
    expect(after.dropped - before.dropped).toBe(40);
    expect(after.failed - before.failed).toBe(10);
    expect(after.exported).toBe(before.exported);
  });
});
