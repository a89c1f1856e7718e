import { eventually } from '@passerelle/testing';
import { stopTracing } from '@passerelle/messaging';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * OpenTelemetry traces of one signal, received by an OTLP/HTTP receiver started here (the wire
 * format any collector takes, JSON encoding): the gateway's request, its outbox relay's publish,
 * the router's consume and publish, the intake's consume and, after the assessment, its feedback
 * publish and the gateway's and audit's consumes — one trace, each Kafka consume a child of the
 * publish that sent it, and no signal content in any attribute.
 *
 * The intake stores the signal under a span of its own ('store feed signals', the consume's child)
 * whose Postgres queries (@opentelemetry/instrumentation-pg) are its children; the analyst's
 * assessment joins the signal's trace as that span's child ('assess signal'), linked to the
 * analyst's request (a trace of its own), and the feedback it sends on is its child.
 *
 * The apps run in this one process, so they share one SDK: each app's spans are told apart by
 * their instrumentation scope (passerelle-<app>), where separate processes would also differ in
 * service.name.
 */
jest.setTimeout(120_000);

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  scope: string;
  attributes: { key: string; value: Record<string, unknown> }[];
  links?: { traceId: string; spanId: string }[];
  status?: { code?: number; message?: string };
  events?: { name: string; attributes?: { key: string; value: Record<string, unknown> }[] }[];
}
const INTERNAL = 1;
const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;
const PG = '@opentelemetry/instrumentation-pg';
const attr = (s: OtlpSpan, key: string) => s.attributes.find((a) => a.key === key)?.value;

