import { eventually } from '@passerelle/testing';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { webhookSignature } from '../apps/intake/src/alerts/alert-senders';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Issue 29, bad input: an alert webhook that times out. The operator's webhook here is a real HTTP
 * server that takes each call and never answers. Each signed call is given up after
 * `ALERTS_WEBHOOK_TIMEOUT_MS`, retried with backoff, and parked after `ALERTS_MAX_ATTEMPTS` with the
 * reason `timeout` (in the table and in the ledger); /health says degraded; the e-mail of the same
 * alert is sent all the same, and a signal submitted while the webhook hangs reaches the intake.
 */
jest.setTimeout(3 * 60_000);

const SECRET = 'webhook-secret-for-the-timeout-test-0123456789';

describe('an alert webhook that never answers', () => {
  let sys: RunningSystem;
  let smtp: SMTPServer;
  let hook: Server;
  const mails: { to: string[]; raw: string }[] = [];
  const calls: { signature: string; timestamp: string; body: string }[] = [];
  // Held open, never answered: closed when the test ends.
  const hanging: ServerResponse<IncomingMessage>[] = [];
  let immediate: string;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        calls.push({
          signature: String(req.headers['x-passerelle-signature']),
          timestamp: String(req.headers['x-passerelle-timestamp']),
          body,
        });
        hanging.push(res);
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const rota = join(mkdtempSync(join(tmpdir(), 'passerelle-rota-')), 'rota.json');
    // No escalation during the test: one alert, one e-mail, one webhook delivery.
    writeFileSync(rota, JSON.stringify({ version: 1, escalateAfterSeconds: 3600, onDuty: [{ name: 'duty', email: 'duty@ocam.test' }] }));
    Object.assign(process.env, {
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      ALERTS_ROTA_FILE: rota,
      ALERTS_WEBHOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`,
      ALERTS_WEBHOOK_SECRET: SECRET,
      ALERTS_WEBHOOK_TIMEOUT_MS: '1000',
      ALERTS_POLL_MS: '200',
      ALERTS_MAX_ATTEMPTS: '3',
      ALERTS_BACKOFF_MS: '100',
    });
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'duty', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
    ]);
    const s = exampleSignal('subject-person');
    s.urgency = 'immediate';
    const r = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: s });
    expect(r.status).toBe(202);
    immediate = r.body.signalId;
  });

  afterAll(async () => {
    await sys?.close();
    for (const k of [
      'SMTP_URL',
      'ALERTS_ROTA_FILE',
      'ALERTS_WEBHOOK_URL',
      'ALERTS_WEBHOOK_SECRET',
      'ALERTS_WEBHOOK_TIMEOUT_MS',
      'ALERTS_POLL_MS',
      'ALERTS_MAX_ATTEMPTS',
      'ALERTS_BACKOFF_MS',
    ])
      delete process.env[k];
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    for (const res of hanging) res.destroy();
    hook?.closeAllConnections();
    hook?.close();
  });

  it('while the webhook hangs, the pipeline goes on and the e-mail goes out; the call is retried, then parked as a timeout, and /health says so', async () => {
    // The first call is in and hanging: a signal submitted now reaches the intake all the same.
    await eventually(async () => (calls.length >= 1 ? true : undefined), { what: 'the first webhook call', timeoutMs: 60_000 });
    const later = exampleSignal('subject-person');
    later.summary = `A later observation, ${Date.now()}.`;
    later.urgency = 'routine';
    const r = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: later });
    expect(r.status).toBe(202);
    await eventually(
      async () => ((await sys.sql(`select 1 from intake.signals where signal_id = $1`, [r.body.signalId])).length ? true : undefined),
      { what: 'the later signal in the intake', timeoutMs: 60_000 },
    );

    // Parked after three calls, each given up on: the reason is `timeout`.
    const [parked] = await eventually(
      async () => {
        const rows = await sys.sql<{ attempts: number; last_error: string }>(
          `select attempts, last_error from intake.alert_deliveries where channel = 'webhook' and parked_at is not null`,
        );
        return rows.length ? rows : undefined;
      },
      { what: 'the webhook delivery parked', timeoutMs: 60_000 },
    );
    expect(parked).toEqual({ attempts: 3, last_error: 'timeout' });
    expect(calls).toHaveLength(3);
    for (const c of calls) {
      expect(c.signature).toBe(webhookSignature(SECRET, c.timestamp, c.body));
      expect(Object.keys(JSON.parse(c.body)).sort()).toEqual(['alertId', 'exercise', 'level', 'link']);
      expect(c.body).not.toContain(immediate);
    }
    const [alert] = await sys.sql<{ id: string }>(`select id::text from intake.alerts where signal_id = $1`, [immediate]);
    expect(JSON.parse(calls[0].body).alertId).toBe(alert.id);

    // Nothing lost: the same alert's e-mail was sent, once.
    const [email] = await sys.sql<{ sent: boolean; attempts: number }>(
      `select sent_at is not null as sent, attempts from intake.alert_deliveries where channel = 'email' and alert_id = $1`,
      [alert.id],
    );
    expect(email).toEqual({ sent: true, attempts: 1 });
    expect(mails.filter((m) => m.to.includes('duty@ocam.test') && m.raw.includes(alert.id))).toHaveLength(1);

    // The ledger: the e-mail sent, the webhook parked as a timeout after three tries.
    const steps = await eventually(
      async () => {
        const rows = await sys.sql<{ action: string; details: Record<string, unknown> }>(
          `select action, details from audit.ledger where action like 'alert.%' and details->>'alertId' = $1 order by seq`,
          [alert.id],
        );
        return rows.some((e) => e.action === 'alert.parked') && rows.some((e) => e.action === 'alert.sent') ? rows : undefined;
      },
      { what: "the alert's steps in the ledger", timeoutMs: 60_000 },
    );
    expect(steps.find((e) => e.action === 'alert.sent')!.details).toMatchObject({ channel: 'email' });
    expect(steps.find((e) => e.action === 'alert.parked')!.details).toMatchObject({
      channel: 'webhook',
      attempts: 3,
      reason: 'timeout',
      alertLevel: 'immediate',
    });

    // /health: up (the pipeline is unaffected), alerts degraded with the parked delivery.
    const health = await request(sys.urls.intake, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body.info.alerts).toMatchObject({ status: 'up', state: 'degraded', parked: { webhook: 1 } });
  });
});
