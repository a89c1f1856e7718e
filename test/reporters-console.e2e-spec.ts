import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { eventually } from '@passerelle/testing';
import { request } from './support/http';
import { RunningConsole, startConsole, screenshotsDir } from './support/console';
import { RunningSystem, startSystem } from './support/system';

const SHOTS = screenshotsDir();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

jest.setTimeout(5 * 60_000);

/**
 * Issue 29, item 6, in the web console (Debian's Chromium): a field officer drafts a signal with the
 * guided form and follows it under "My drafts"; the point of contact's "Permanence cell" tab returns
 * it with a comment, the reporter corrects it, the POC validates and forwards it; the reporter sees
 * it forwarded, then OCAM's question. Screenshots: support/console.ts screenshotsDir.
 */
describe('console: reporters and the permanence cell', () => {
  let sys: RunningSystem;
  let cons: RunningConsole;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const ref = `FIELD-${Date.now().toString(36)}`;

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'reporter-zeebrugge', role: 'reporter', agency: 'customs', clearance: 'restricted' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
    ]);
    cons = await startConsole(sys, { CONSOLE_SIGN_IN_PER_ADDRESS_PER_MINUTE: '200', CONSOLE_SIGN_IN_PER_KEY_PER_MINUTE: '100' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await cons?.close();
    await sys?.close();
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

  it('reporter drafts → the cell returns it → the reporter corrects → the cell validates and forwards → the reporter sees OCAM’s question', async () => {
    const reporter = await signedIn('reporter-zeebrugge');
    await reporter.getByLabel('External reference').fill(ref);
    await reporter.getByLabel('Category', { exact: true }).selectOption('terrorism.travel');
    await reporter.getByLabel('Summary').fill('Traveller seen boarding the ferry, reported from the quay.');
    await reporter.getByLabel('Family name (required)').fill('Testaert');
    await reporter.getByRole('button', { name: 'Submit signal' }).click();
    await reporter.getByText(/sent to your permanence cell/).waitFor();
    await reporter.screenshot({ path: join(SHOTS, 'reporter-new-draft.png'), fullPage: true });
    // Nothing reached OCAM: the gateway holds no signal under this reference.
    expect(await sys.sql(`select 1 from gateway.signals where external_ref = $1`, [ref])).toHaveLength(0);

    const poc = await signedIn('poc-customs');
    await poc.getByRole('link', { name: 'Permanence cell' }).click();
    const card = poc.locator('article.draft', { hasText: ref });
    await card.getByText('Waiting for the cell').waitFor();
    await card.getByLabel('Comment for the reporter').fill('Please add the ferry company.');
    await card.getByRole('button', { name: 'Return to the reporter' }).click();
    await poc.locator('article.draft', { hasText: 'Returned to the reporter' }).waitFor();

    await reporter.getByRole('link', { name: 'My drafts', exact: true }).click();
    const mine = reporter.locator('article.draft', { hasText: ref });
    await mine.getByText('Please add the ferry company.').waitFor();
    await mine.getByText('Edit the draft').click();
    const json = mine.getByLabel('The signal (JSON, checked as a submission)');
    const signal = JSON.parse(await json.inputValue());
    signal.summary = 'Traveller seen boarding the DFDS ferry, reported from the quay.';
    await json.fill(JSON.stringify(signal, null, 2));
    await mine.getByRole('button', { name: 'Save the draft' }).click();
    await reporter.locator('article.draft', { hasText: 'fields changed: summary' }).waitFor();
    await reporter.screenshot({ path: join(SHOTS, 'reporter-drafts.png'), fullPage: true });

    await poc.getByRole('link', { name: 'Permanence cell' }).click();
    await poc.reload();
    const again = poc.locator('article.draft', { hasText: ref });
    await again.getByText('Waiting for the cell').waitFor();
    await again.getByRole('button', { name: 'Validate' }).click();
    await poc
      .locator('article.draft', { hasText: ref })
      .getByRole('heading', { name: `${ref} — Validated` })
      .waitFor();
    await poc.screenshot({ path: join(SHOTS, 'poc-permanence-cell.png'), fullPage: true });
    await poc.locator('article.draft', { hasText: ref }).getByRole('button', { name: 'Forward to OCAM' }).click();
    await poc
      .locator('article.draft', { hasText: ref })
      .getByRole('heading', { name: `${ref} — Forwarded to OCAM` })
      .waitFor();
    const [{ id: signalId }] = await sys.sql<{ id: string }>(`select id::text from gateway.signals where external_ref = $1`, [ref]);

    // OCAM asks a question; the reporter reads it on its draft.
    const read = await eventually(
      async () => {
        const r = await request(sys.urls.intake, 'GET', `/v1/signals/${signalId}`, { key: sys.keys.analyst });
        return r.status === 200 ? r : undefined;
      },
      { what: 'the signal at the intake', timeoutMs: 90_000 },
    );
    expect(read.body.provenance).toMatchObject({ reportedBy: 'reporter-zeebrugge', forwardedBy: 'poc-customs' });
    const asked = await request(sys.urls.intake, 'POST', `/v1/signals/${signalId}/assessment`, {
      key: sys.keys.analyst,
      body: { outcome: 'more-information-requested', note: 'Which sailing, and at what time?', version: read.body.version },
    });
    expect(asked.status).toBe(201);
    await eventually(
      async () => {
        const r = await request(sys.urls['agency-gateway'], 'GET', '/v1/feedback?status=assessed', { key: sys.keys['poc-customs'] });
        return r.body.items?.some((i: { signalId: string }) => i.signalId === signalId) ? true : undefined;
      },
      { what: 'the question at the gateway', timeoutMs: 60_000 },
    );
    await reporter.reload();
    const forwarded = reporter.locator('article.draft', { hasText: ref });
    await forwarded.getByText('Forwarded to OCAM').first().waitFor();
    await forwarded.getByRole('button', { name: "Show OCAM's feedback" }).click();
    await reporter.locator('article.draft', { hasText: 'Which sailing, and at what time?' }).waitFor();
    await reporter.screenshot({ path: join(SHOTS, 'reporter-feedback.png'), fullPage: true });
  });
});
