import { ModuleRef } from '@nestjs/core';
import { AccessRecordedEvent, validateAs } from '@passerelle/contracts';
import { addressDigest, DeniedAttempt, DeniedAttemptRecorder, DeniedAttemptSink } from './denied-attempts';
import { Principal } from './principal';

const analyst: Principal = {
  id: '6f1c2b9e-1d2a-4c3b-9a8e-0f1e2d3c4b5a',
  name: 'analyst-restricted',
  role: 'analyst',
  agency: null,
  clearance: 'restricted',
  clearanceExpiresAt: null,
  feeds: ['ocam'],
};

const attempt = (over: Partial<DeniedAttempt> = {}): DeniedAttempt => ({
  principal: null,
  clientAddress: '203.0.113.7',
  endpoint: 'GET /v1/signals/{id}',
  resourceId: null,
  status: 401,
  reason: 'unknown-key',
  ...over,
});

function recorderWith(env: Record<string, string>): { recorder: DeniedAttemptRecorder; written: AccessRecordedEvent[] } {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const written: AccessRecordedEvent[] = [];
  const sink: DeniedAttemptSink = { write: async (records) => void written.push(...records) };
  const moduleRef = { get: jest.fn().mockReturnValue(sink) } as unknown as ModuleRef;
  try {
    const recorder = new DeniedAttemptRecorder(moduleRef);
    recorder.onApplicationBootstrap();
    return { recorder, written };
  } finally {
    process.env = saved;
  }
}

describe('DeniedAttemptRecorder', () => {
  const t0 = Date.UTC(2026, 10, 30, 10, 0, 0);

  it('records each attempt up to the threshold, then one count per source and window', async () => {
    const { recorder, written } = recorderWith({ DENIED_ATTEMPTS_RECORDED_PER_WINDOW: '3', DENIED_ATTEMPTS_WINDOW_MS: '60000' });
    for (let i = 0; i < 50; i++) recorder.note(attempt(), t0 + i);
    for (let i = 0; i < 5; i++) recorder.note(attempt({ principal: analyst, status: 404, reason: 'not-found', resourceId: 'x' }), t0 + i);
    await recorder.beforeApplicationShutdown();

    const address = `address:${addressDigest('203.0.113.7')}`;
    const one = written.filter((r) => r.count === undefined);
    const counts = written.filter((r) => r.count !== undefined);
    expect(one.filter((r) => r.source === address)).toHaveLength(3);
    expect(one.filter((r) => r.source === `principal:${analyst.id}`)).toHaveLength(3);
    expect(counts).toEqual([
      expect.objectContaining({ source: address, count: 47, byStatus: { 401: 47 }, byEndpoint: { 'GET /v1/signals/{id}': 47 } }),
      expect.objectContaining({ source: `principal:${analyst.id}`, principalId: analyst.id, count: 2, byStatus: { 404: 2 } }),
    ]);
    expect(counts[0].windowStart).toBe(new Date(t0).toISOString());
    expect(counts[0].windowEnd).toBe(new Date(t0 + 60_000).toISOString());
    // Every record satisfies the contract, and none holds the address itself.
    for (const r of written) expect(validateAs(AccessRecordedEvent, r).errors).toEqual([]);
    expect(JSON.stringify(written)).not.toContain('203.0.113.7');
  });

  it('starts afresh in the next window, closing the previous one with its count', async () => {
    const { recorder, written } = recorderWith({ DENIED_ATTEMPTS_RECORDED_PER_WINDOW: '2', DENIED_ATTEMPTS_WINDOW_MS: '1000' });
    for (let i = 0; i < 4; i++) recorder.note(attempt(), t0 + i);
    for (let i = 0; i < 4; i++) recorder.note(attempt(), t0 + 1000 + i);
    await recorder.beforeApplicationShutdown();
    expect(written.map((r) => r.count ?? 1)).toEqual([1, 1, 2, 1, 1, 2]);
    expect(written.reduce((n, r) => n + (r.count ?? 1), 0)).toBe(8);
  });

  it('holds what the sink refused and writes it on the next flush', async () => {
    const written: AccessRecordedEvent[] = [];
    let fail = true;
    const sink: DeniedAttemptSink = {
      write: async (records) => {
        if (fail) throw new Error('database restarting');
        written.push(...records);
      },
    };
    const recorder = new DeniedAttemptRecorder({ get: () => sink } as unknown as ModuleRef);
    recorder.onApplicationBootstrap();
    recorder.note(attempt(), Date.now());
    await recorder.flush();
    expect(written).toEqual([]);
    fail = false;
    await recorder.beforeApplicationShutdown();
    expect(written).toHaveLength(1);
  });

  it('refuses a setting that is not a positive integer', () => {
    expect(() => recorderWith({ DENIED_ATTEMPTS_WINDOW_MS: '0' })).toThrow(
      'DENIED_ATTEMPTS_WINDOW_MS must be an integer of at least 1; it is "0"',
    );
  });
});
