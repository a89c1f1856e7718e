import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from '@passerelle/testing';
import { RunningSystem, startSystem } from './support/system';

const minimal = JSON.parse(readFileSync(join(__dirname, '../docs/examples/signals/minimal.json'), 'utf8'));

interface TrailEntry {
  seq: string;
  action: string;
  actor: string;
  traceId: string | null;
  sourceTopic: string;
  occurredAt: string | null;
  recordedAt: string;
}

describe('walking skeleton: gateway → router → intake, every hop in the audit ledger', () => {
  let sys: RunningSystem;

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
    ]);
  });

  afterAll(async () => {
    await sys?.close();
  });

  const call = (app: string, path: string, key?: string, init: RequestInit = {}) =>
    fetch(`${sys.urls[app]}${path}`, {
      ...init,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), 'content-type': 'application/json', ...(init.headers ?? {}) },
    });

  it('every app answers /health without authentication once ready', async () => {
    for (const app of ['agency-gateway', 'router', 'intake', 'audit']) {
      const res = await eventually(
        async () => {
          const r = await call(app, '/health');
          return r.status === 200 ? r : undefined;
        },
        { what: `${app} /health 200` },
      );
      const body = (await res.json()) as { details: Record<string, { status: string }> };
      expect(body.details.postgres.status).toBe('up');
      expect(body.details.kafka.status).toBe('up');
    }
  });

  it('a minimal signal travels every hop with one trace id', async () => {
    const res = await call('agency-gateway', '/v1/signals', sys.keys['poc-customs'], { method: 'POST', body: JSON.stringify(minimal) });
    expect(res.status).toBe(202);
    const receipt = (await res.json()) as { signalId: string; traceId: string };
    expect(receipt.signalId).toMatch(/^[0-9a-f-]{36}$/);
    expect(receipt.traceId).toMatch(/^[0-9a-f]{32}$/);

    // Stored in the intake, with the submission's trace id.
    const [stored] = await eventually(
      async () => {
        const rows = await sys.sql<{ trace_id: string; agency: string; feed: string }>(
          'select trace_id, agency, feed from intake.signals where signal_id = $1',
          [receipt.signalId],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'signal stored by the intake' },
    );
    expect(stored).toEqual({ trace_id: receipt.traceId, agency: 'customs', feed: 'ocam' });

    // The oversight trail lists each hop, in ledger order, all with the same trace id.
    const expected = ['signal.submitted', 'signal.routed', 'signal.published-to-feed', 'feedback.routed', 'feedback.delivered'];
    const trail = await eventually(
      async () => {
        const r = await call('audit', `/v1/audit/signals/${receipt.signalId}/trail`, sys.keys.oversight);
        if (r.status !== 200) return undefined;
        const body = (await r.json()) as { entries: TrailEntry[] };
        return expected.every((a) => body.entries.some((e) => e.action === a)) ? body.entries : undefined;
      },
      { what: 'every hop in the audit trail' },
    );
    expect(trail.map((e) => e.action).sort()).toEqual([...expected].sort());
    expect(new Set(trail.map((e) => e.traceId))).toEqual(new Set([receipt.traceId]));
    // The trail is in the order things happened (event time, then ledger order); the ledger may have
    // appended events of different topics in another order.
    const when = trail.map((e) => `${e.occurredAt ?? e.recordedAt} ${e.seq.padStart(20, '0')}`);
    expect(when).toEqual([...when].sort());
    const order = (a: string) => trail.findIndex((e) => e.action === a);
    expect(order('signal.submitted')).toBeLessThan(order('signal.routed'));
    expect(order('signal.published-to-feed')).toBeLessThan(order('feedback.delivered'));

    // The POC's receipt follows it: published by the gateway, routed, delivered to the intake.
    const body = await eventually(
      async () => {
        const r = await call('agency-gateway', `/v1/signals/${receipt.signalId}`, sys.keys['poc-customs']);
        const b = (await r.json()) as { history: { status: string }[]; traceId: string };
        return b.history.length >= 4 ? b : undefined;
      },
      { what: 'receipt history up to delivered' },
    );
    expect(body.history.map((h) => h.status)).toEqual(['accepted', 'published', 'routed', 'delivered']);
    expect(body.traceId).toBe(receipt.traceId);
  });

  it('refuses requests without a valid key, and oversight data to a POC', async () => {
    const anon = await call('agency-gateway', '/v1/signals', undefined, { method: 'POST', body: JSON.stringify(minimal) });
    expect(anon.status).toBe(401);
    expect(anon.headers.get('content-type')).toContain('application/problem+json');
    const forged = await call('agency-gateway', '/v1/signals', 'psl_not-a-real-key', { method: 'POST', body: JSON.stringify(minimal) });
    expect(forged.status).toBe(401);
    const poc = await call('audit', '/v1/audit/signals/anything/trail', sys.keys['poc-customs']);
    expect(poc.status).toBe(403);
  });
});