describe('OpenTelemetry traces', () => {
  let sys: RunningSystem;
  let receiver: Server;
  const spans: OtlpSpan[] = [];
  const saved = { ...process.env };

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.url === '/v1/traces') {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            resourceSpans: { scopeSpans: { scope: { name: string }; spans: Omit<OtlpSpan, 'scope'>[] }[] }[];
          };
          for (const rs of body.resourceSpans)
            for (const ss of rs.scopeSpans) for (const s of ss.spans) spans.push({ ...s, scope: ss.scope.name });
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    process.env.OTEL_BSP_SCHEDULE_DELAY = '200';
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
    ]);
  });

  afterAll(async () => {
    await sys?.close();
    await stopTracing();
    process.env = saved;
    await new Promise((r) => receiver?.close(r));
  });

  it('one trace per signal across gateway, outbox relay, router, intake and audit, each consume a child of its publish, no content', async () => {
    const signal = exampleSignal('subject-person', 'TRACE-1');
    const submitted = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: signal });
    expect(submitted.status).toBe(202);
    const { signalId, traceId } = submitted.body as { signalId: string; traceId: string };
    await eventually(async () => (await sys.sql(`select 1 from intake.signals where signal_id = $1`, [signalId]))[0], {
      what: 'the signal in the intake',
    });
    const read = await request(sys.urls.intake, 'GET', `/v1/signals/${signalId}`, { key: sys.keys.analyst });
    const assessed = await request(sys.urls.intake, 'POST', `/v1/signals/${signalId}/assessment`, {
      key: sys.keys.analyst,
      body: { outcome: 'relevant', note: 'matches an open dossier', version: read.body.version },
    });
    expect(assessed.status).toBe(201);

    const ofTrace = () => spans.filter((s) => s.traceId === traceId);
    const has = (scope: string, kind: number, name: RegExp) =>
      ofTrace().find((s) => s.scope === scope && s.kind === kind && name.test(s.name));
    const trace = await eventually(
      async () => {
        const wanted = [
          has('passerelle-agency-gateway', SERVER, /^POST \/v1\/signals$/),
          has('passerelle-agency-gateway', PRODUCER, /submitted/),
          has('passerelle-router', CONSUMER, /submitted/),
          has('passerelle-router', PRODUCER, /feeds\.ocam/),
          has('passerelle-intake', CONSUMER, /feeds\.ocam/),
          has('passerelle-intake', PRODUCER, /feedback/),
          has('passerelle-agency-gateway', CONSUMER, /feedback/),
          has('passerelle-audit', CONSUMER, /submitted/),
          has('passerelle-intake', INTERNAL, /^store feed signals$/),
          has('passerelle-intake', INTERNAL, /^assess signal$/),
          has(PG, CLIENT, /./),
          // The assessment's feedback to the source, and its consume at the gateway.
          ofTrace().find((c) => {
            const p = ofTrace().find((x) => x.spanId === c.parentSpanId);
            const a = ofTrace().find((x) => x.spanId === p?.parentSpanId);
            return c.scope === 'passerelle-agency-gateway' && c.kind === CONSUMER && p?.kind === PRODUCER && a?.name === 'assess signal';
          }),
          spans.find((x) => x.scope === 'passerelle-intake' && x.kind === SERVER && x.name === 'POST /v1/signals/:id/assessment'),
        ];
        const missing = wanted.map((w, i) => (w ? -1 : i)).filter((i) => i >= 0);
        if (missing.length)
          throw new Error(
            `missing #${missing.join(',')}; received ${spans.length} spans, of the trace: ${ofTrace()
              .map((x) => `${x.scope}:${x.kind}:${x.name}`)
              .join(' | ')}`,
          );
        return ofTrace();
      },
      { what: 'the spans of the signal’s trace at the receiver', timeoutMs: 60_000 },
    );

    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const parentOf = (s: OtlpSpan | undefined) => (s?.parentSpanId ? byId.get(s.parentSpanId) : undefined);
    // The request is the root (the client sent no traceparent); the relay's publish is its child.
    const http = has('passerelle-agency-gateway', SERVER, /^POST \/v1\/signals$/)!;
    expect(http.parentSpanId ?? '').toBe('');
    expect(parentOf(has('passerelle-agency-gateway', PRODUCER, /submitted/))?.spanId).toBe(http.spanId);
    // Each Kafka hop: the consume's parent is the publish that sent the message (W3C traceparent in its headers).
    for (const c of trace.filter((s) => s.kind === CONSUMER)) {
      const p = parentOf(c);
      expect([c.scope, c.name, p?.kind]).toEqual([c.scope, c.name, PRODUCER]);
      expect(p!.name.replace(/^send /, '')).toBe(c.name.replace(/^process /, ''));
    }
    // A publish that follows a consume is its child: the router's routing, the intake's feedback.
    expect(parentOf(has('passerelle-router', PRODUCER, /feeds\.ocam/))).toMatchObject({ scope: 'passerelle-router', kind: CONSUMER });

    // The intake stores the signal under a span that is its consume's child; the queries are its children.
    const store = has('passerelle-intake', INTERNAL, /^store feed signals$/)!;
    expect(parentOf(store)).toMatchObject({ scope: 'passerelle-intake', kind: CONSUMER, name: expect.stringMatching(/feeds\.ocam/) });
    const pgOf = (parent: OtlpSpan) => trace.filter((s) => s.scope === PG && s.kind === CLIENT && s.parentSpanId === parent.spanId);
    const storeQueries = pgOf(store).map((s) => String(attr(s, 'db.query.text')?.stringValue ?? ''));
    expect(storeQueries.some((q) => /insert into intake\.signals/.test(q))).toBe(true);
    expect(pgOf(store).every((s) => attr(s, 'db.system.name')?.stringValue === 'postgresql')).toBe(true);

    // The assessment is in the signal's trace: the store span's child, linked to the analyst's
    // request (its own trace), its queries its children, and the feedback it sends its child.
    const assessment = has('passerelle-intake', INTERNAL, /^assess signal$/)!;
    expect(assessment.parentSpanId).toBe(store.spanId);
    const analystRequest = spans.find(
      (x) => x.scope === 'passerelle-intake' && x.kind === SERVER && x.name === 'POST /v1/signals/:id/assessment',
    )!;
    expect(analystRequest.traceId).not.toBe(traceId);
    expect(assessment.links ?? []).toEqual([expect.objectContaining({ traceId: analystRequest.traceId, spanId: analystRequest.spanId })]);
    expect(pgOf(assessment).some((s) => /update intake\.signals/i.test(String(attr(s, 'db.query.text')?.stringValue)))).toBe(true);
    const feedback = trace.filter((s) => s.scope === 'passerelle-intake' && s.kind === PRODUCER && /feedback/.test(s.name));
    expect(feedback.map((f) => parentOf(f)?.name).sort()).toEqual(['assess signal', 'store feed signals']);
    const assessedFeedback = feedback.find((f) => f.parentSpanId === assessment.spanId)!;
    expect(
      trace.some((s) => s.scope === 'passerelle-agency-gateway' && s.kind === CONSUMER && s.parentSpanId === assessedFeedback.spanId),
    ).toBe(true);

    // No content in any attribute of any span received: not the summary, a name, a reference, a key.
    // Postgres spans included: the statement's text, never its values.
    expect(spans.filter((s) => s.scope === PG).length).toBeGreaterThan(0);
    expect(spans.flatMap((s) => s.attributes.map((a) => a.key)).filter((k) => /values|parameters/.test(k))).toEqual([]);
    const values = spans
      .flatMap((s) => [
        s.name,
        s.status?.message ?? '',
        ...s.attributes.map((a) => JSON.stringify(a.value)),
        ...(s.events ?? []).flatMap((e) => [e.name, ...(e.attributes ?? []).map((a) => JSON.stringify(a.value))]),
      ])
      .join('\n');
    for (const secret of [
      signal.summary,
      signal.subjects[0].familyName,
      signal.subjects[0].givenNames,
      signal.subjects[0].documents[0].number,
      'TRACE-1',
      sys.keys['poc-customs'],
      sys.keys.analyst,
      'matches an open dossier',
    ]) {
      expect(values).not.toContain(secret);
    }
  });
});
