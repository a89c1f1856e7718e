import { eventually, testKafka, readTopic } from '@passerelle/testing';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';

import { exampleSignal } from './support/http';
import { RunningSystem, startSystem } from './support/system';

const root = join(__dirname, '..');

/** The router as its own process (built output), so that it can be killed with SIGKILL mid-batch. */
function startRouterProcess(sys: RunningSystem): ChildProcess {
  return spawn(process.execPath, ['-r', join(root, 'scripts/register-paths.js'), join(root, 'dist/apps/router/src/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: sys.databaseUrl,
      KAFKA_TOPIC_PREFIX: sys.topicPrefix,
      PORT: '0',
      LOG_LEVEL: 'error',
      // Several routing transactions for the 3,000 signals, so that the kill lands between two.
      KAFKA_COALESCE_MAX_MESSAGES: '250',
    },
    stdio: 'ignore',
  });
}

// The build, two router start-ups, the killed member's session timeout and the waits below (3 min):
// longer than the default; the waits' own deadlines say what was late.
jest.setTimeout(10 * 60_000);

describe('router killed mid-batch', () => {
  let sys: RunningSystem;
  let router: ChildProcess | undefined;

  beforeAll(async () => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    sys = await startSystem([], []);
  });

  afterAll(async () => {
    router?.kill('SIGKILL');
    await sys?.close();
  });

  it('leaves no lost and no doubled effect after kill -9 and restart', async () => {
    const n = 3000;
    const producer = testKafka('agency').producer();
    await producer.connect();
    const messages = Array.from({ length: n }, (_, i) => {
      const s = exampleSignal('subject-person', `CRASH-${i}`);
      s.subjects[0].familyName = `Crash${i}`;
      s.summary = `observation ${i}`;
      // An agency's client names each event: a copy written by a producer retry is the same event.
      return { value: JSON.stringify(s), headers: { 'ce-id': `crash-event-${i}` } };
    });
    for (let i = 0; i < n; i += 500) {
      await producer.send({ topic: `${sys.topicPrefix}signals.customs.submitted.v1`, messages: messages.slice(i, i + 500) });
    }
    await producer.disconnect();

    router = startRouterProcess(sys);
    const routedSoFar = async () => Number((await sys.sql<{ n: string }>('select count(*) as n from router.signals'))[0].n);
    const atKill = await eventually(
      async () => {
        const c = await routedSoFar();
        return c > 200 ? c : undefined;
      },
      { timeoutMs: 60000, intervalMs: 20, what: 'the router under way' },
    );
    router.kill('SIGKILL');
    await new Promise((r) => router?.once('exit', r));
    expect(atKill).toBeLessThan(n);

    router = startRouterProcess(sys);
    await eventually(async () => ((await routedSoFar()) >= n ? true : undefined), {
      timeoutMs: 120000,
      intervalMs: 200,
      what: 'every signal routed after the restart',
    });
    expect(await routedSoFar()).toBe(n);

    // No doubled effect: one routing decision per signal. A batch republished after the kill
    // carries the same event ids (derived from the input), which downstream inboxes drop.
    const routed = (await readTopic(`${sys.topicPrefix}signals.routed.v1`)).map((r) => ({
      id: r.headers['ce-id'],
      v: JSON.parse(r.value ?? '{}'),
    }));
    // The input holds each signal as one event. A retried send can write a message twice (a CI run
    // saw 3,333 messages for 3,000 sends); the copy has the same ce-id, so the router must treat it
    // as a redelivery, which is what this test checks too.
    const input = (await readTopic(`${sys.topicPrefix}signals.customs.submitted.v1`)).map(
      (r) => `${r.headers['ce-id']} ${JSON.parse(r.value ?? '{}').externalRef}`,
    );
    expect(input.length).toBeGreaterThanOrEqual(n);
    expect(new Set(input).size).toBe(n);
    const idsPerSignal = new Map<string, Set<string>>();
    for (const r of routed) idsPerSignal.set(r.v.signalId, (idsPerSignal.get(r.v.signalId) ?? new Set()).add(r.id));
    expect(idsPerSignal.size).toBe(n);
    expect([...idsPerSignal.values()].every((ids) => ids.size === 1)).toBe(true);
    const [{ links }] = await sys.sql<{ links: string }>('select count(*) as links from router.correlation_links');
    expect(Number(links)).toBe(n);
  });
});
