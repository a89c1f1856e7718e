import { mkdtempSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { eventually } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { RunningConsole, startConsole, screenshotsDir } from './support/console';
import { RunningSystem, startSystem } from './support/system';

const SHOTS = screenshotsDir();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

jest.setTimeout(5 * 60_000);

/**
 * Alerts to the permanence cell in the web console (issue 29, items 7 and 8), in Debian's Chromium
 * against the real stack (a real SMTP server started here takes the e-mails): OCAM asks customs a
 * question on a real signal and on an exercise; the POC the alerts reached finds both under Alerts,
 * the exercise's with an Exercise badge, and acknowledges the real one with its button — the intake
 * stops its escalation and the ledger has it; the other POC of the cell, whom no alert reached, has
 * none to acknowledge. The analyst's feed labels an exercise too: its row in the exercise feed has the
 * Exercise badge (and the API item `exercise: true`), the real feed's rows none, and the signal's page
 * says it is an exercise.
 */
describe('web console: alerts to the permanence cell', () => {
  let sys: RunningSystem;
  let cons: RunningConsole;
  let browser: Browser;
  let smtp: SMTPServer;
  const contexts: BrowserContext[] = [];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, done) {
        stream.on('data', () => undefined);
        stream.on('end', () => done());
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const rota = join(mkdtempSync(join(tmpdir(), 'passerelle-rota-')), 'rota.json');
    // No escalation during the test: the second POC of the cell is never reached.
    writeFileSync(
      rota,
      JSON.stringify({
        version: 1,
        escalateAfterSeconds: 3600,
        onDuty: [{ name: 'analyst', email: 'duty@ocam.test' }],
        permanenceCells: {
          customs: {
            onDuty: [
              { name: 'poc-customs', email: 'cell-1@customs.test' },
              { name: 'poc-customs-2', email: 'cell-2@customs.test' },
            ],
          },
        },
      }),
    );
    Object.assign(process.env, {
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      ALERTS_ROTA_FILE: rota,
      ALERTS_POLL_MS: '200',
    });
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'poc-customs-2', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam', 'exercise'] },
    ]);
    for (const r of await sys.sql<{ id: string; name: string }>(`select id::text, name from identity.principals`)) ids[r.name] = r.id;
    cons = await startConsole(sys, { CONSOLE_SIGN_IN_PER_ADDRESS_PER_MINUTE: '200', CONSOLE_SIGN_IN_PER_KEY_PER_MINUTE: '100' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await cons?.close();
    await sys?.close();
    for (const k of ['SMTP_URL', 'ALERTS_ROTA_FILE', 'ALERTS_POLL_MS']) delete process.env[k];
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  async function signedIn(name: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(cons.url);
    await page.getByLabel('API key').fill(sys.keys[name]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#whoami', { hasText: name }).waitFor();
    return page;
  }

  /** Customs submits a signal (an exercise or not), and OCAM's analyst asks a question on it: the cell's alert. */
  async function questionOn(exercise: boolean): Promise<{ signalId: string; alertId: string }> {
    const s = exampleSignal('subject-person');
    if (exercise) s.exercise = true;
    const sent = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: s });
    expect(sent.status).toBe(202);
    const signalId = sent.body.signalId as string;
    const read = await eventually(
      async () => {
        const r = await request(sys.urls.intake, 'GET', `/v1/signals/${signalId}`, { key: sys.keys.analyst });
        return r.status === 200 ? r : undefined;
      },
      { what: 'the signal at the intake', timeoutMs: 60_000 },
    );
    const asked = await request(sys.urls.intake, 'POST', `/v1/signals/${signalId}/assessment`, {
      key: sys.keys.analyst,
      body: { outcome: 'more-information-requested', note: 'Which crossing?', version: read.body.version },
    });
    expect(asked.status).toBe(201);
    const [alert] = await sys.sql<{ id: string }>(`select id::text from intake.alerts where signal_id = $1 and kind = 'question'`, [
      signalId,
    ]);
    return { signalId, alertId: alert.id };
  }

  it("the POC the alerts reached acknowledges the real one with its button; the exercise's is labelled; OCAM's intake and ledger have it", async () => {
    const real = await questionOn(false);
    const drill = await questionOn(true);
    const page = await signedIn('poc-customs');
    await page.getByRole('link', { name: 'Alerts' }).click();
    await page.getByRole('heading', { name: 'Alerts' }).waitFor();
    const card = (id: string) => page.getByRole('listitem', { name: new RegExp(`alert ${id}$`) });
    // The gateway learns of them through Kafka: the page is reloaded until both are there.
    await eventually(
      async () => {
        await page.goto(`${cons.url}/#/alerts`);
        await page.getByRole('heading', { name: 'Alerts' }).waitFor();
        await page.locator('ul.alerts > li').first().waitFor();
        return (await card(real.alertId).count()) && (await card(drill.alertId).count()) ? true : undefined;
      },
      { what: "both alerts in the POC's console", timeoutMs: 60_000, intervalMs: 1000 },
    );
    // The exercise says so; the real alert does not.
    expect(await card(drill.alertId).locator('.badge.exercise').textContent()).toBe('Exercise');
    await card(drill.alertId).getByText('This alert belongs to an exercise, not to a real event.').waitFor();
    expect(await card(real.alertId).locator('.badge.exercise').count()).toBe(0);
    expect(await card(real.alertId).textContent()).toContain("OCAM's question on a signal");
    expect(await card(real.alertId).getByRole('link', { name: real.signalId }).getAttribute('href')).toBe(`#/receipts/${real.signalId}`);
    // No content: not the question.
    expect(await page.locator('main').textContent()).not.toContain('Which crossing?');
    await page.screenshot({ path: join(SHOTS, 'poc-alerts.png'), fullPage: true });

    await card(real.alertId)
      .getByRole('button', { name: `Acknowledge: OCAM's question on a signal, alert ${real.alertId}` })
      .click();
    await page.getByText('Alert acknowledged: OCAM is told, and it goes to nobody else of the cell.').waitFor();
    await card(real.alertId).getByText('Acknowledged').waitFor();
    await card(real.alertId)
      .getByText(/Acknowledged by you, /)
      .waitFor();
    expect(
      await card(drill.alertId)
        .getByRole('button', { name: /^Acknowledge/ })
        .count(),
    ).toBe(1);

    // OCAM's intake has it from the gateway, by this POC: the escalation stopped; and the ledger.
    await eventually(
      async () => {
        const [a] = await sys.sql<{ by: string | null; escalate_at: Date | null }>(
          `select acknowledged_by::text as by, escalate_at from intake.alerts where id = $1`,
          [real.alertId],
        );
        return a.by === ids['poc-customs'] && a.escalate_at === null ? true : undefined;
      },
      { what: "the console's acknowledgement at the intake", timeoutMs: 60_000 },
    );
    await eventually(
      async () => {
        const rows = await sys.sql(
          `select 1 from audit.ledger where action = 'alert.acknowledged' and actor = $1 and details->>'alertId' = $2`,
          [`principal:${ids['poc-customs']}`, real.alertId],
        );
        return rows.length === 1 ? true : undefined;
      },
      { what: 'alert.acknowledged in the ledger', timeoutMs: 60_000 },
    );

    // The cell's other POC, whom no alert reached, has nothing to acknowledge.
    const other = await signedIn('poc-customs-2');
    await other.goto(`${cons.url}/#/alerts`);
    await other.getByText('No alert has reached you.').waitFor();
  });

  it("the analyst's feed labels an exercise: its row, its API item and its page; a real signal's none", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const submitted = async (ref: string, exercise: boolean) => {
      const s = exampleSignal('subject-person', ref);
      // Not a repeat of the first test's signals (the router would take it for one).
      s.summary = `Feed label test ${ref}.`;
      if (exercise) s.exercise = true;
      const sent = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: s });
      expect(sent.status).toBe(202);
      await eventually(
        async () => {
          const r = await request(sys.urls.intake, 'GET', `/v1/signals/${sent.body.signalId}`, { key: sys.keys.analyst });
          return r.status === 200 ? true : undefined;
        },
        { what: 'the signal at the intake', timeoutMs: 60_000 },
      );
      return sent.body.signalId as string;
    };
    const drillRef = `DRILL-${tag}`;
    const realRef = `REAL-${tag}`;
    const drillId = await submitted(drillRef, true);
    const realId = await submitted(realRef, false);

    // The API's feed items: the exercise says so; a real signal's item is unchanged.
    const items = async (feed: string) =>
      (await request(sys.urls.intake, 'GET', `/v1/feeds/${feed}/signals?limit=100`, { key: sys.keys.analyst })).body.items as {
        signalId: string;
        exercise?: boolean;
      }[];
    expect((await items('exercise')).find((i) => i.signalId === drillId)).toMatchObject({ exercise: true });
    const realItem = (await items('ocam')).find((i) => i.signalId === realId);
    expect(realItem).toBeDefined();
    expect(realItem!.exercise).toBeUndefined();

    const page = await signedIn('analyst');
    const row = (ref: string) =>
      page.locator('table.feed tbody tr', { has: page.getByRole('link', { name: `Open signal ${ref}`, exact: true }) });
    // The real feed first (the analyst's first feed): the real signal's row has no badge.
    await page.getByText('Stream: live.').waitFor({ timeout: 60_000 });
    await row(realRef).waitFor();
    expect(await row(realRef).locator('.badge.exercise').count()).toBe(0);
    expect(await page.locator('table.feed tbody .badge.exercise').count()).toBe(0);
    // The exercise feed: the drill's row says Exercise, with what it means.
    await page.getByLabel('Feed', { exact: true }).selectOption('exercise');
    await row(drillRef).waitFor();
    const badge = row(drillRef).locator('.badge.exercise');
    expect(await badge.textContent()).toBe('Exercise');
    expect(await badge.getAttribute('title')).toBe('An exercise, not a real event: it stays out of the real feeds and figures.');
    await page.screenshot({ path: join(SHOTS, 'analyst-exercise-feed.png'), fullPage: true });
    // Its page says so at the top; the real signal's does not.
    await page.getByRole('link', { name: `Open signal ${drillRef}`, exact: true }).click();
    await page.getByRole('heading', { name: `Signal ${drillRef}` }).waitFor();
    await page.getByText('Exercise: this signal belongs to an exercise, not to a real event.').waitFor();
    await page.goto(`${cons.url}/#/signal/${realId}`);
    await page.getByRole('heading', { name: `Signal ${realRef}` }).waitFor();
    expect(await page.getByText('Exercise: this signal belongs to an exercise, not to a real event.').count()).toBe(0);
  });
});
