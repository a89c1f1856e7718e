import { eventually } from '@passerelle/testing';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { webhookSignature } from '../apps/intake/src/alerts/alert-senders';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Issue 29, item 7: an immediate signal alerts the analyst on duty by e-mail (a real SMTP server
 * started here) and by a signed webhook; the alert carries its id, level and a link — no content;
 * unacknowledged, it escalates to the next person on the rota; only a person it reached may
 * acknowledge it (anybody else: 403, recorded as denied); every step — raised, sent, escalated,
 * parked, acknowledged — is in the ledger with ids and codes only; a webhook answering 500 is
 * retried with backoff, parked after N tries and shown on /health as degraded, the pipeline going on.
 */
jest.setTimeout(3 * 60_000);

interface Entry {
  actor: string;
  action: string;
  signal_id: string | null;
  details: Record<string, unknown>;
}

interface Mail {
  to: string[];
  raw: string;
}

const SECRET = 'webhook-secret-for-the-alerts-test-0123456789';
const CUSTOMS_SECRET = 'customs-permanence-cell-webhook-secret-9876543210';

describe('alerts that reach people', () => {
  let sys: RunningSystem;
  let smtp: SMTPServer;
  let hook: Server;
  const mails: Mail[] = [];
  const hookCalls: { signature: string; timestamp: string; body: string }[] = [];
  // Customs' permanence cell's own webhook: up, answering 200.
  let cellHook: Server;
  const cellCalls: { signature: string; timestamp: string; body: string }[] = [];
  let immediate: string;
  let routine: string;
  const summary = exampleSignal('subject-person').summary as string;
  const ids: Record<string, string> = {};
  const ledger = (where: string, params: unknown[]) =>
    sys.sql<Entry>(`select actor, action, signal_id::text, details from audit.ledger where ${where} order by seq`, params);

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          // The message as a reader sees it: quoted-printable soft line breaks joined.
          const raw = Buffer.concat(chunks)
            .toString('utf8')
            .replace(/=\r?\n/g, '')
            .replace(/=3D/g, '=');
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    // The operator's webhook is down: every call answers 500.
    hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        hookCalls.push({
          signature: String(req.headers['x-passerelle-signature']),
          timestamp: String(req.headers['x-passerelle-timestamp']),
          body,
        });
        res.statusCode = 500;
        res.end('down');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    cellHook = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        cellCalls.push({
          signature: String(req.headers['x-passerelle-signature']),
          timestamp: String(req.headers['x-passerelle-timestamp']),
          body,
        });
        res.statusCode = 200;
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => cellHook.listen(0, '127.0.0.1', resolve));
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-rota-'));
    const rota = join(dir, 'rota.json');
    writeFileSync(
      rota,
      JSON.stringify({
        version: 3,
        escalateAfterSeconds: 2,
        onDuty: [
          { name: 'duty-first', email: 'first@ocam.test' },
          { name: 'duty-second', email: 'second@ocam.test' },
        ],
        // Customs' permanence cell: its POCs by principal name, its own webhook and secret.
        permanenceCells: {
          customs: {
            escalateAfterSeconds: 2,
            onDuty: [
              { name: 'poc-customs', email: 'cell-1@customs.test' },
              { name: 'poc-customs-2', email: 'cell-2@customs.test' },
            ],
            webhook: {
              url: `http://127.0.0.1:${(cellHook.address() as AddressInfo).port}/cell`,
              secretEnv: 'ALERTS_CUSTOMS_WEBHOOK_SECRET',
            },
          },
        },
      }),
    );
    Object.assign(process.env, {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      ALERTS_ROTA_FILE: rota,
      ALERTS_WEBHOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`,
      ALERTS_WEBHOOK_SECRET: SECRET,
      ALERTS_POLL_MS: '200',
      ALERTS_MAX_ATTEMPTS: '3',
      ALERTS_BACKOFF_MS: '100',
      ALERTS_LINK_BASE: 'https://console.ocam.test',
      ALERTS_CUSTOMS_WEBHOOK_SECRET: CUSTOMS_SECRET,
    });
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'poc-customs-2', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'confidential' },
      // A POC of customs outside its permanence cell: no alert of the cell reaches it.
      { name: 'poc-customs-3', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'analyst-exercise', role: 'analyst', clearance: 'confidential', feeds: ['exercise'] },
      // The rota names its people by their principals' names.
      { name: 'duty-first', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'duty-second', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
    ]);
    for (const r of await sys.sql<{ id: string; name: string }>(`select id::text, name from identity.principals`)) ids[r.name] = r.id;
    const submit = async (urgency: string) => {
      const s = exampleSignal('subject-person');
      s.urgency = urgency;
      const r = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: s });
      expect(r.status).toBe(202);
      return r.body.signalId as string;
    };
    immediate = await submit('immediate');
    routine = await submit('routine');
  });

  afterAll(async () => {
    await sys?.close();
    for (const k of [
      'SMTP_URL',
      'ALERTS_ROTA_FILE',
      'ALERTS_WEBHOOK_URL',
      'ALERTS_WEBHOOK_SECRET',
      'ALERTS_POLL_MS',
      'ALERTS_MAX_ATTEMPTS',
      'ALERTS_BACKOFF_MS',
      'ALERTS_LINK_BASE',
      'ALERTS_CUSTOMS_WEBHOOK_SECRET',
    ])
      delete process.env[k];
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    hook?.close();
    cellHook?.close();
  });

  it('the analyst on duty gets one e-mail for the immediate signal: id, level, link — no content', async () => {
    const [first] = await eventually(async () => (mails.length >= 1 ? mails : undefined), {
      what: 'the first alert e-mail',
      timeoutMs: 60_000,
    });
    expect(first.to).toEqual(['first@ocam.test']);
    const [alert] = await sys.sql<{ id: string; signal_id: string; level: string; rota_version: number }>(
      `select id::text, signal_id::text, level, rota_version from intake.alerts`,
    );
    expect(alert).toMatchObject({ signal_id: immediate, level: 'immediate', rota_version: 3 });
    expect(first.raw).toContain(`Alert: ${alert.id}`);
    expect(first.raw).toContain('Level: immediate');
    expect(first.raw).toContain(`https://console.ocam.test/v1/alerts/${alert.id}`);
    // No content: not the summary, not a name, not the category, not even the signal's id.
    for (const text of [summary.slice(0, 30), 'terrorism', immediate, routine, 'customs']) expect(first.raw).not.toContain(text);
    // The routine signal raised nothing.
    expect(await sys.sql(`select 1 from intake.alerts where signal_id = $1`, [routine])).toEqual([]);
  });

  it('unacknowledged, it escalates to the next on the rota; acknowledged, it stops', async () => {
    await eventually(async () => (mails.some((m) => m.to.includes('second@ocam.test')) ? true : undefined), {
      what: 'the escalation e-mail',
      timeoutMs: 60_000,
    });
    const [alert] = await sys.sql<{ id: string; step: number; recipient: string }>(`select id::text, step, recipient from intake.alerts`);
    expect(alert).toMatchObject({ step: 1, recipient: 'duty-second' });
    // Exactly the expected alerts: one to each person, nothing for the routine signal.
    expect(mails.map((m) => m.to).sort()).toEqual([['first@ocam.test'], ['second@ocam.test']]);

    // An analyst the alert never reached may not acknowledge it: 403 problem+json, recorded as denied.
    const other = await request(sys.urls.intake, 'POST', `/v1/alerts/${alert.id}/acknowledgement`, { key: sys.keys.analyst });
    expect(other.status).toBe(403);
    expect(other.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(String(other.body.detail)).toMatch(/not sent to you/);
    expect(
      (await request(sys.urls.intake, 'POST', `/v1/alerts/${alert.id}/acknowledgement`, { key: sys.keys['poc-customs'] })).status,
    ).toBe(403);
    // The first person alerted still may, after the escalation; the second then gets the same answer.
    const ack = await request(sys.urls.intake, 'POST', `/v1/alerts/${alert.id}/acknowledgement`, { key: sys.keys['duty-first'] });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ alertId: alert.id, acknowledgedBy: ids['duty-first'] });
    const again = await request(sys.urls.intake, 'POST', `/v1/alerts/${alert.id}/acknowledgement`, { key: sys.keys['duty-second'] });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(ack.body);
    const unknown = await request(sys.urls.intake, 'POST', '/v1/alerts/00000000-0000-4000-8000-000000000000/acknowledgement', {
      key: sys.keys.analyst,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const [after] = await sys.sql<{ escalate_at: Date | null; acknowledged_at: Date | null }>(
      `select escalate_at, acknowledged_at from intake.alerts where id = $1`,
      [alert.id],
    );
    expect(after.escalate_at).toBeNull();
    expect(after.acknowledged_at).not.toBeNull();

    // The ledger: raised for duty-first, sent to it by e-mail, escalated to duty-second, sent to it,
    // acknowledged by duty-first — ids, codes and the link only; and the refused attempt.
    const link = `https://console.ocam.test/v1/alerts/${alert.id}`;
    const steps = await eventually(
      async () => {
        const rows = await ledger(`action like 'alert.%' and details->>'alertId' = $1 and action <> 'alert.parked'`, [alert.id]);
        return rows.length >= 5 ? rows : undefined;
      },
      { what: 'the alert steps in the ledger', timeoutMs: 60_000 },
    );
    const seen = steps.map((e) => [e.action, e.details.principalName, e.details.channel ?? null, e.details.rotaStep]);
    expect(seen.filter(([a]) => a !== 'alert.sent')).toEqual([
      ['alert.raised', 'duty-first', null, 0],
      ['alert.escalated', 'duty-second', null, 1],
      ['alert.acknowledged', 'duty-first', null, 1],
    ]);
    // Sent: exactly the two e-mails (the webhook answered 500: never sent).
    expect(seen.filter(([a]) => a === 'alert.sent').sort()).toEqual([
      ['alert.sent', 'duty-first', 'email', 0],
      ['alert.sent', 'duty-second', 'email', 1],
    ]);
    for (const e of steps) {
      expect(e.signal_id).toBe(immediate);
      expect(e.details).toMatchObject({ alertId: alert.id, alertLevel: 'immediate', link, kind: 'immediate-signal', rotaVersion: 3 });
      expect(e.details.refusedFields).toBeUndefined();
      expect(e.details.principalId).toBe(ids[e.details.principalName as string]);
    }
    expect(steps.find((e) => e.action === 'alert.acknowledged')!.actor).toBe(`principal:${ids['duty-first']}`);
    expect(steps.find((e) => e.action === 'alert.raised')!.actor).toBe('service:intake');
    const denied = await eventually(
      async () => {
        const rows = await ledger(`action = 'access.denied' and details->>'resourceId' = $1`, [alert.id]);
        return rows.length >= 2 ? rows : undefined;
      },
      { what: 'the refused acknowledgements in the ledger', timeoutMs: 60_000 },
    );
    expect(denied.map((e) => [e.actor, e.details.status, e.details.reason, e.details.endpoint]).sort()).toEqual(
      [
        [`principal:${ids.analyst}`, 403, 'forbidden', 'POST /v1/alerts/{id}/acknowledgement'],
        // A POC may acknowledge its own permanence cell's alerts only: not OCAM's.
        [`principal:${ids['poc-customs']}`, 403, 'forbidden', 'POST /v1/alerts/{id}/acknowledgement'],
      ].sort(),
    );
    // No content anywhere in the alert's entries.
    const text = JSON.stringify(steps);
    for (const t of [summary.slice(0, 30), 'terrorism', 'customs']) expect(text).not.toContain(t);
  });

  it('the failing webhook is signed, retried with backoff, parked after 3 tries, and /health says degraded; the pipeline goes on', async () => {
    const parked = await eventually(
      async () => {
        const rows = await sys.sql<{ attempts: number; last_error: string }>(
          `select attempts, last_error from intake.alert_deliveries where channel = 'webhook' and parked_at is not null`,
        );
        return rows.length >= 1 ? rows : undefined;
      },
      { what: 'a parked webhook delivery', timeoutMs: 60_000 },
    );
    expect(parked[0]).toMatchObject({ attempts: 3, last_error: 'http-500' });
    // The parked delivery is in the ledger too: which alert, which channel, how many tries, why.
    const [entry] = await eventually(
      async () => {
        const rows = await ledger(`action = 'alert.parked' and details->>'channel' = 'webhook'`, []);
        return rows.length >= 1 ? rows : undefined;
      },
      { what: 'the parked delivery in the ledger', timeoutMs: 60_000 },
    );
    expect(entry.details).toMatchObject({ alertLevel: 'immediate', attempts: 3, reason: 'http-500', channel: 'webhook' });
    expect(entry.details.refusedFields).toBeUndefined();
    for (const c of hookCalls) {
      expect(c.signature).toBe(webhookSignature(SECRET, c.timestamp, c.body));
      expect(Object.keys(JSON.parse(c.body)).sort()).toEqual(['alertId', 'exercise', 'level', 'link']);
      expect(JSON.parse(c.body).exercise).toBe(false);
      expect(c.body).not.toContain(immediate);
    }
    const health = await request(sys.urls.intake, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body.info.alerts).toMatchObject({ status: 'up', state: 'degraded', parked: { webhook: expect.any(Number) } });
    // The pipeline never waited for the webhook: a later signal is in the feed.
    const s = exampleSignal('subject-person');
    s.summary = `A later observation, ${Date.now()}.`;
    s.urgency = 'priority';
    const r = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: s });
    expect(r.status).toBe(202);
    await eventually(
      async () => ((await sys.sql(`select 1 from intake.signals where signal_id = $1`, [r.body.signalId])).length ? true : undefined),
      { what: 'a later signal in the intake', timeoutMs: 60_000 },
    );
  });

  it("OCAM's question and its RFI alert customs' permanence cell by e-mail and signed webhook, escalating; only the cell's POCs it reached acknowledge", async () => {
    const QUESTION = `Which ferry did the subject take? Q${Date.now()}`;
    const asked = await request(sys.urls.intake, 'POST', `/v1/signals/${routine}/assessment`, {
      key: sys.keys.analyst,
      body: { outcome: 'more-information-requested', note: QUESTION, version: 0 },
    });
    expect(asked.status).toBe(201);
    const TITLE = `RFI: goods through the port R${Date.now()}`;
    const rfi = await request(sys.urls.intake, 'POST', '/v1/products', {
      key: sys.keys.analyst,
      body: {
        kind: 'rfi',
        title: TITLE,
        body: 'Which containers were inspected last week?',
        categories: ['terrorism'],
        competences: ['goods'],
        regions: ['poe-port-zeebrugge'],
        level: 2,
        classification: 'restricted',
        handling: 'H2',
        legalBasis: 'ocam-law-2006-art-10',
        targetAgencies: ['customs'],
        deadline: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(),
      },
    });
    expect(rfi.status).toBe(201);
    expect(rfi.body.decisions.find((d: { agency: string }) => d.agency === 'customs')).toMatchObject({ decision: 'sent' });
    const productId = rfi.body.productId as string;

    // Unacknowledged, both escalate to the cell's second POC: two e-mails to each.
    const toCell = () => mails.filter((m) => m.to.some((t) => t.endsWith('@customs.test')));
    await eventually(async () => (toCell().filter((m) => m.to.includes('cell-2@customs.test')).length >= 2 ? true : undefined), {
      what: "the permanence cell's escalation e-mails",
      timeoutMs: 60_000,
    });
    const alerts = await sys.sql<{ id: string; kind: string; level: string; signal_id: string | null; product_id: string | null }>(
      `select id::text, kind, level, signal_id::text, product_id::text from intake.alerts where agency = 'customs' order by kind`,
    );
    expect(alerts).toEqual([
      { id: expect.any(String), kind: 'question', level: 'request', signal_id: routine, product_id: null },
      { id: expect.any(String), kind: 'rfi', level: 'request', signal_id: null, product_id: productId },
    ]);
    const [question, request4] = alerts;
    // Exactly the expected e-mails: each alert to the first POC, then to the second; none with content.
    expect(
      toCell()
        .map((m) => m.to.join())
        .sort(),
    ).toEqual(['cell-1@customs.test', 'cell-1@customs.test', 'cell-2@customs.test', 'cell-2@customs.test']);
    for (const m of toCell()) {
      expect(m.raw).toContain('Level: request');
      expect(m.raw).toMatch(new RegExp(`https://console\\.ocam\\.test/v1/alerts/(${question.id}|${request4.id})`));
      for (const t of [QUESTION.slice(0, 25), TITLE.slice(0, 20), routine, productId, 'containers', 'terrorism'])
        expect(m.raw).not.toContain(t);
    }
    // The cell's webhook: each alert at each step (4 calls), signed with the cell's own secret, no content.
    await eventually(async () => (cellCalls.length >= 4 ? true : undefined), { what: "the cell's webhook calls", timeoutMs: 60_000 });
    expect(cellCalls).toHaveLength(4);
    for (const c of cellCalls) {
      expect(c.signature).toBe(webhookSignature(CUSTOMS_SECRET, c.timestamp, c.body));
      expect(c.signature).not.toBe(webhookSignature(SECRET, c.timestamp, c.body));
      expect(Object.keys(JSON.parse(c.body)).sort()).toEqual(['alertId', 'exercise', 'level', 'link']);
      expect(JSON.parse(c.body).exercise).toBe(false);
      expect([question.id, request4.id]).toContain(JSON.parse(c.body).alertId);
    }

    // Only a POC of the cell the alert reached may acknowledge: not another agency's, not an analyst.
    for (const who of ['poc-mobility', 'analyst', 'duty-first']) {
      const r = await request(sys.urls.intake, 'POST', `/v1/alerts/${question.id}/acknowledgement`, { key: sys.keys[who] });
      expect({ who, status: r.status }).toEqual({ who, status: 403 });
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    const a1 = await request(sys.urls.intake, 'POST', `/v1/alerts/${question.id}/acknowledgement`, { key: sys.keys['poc-customs'] });
    expect(a1.status).toBe(200);
    const a2 = await request(sys.urls.intake, 'POST', `/v1/alerts/${request4.id}/acknowledgement`, { key: sys.keys['poc-customs-2'] });
    expect(a2.status).toBe(200);
    expect(a2.body).toMatchObject({ acknowledgedBy: ids['poc-customs-2'] });

    // The ledger: every step of both, the agency's, the recipient POC and channel, no content.
    const steps = await eventually(
      async () => {
        const rows = await sys.sql<Entry & { agency: string }>(
          `select actor, action, agency, signal_id::text, details from audit.ledger
            where action like 'alert.%' and details->>'alertId' = any($1::text[]) order by seq`,
          [[question.id, request4.id]],
        );
        return rows.length >= 14 ? rows : undefined;
      },
      { what: "the cell's alert steps in the ledger", timeoutMs: 60_000 },
    );
    const of = (id: string) =>
      steps
        .filter((e) => e.details.alertId === id)
        .map((e) => [e.action, e.details.principalName, e.details.channel ?? null, e.details.rotaStep])
        .sort();
    const expected = (ackBy: string) =>
      [
        ['alert.raised', 'poc-customs', null, 0],
        ['alert.sent', 'poc-customs', 'email', 0],
        ['alert.sent', 'poc-customs', 'webhook', 0],
        ['alert.escalated', 'poc-customs-2', null, 1],
        ['alert.sent', 'poc-customs-2', 'email', 1],
        ['alert.sent', 'poc-customs-2', 'webhook', 1],
        ['alert.acknowledged', ackBy, null, 1],
      ].sort();
    expect(of(question.id)).toEqual(expected('poc-customs'));
    expect(of(request4.id)).toEqual(expected('poc-customs-2'));
    for (const e of steps) {
      expect(e.agency).toBe('customs');
      expect(e.details).toMatchObject({ alertLevel: 'request', kind: e.details.alertId === question.id ? 'question' : 'rfi' });
      expect(e.details.principalId).toBe(ids[e.details.principalName as string]);
      expect(e.details.refusedFields).toBeUndefined();
    }
    expect(steps.filter((e) => e.details.alertId === question.id).every((e) => e.signal_id === routine)).toBe(true);
    expect(steps.filter((e) => e.details.alertId === request4.id).every((e) => e.details.productId === productId)).toBe(true);
    const text = JSON.stringify(steps);
    for (const t of [QUESTION.slice(0, 25), TITLE.slice(0, 20), 'containers']) expect(text).not.toContain(t);
    const denied = await eventually(
      async () => {
        const rows = await ledger(`action = 'access.denied' and details->>'resourceId' = $1`, [question.id]);
        return rows.length >= 3 ? rows : undefined;
      },
      { what: 'the refused acknowledgements of the question alert in the ledger', timeoutMs: 60_000 },
    );
    expect(denied.map((e) => [e.actor, e.details.status, e.details.reason]).sort()).toEqual(
      [
        [`principal:${ids['poc-mobility']}`, 403, 'forbidden'],
        [`principal:${ids.analyst}`, 403, 'forbidden'],
        [`principal:${ids['duty-first']}`, 403, 'forbidden'],
      ].sort(),
    );
  });

  it("a drill's alerts say EXERCISE everywhere; a POC the cell's alert reached acknowledges it at its gateway, as at the intake", async () => {
    const gateway = sys.urls['agency-gateway'];
    // An immediate exercise signal of customs (the analysts on duty are alerted), then OCAM's question on it (the cell is).
    const drill = exampleSignal('subject-person');
    drill.exercise = true;
    drill.urgency = 'immediate';
    const sent = await request(gateway, 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: drill });
    expect(sent.status).toBe(202);
    const drillId = sent.body.signalId as string;
    const read = await eventually(
      async () => {
        const r = await request(sys.urls.intake, 'GET', `/v1/signals/${drillId}`, { key: sys.keys['analyst-exercise'] });
        return r.status === 200 ? r : undefined;
      },
      { what: 'the exercise in the exercise feed', timeoutMs: 60_000 },
    );
    const asked = await request(sys.urls.intake, 'POST', `/v1/signals/${drillId}/assessment`, {
      key: sys.keys['analyst-exercise'],
      body: { outcome: 'more-information-requested', note: 'Drill: which crossing?', version: read.body.version },
    });
    expect(asked.status).toBe(201);
    const alerts = await eventually(
      async () => {
        const rows = await sys.sql<{ id: string; kind: string; exercise: boolean }>(
          `select id::text, kind, exercise from intake.alerts where signal_id = $1 order by kind`,
          [drillId],
        );
        return rows.length === 2 ? rows : undefined;
      },
      { what: "the drill's two alerts", timeoutMs: 60_000 },
    );
    expect(alerts.map((a) => [a.kind, a.exercise])).toEqual([
      ['immediate-signal', true],
      ['question', true],
    ]);
    const [onDuty, question] = alerts;

    // The e-mails (the analyst on duty's, the cell's) and the cell's webhook say it is an exercise.
    const about = (id: string) => mails.filter((m) => m.raw.includes(`/v1/alerts/${id}`));
    await eventually(async () => (about(onDuty.id).length >= 1 && about(question.id).length >= 1 ? true : undefined), {
      what: "the drill's e-mails",
      timeoutMs: 60_000,
    });
    for (const m of [...about(onDuty.id), ...about(question.id)]) {
      expect(m.raw).toMatch(/^Subject: \[Passerelle\] \[EXERCISE\] /m);
      expect(m.raw).toContain('EXERCISE: this alert belongs to an exercise, not to a real event.');
      expect(m.raw).not.toContain('Drill: which crossing?');
    }
    const cellCall = await eventually(async () => cellCalls.find((c) => JSON.parse(c.body).alertId === question.id), {
      what: "the cell's webhook call for the drill",
      timeoutMs: 60_000,
    });
    expect(JSON.parse(cellCall.body)).toEqual({ alertId: question.id, level: 'request', link: expect.any(String), exercise: true });
    expect(cellCall.signature).toBe(webhookSignature(CUSTOMS_SECRET, cellCall.timestamp, cellCall.body));
    // Real alerts said they were not one (exercise: false, no EXERCISE in their e-mails).
    expect(mails.filter((m) => m.raw.includes('EXERCISE')).every((m) => m.raw.includes(onDuty.id) || m.raw.includes(question.id))).toBe(
      true,
    );

    // The gateway knows the cell's alert: the POC it reached sees it there, labelled; no content.
    const listed = await eventually(
      async () => {
        const r = await request(gateway, 'GET', '/v1/alerts', { key: sys.keys['poc-customs'] });
        return r.body.items?.find((a: { alertId: string }) => a.alertId === question.id);
      },
      { what: "the cell's alert at customs' gateway", timeoutMs: 60_000 },
    );
    expect(listed).toMatchObject({ kind: 'question', level: 'request', exercise: true, signalId: drillId, acknowledgedAt: null });
    expect(JSON.stringify(listed)).not.toContain('Drill');
    // Nobody else's list has it: a POC of customs outside the cell, another agency's POC.
    for (const who of ['poc-customs-3', 'poc-mobility']) {
      const r = await request(gateway, 'GET', '/v1/alerts', { key: sys.keys[who] });
      expect(r.body.items.map((a: { alertId: string }) => a.alertId)).not.toContain(question.id);
    }
    // Only a POC it reached may acknowledge it at the gateway: another of customs 403, another agency's 404; an analyst has no access.
    const other = await request(gateway, 'POST', `/v1/alerts/${question.id}/acknowledgement`, { key: sys.keys['poc-customs-3'] });
    expect(other.status).toBe(403);
    expect(other.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await request(gateway, 'POST', `/v1/alerts/${question.id}/acknowledgement`, { key: sys.keys['poc-mobility'] })).status).toBe(
      404,
    );
    expect((await request(gateway, 'POST', `/v1/alerts/${question.id}/acknowledgement`, { key: sys.keys.analyst })).status).toBe(403);
    const ack = await request(gateway, 'POST', `/v1/alerts/${question.id}/acknowledgement`, { key: sys.keys['poc-customs'] });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ alertId: question.id, acknowledgedBy: ids['poc-customs'] });
    const again = await request(gateway, 'POST', `/v1/alerts/${question.id}/acknowledgement`, { key: sys.keys['poc-customs'] });
    expect(again.body).toEqual(ack.body);

    // OCAM's intake takes it as an acknowledgement made there: escalation stopped, by that POC.
    const done = await eventually(
      async () => {
        const [a] = await sys.sql<{ acknowledged_by: string | null; escalate_at: Date | null }>(
          `select acknowledged_by::text, escalate_at from intake.alerts where id = $1`,
          [question.id],
        );
        return a.acknowledged_by ? a : undefined;
      },
      { what: "the gateway's acknowledgement at the intake", timeoutMs: 60_000 },
    );
    expect(done).toEqual({ acknowledged_by: ids['poc-customs'], escalate_at: null });
    // The ledger: alert.acknowledged by the POC, like the intake's own; every step of the drill's alerts labelled exercise.
    const steps = await eventually(
      async () => {
        const rows = await ledger(`action like 'alert.%' and details->>'alertId' = any($1::text[])`, [[onDuty.id, question.id]]);
        return rows.some((e) => e.action === 'alert.acknowledged') ? rows : undefined;
      },
      { what: "the drill's alert steps in the ledger", timeoutMs: 60_000 },
    );
    const acked = steps.filter((e) => e.action === 'alert.acknowledged');
    expect(acked).toHaveLength(1);
    expect(acked[0]).toMatchObject({
      actor: `principal:${ids['poc-customs']}`,
      details: { alertId: question.id, principalName: 'poc-customs', kind: 'question', exercise: true },
    });
    expect(steps.every((e) => e.details.exercise === true)).toBe(true);
    // The gateway's list says who took it.
    const mine = await request(gateway, 'GET', '/v1/alerts', { key: sys.keys['poc-customs'] });
    expect(mine.body.items.find((x: { alertId: string }) => x.alertId === question.id)).toMatchObject({
      acknowledgedBy: ids['poc-customs'],
      acknowledgedAt: ack.body.acknowledgedAt,
    });
    // Acknowledgements made at the intake (the earlier test's) come to the gateway too.
    const atIntake = await sys.sql<{ id: string; by: string }>(
      `select id::text, acknowledged_by::text as by from intake.alerts where agency = 'customs' and id <> $1 and acknowledged_by is not null`,
      [question.id],
    );
    expect(atIntake).toHaveLength(2);
    await eventually(
      async () => {
        const rows = await sys.sql<{ id: string; by: string }>(
          `select id::text, acknowledged_by::text as by from gateway.alerts where id = any($1::uuid[]) and acknowledged_by is not null`,
          [atIntake.map((a) => a.id)],
        );
        return rows.length === 2 ? rows : undefined;
      },
      { what: "the intake's acknowledgements at the gateway", timeoutMs: 60_000 },
    ).then((rows) => expect(rows.sort((a, b) => a.id.localeCompare(b.id))).toEqual(atIntake.sort((a, b) => a.id.localeCompare(b.id))));
    // The refused attempt at the gateway is in the ledger.
    const denied = await eventually(
      async () => {
        const rows = await ledger(`action = 'access.denied' and actor = $1`, [`principal:${ids['poc-customs-3']}`]);
        return rows.length ? rows : undefined;
      },
      { what: 'the refused acknowledgement at the gateway in the ledger', timeoutMs: 60_000 },
    );
    expect(denied[0].details).toMatchObject({ status: 403 });
  });
});
