import { eventually } from '@passerelle/testing';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Issue 29, item 7: the alert dispatcher sends several deliveries at once (ALERTS_CONCURRENCY), one
 * at a time per target. OCAM's webhook here takes each call and never answers (its timeout is far
 * longer than the test); while its call for a first alert hangs, a second alert — OCAM's question to
 * customs, for customs' permanence cell — is e-mailed and posted to the cell's own webhook. All is
 * told by events and rows: the hanging call still open when the cell's call arrives, the first
 * webhook delivery still in its first try, each delivery sent once, no second call to the hanging
 * webhook.
 */
jest.setTimeout(3 * 60_000);

const SECRET = 'webhook-secret-for-the-dispatch-test-0123456789';
const CUSTOMS_SECRET = 'customs-cell-webhook-secret-for-the-dispatch-test';

describe('the alert dispatcher: a hanging webhook holds only what goes to it', () => {
  let sys: RunningSystem;
  let smtp: SMTPServer;
  let hook: Server;
  let cellHook: Server;
  const mails: { to: string[]; raw: string }[] = [];
  // OCAM's webhook: every call held open, never answered; `open` says whether the caller is still waiting.
  const hanging: { body: string; res: ServerResponse<IncomingMessage>; open: boolean }[] = [];
  // The cell's webhook: answers 200, noting whether OCAM's first call was still open when this one came.
  const cellCalls: { body: string; hangingStillOpen: boolean }[] = [];
  // Once the test is over, OCAM's webhook answers 503 at once: a retry must not hang the intake's shutdown.
  let over = false;

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
        if (over) {
          res.statusCode = 503;
          res.end();
          return;
        }
        const call = { body, res, open: true };
        res.on('close', () => (call.open = false));
        hanging.push(call);
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    cellHook = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        cellCalls.push({ body, hangingStillOpen: hanging.length === 1 && hanging[0].open });
        res.statusCode = 200;
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => cellHook.listen(0, '127.0.0.1', resolve));
    const rota = join(mkdtempSync(join(tmpdir(), 'passerelle-rota-')), 'rota.json');
    // No escalation during the test.
    writeFileSync(
      rota,
      JSON.stringify({
        version: 1,
        escalateAfterSeconds: 3600,
        onDuty: [{ name: 'duty', email: 'duty@ocam.test' }],
        permanenceCells: {
          customs: {
            escalateAfterSeconds: 3600,
            onDuty: [{ name: 'poc-customs', email: 'cell@customs.test' }],
            webhook: {
              url: `http://127.0.0.1:${(cellHook.address() as AddressInfo).port}/cell`,
              secretEnv: 'ALERTS_CUSTOMS_WEBHOOK_SECRET',
            },
          },
        },
      }),
    );
    Object.assign(process.env, {
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      ALERTS_ROTA_FILE: rota,
      ALERTS_WEBHOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`,
      ALERTS_WEBHOOK_SECRET: SECRET,
      ALERTS_CUSTOMS_WEBHOOK_SECRET: CUSTOMS_SECRET,
      // Far longer than the test: the call hangs until the test ends it.
      ALERTS_WEBHOOK_TIMEOUT_MS: '600000',
      ALERTS_POLL_MS: '200',
      ALERTS_MAX_ATTEMPTS: '3',
      ALERTS_BACKOFF_MS: '100',
    });
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'duty', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
    ]);
  });

  afterAll(async () => {
    // The hanging call ends first, and retries fail at once, so that the intake's shutdown does not wait for them.
    over = true;
    for (const c of hanging) c.res.destroy();
    await sys?.close();
    for (const k of [
      'SMTP_URL',
      'ALERTS_ROTA_FILE',
      'ALERTS_WEBHOOK_URL',
      'ALERTS_WEBHOOK_SECRET',
      'ALERTS_CUSTOMS_WEBHOOK_SECRET',
      'ALERTS_WEBHOOK_TIMEOUT_MS',
      'ALERTS_POLL_MS',
      'ALERTS_MAX_ATTEMPTS',
      'ALERTS_BACKOFF_MS',
    ])
      delete process.env[k];
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    hook?.closeAllConnections();
    hook?.close();
    cellHook?.closeAllConnections();
    cellHook?.close();
  });

  it("while OCAM's webhook hangs on a first alert, a second recipient's alert is e-mailed and posted, each once", async () => {
    // The first alert: an immediate signal alerts the analyst on duty; its webhook call hangs.
    const s = exampleSignal('subject-person');
    s.urgency = 'immediate';
    const submitted = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: s });
    expect(submitted.status).toBe(202);
    const signalId = submitted.body.signalId as string;
    await eventually(async () => (hanging.length >= 1 ? true : undefined), { what: "the first alert's webhook call", timeoutMs: 60_000 });
    const [first] = await sys.sql<{ id: string }>(`select id::text from intake.alerts where signal_id = $1 and kind = 'immediate-signal'`, [
      signalId,
    ]);
    expect(JSON.parse(hanging[0].body).alertId).toBe(first.id);

    // The second alert, raised while that call hangs: OCAM's question alerts customs' permanence cell.
    const asked = await request(sys.urls.intake, 'POST', `/v1/signals/${signalId}/assessment`, {
      key: sys.keys.analyst,
      body: { outcome: 'more-information-requested', note: 'Which crossing?', version: 0 },
    });
    expect(asked.status).toBe(201);
    const second = await eventually(
      async () => {
        const rows = await sys.sql<{ id: string }>(`select id::text from intake.alerts where signal_id = $1 and kind = 'question'`, [
          signalId,
        ]);
        return rows[0];
      },
      { what: 'the question alert', timeoutMs: 60_000 },
    );

    // Both of its deliveries are sent while the first call still hangs.
    await eventually(
      async () => {
        const rows = await sys.sql<{ n: number }>(
          `select count(*)::int as n from intake.alert_deliveries where alert_id = $1 and sent_at is not null`,
          [second.id],
        );
        return rows[0].n === 2 ? true : undefined;
      },
      { what: "the second alert's e-mail and webhook sent", timeoutMs: 60_000 },
    );
    expect(cellCalls).toEqual([{ body: expect.stringContaining(second.id), hangingStillOpen: true }]);
    expect(mails.filter((m) => m.to.includes('cell@customs.test') && m.raw.includes(second.id))).toHaveLength(1);
    expect(hanging).toHaveLength(1);
    expect(hanging[0].open).toBe(true);

    // The first alert: its e-mail sent once; its webhook delivery still in its first try, claimed by the
    // one send under way (its row is locked: a claim that skips locked rows finds nothing).
    const firstRows = await sys.sql<{ channel: string; sent: boolean; attempts: number; parked: boolean }>(
      `select channel, sent_at is not null as sent, attempts, parked_at is not null as parked
         from intake.alert_deliveries where alert_id = $1 order by channel`,
      [first.id],
    );
    expect(firstRows).toEqual([
      { channel: 'email', sent: true, attempts: 1, parked: false },
      { channel: 'webhook', sent: false, attempts: 0, parked: false },
    ]);
    expect(mails.filter((m) => m.to.includes('duty@ocam.test') && m.raw.includes(first.id))).toHaveLength(1);
    const claimable = await sys.sql(
      `select id from intake.alert_deliveries where alert_id = $1 and channel = 'webhook' for update skip locked`,
      [first.id],
    );
    expect(claimable).toHaveLength(0);

    // The ledger: the second alert sent on both channels, once each.
    const sent = await eventually(
      async () => {
        const rows = await sys.sql<{ channel: string }>(
          `select details->>'channel' as channel from audit.ledger where action = 'alert.sent' and details->>'alertId' = $1 order by seq`,
          [second.id],
        );
        return rows.length >= 2 ? rows : undefined;
      },
      { what: "the second alert's sends in the ledger", timeoutMs: 60_000 },
    );
    expect(sent.map((r) => r.channel).sort()).toEqual(['email', 'webhook']);
  });
});
