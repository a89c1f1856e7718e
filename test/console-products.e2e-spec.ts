import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { eventually } from '@passerelle/testing';
import { request } from './support/http';
import { RunningConsole, startConsole, screenshotsDir } from './support/console';
import { RunningSystem, startSystem } from './support/system';

const SHOTS = screenshotsDir();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * OCAM's products in the web console (issue 28), in Debian's Chromium against the real stack: the
 * analyst previews where a product would go (agencies, POCs, why) and publishes it; mobility's POC
 * finds it in its products inbox and acknowledges it; the analyst publishes an exercise with the form's Exercise switch,
 * and the POC's inbox shows it with its Exercise badge (issue 29);
 * oversight sees the real one in the dissemination chart.
 * Screenshots go to the screenshots folder (support/console.ts screenshotsDir).
 */
describe('web console: OCAM products', () => {
  let sys: RunningSystem;
  let cons: RunningConsole;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const mark = `Ferry terminals ${Date.now().toString(36)}`;

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'confidential' },
      { name: 'poc-mobility-2', role: 'poc', agency: 'mobility', clearance: 'restricted' },
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
    ]);
    cons = await startConsole(sys, { CONSOLE_SIGN_IN_PER_ADDRESS_PER_MINUTE: '200', CONSOLE_SIGN_IN_PER_KEY_PER_MINUTE: '100' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    });
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
    await page.getByRole('link', { name: 'Products' }).click();
    return page;
  }

  it('the analyst previews and publishes; the POC acknowledges it in its inbox; oversight sees it in the chart', async () => {
    // The analyst: a bad code first (the API's field error shown), then the preview, then publication.
    const analyst = await signedIn('analyst');
    await analyst.getByRole('heading', { name: 'Publish a product' }).waitFor();
    await analyst.getByLabel('Title').fill(mark);
    await analyst.getByLabel('Text').fill('Heightened vigilance at the ferry terminals.');
    await analyst.getByLabel('Competence tags').fill('maritime, atlantis');
    await analyst.getByLabel('Threat level (1–4)').selectOption('3');
    await analyst.getByRole('button', { name: 'Preview dissemination' }).click();
    // The API's field error, in the page's language, after the field's label.
    await analyst.locator('.form-errors').getByText('is not a code of the catalogue').first().waitFor();
    // The refused tag, quoted, and (no tag being close to it) the tags the catalogue has.
    expect(await analyst.locator('.form-errors').textContent()).toContain(
      'Competence tags: “atlantis” is not a code of the catalogue; codes allowed: air, maritime, rail,',
    );
    await analyst.getByLabel('Competence tags').fill('maritime, ports');
    await analyst.getByRole('button', { name: 'Preview dissemination' }).click();
    const mobilityRow = analyst.locator('table.decisions tr[data-agency="mobility"]');
    await mobilityRow.waitFor();
    // Mobility: sent by its rule, to its two POCs cleared for a restricted product; customs (ports) too, one POC;
    // immigration: no rule of its matches — said so.
    expect(await mobilityRow.locator('td').allInnerTexts()).toEqual([
      'FPS Mobility and Transport',
      'Sent',
      'Rule mobility-transport (version 1)',
      '2',
    ]);
    expect(await analyst.locator('table.decisions tr[data-agency="customs"] td').nth(3).innerText()).toBe('1');
    expect(await analyst.locator('table.decisions tr[data-agency="immigration"] td').nth(2).innerText()).toBe(
      'No rule for this agency matches',
    );
    await analyst.getByText('It would reach 2 agencies and 3 points of contact').waitFor();
    // Nothing stored by a preview.
    expect((await sys.sql<{ n: number }>(`select count(*)::int as n from intake.products`))[0].n).toBe(0);
    await analyst.screenshot({ path: join(SHOTS, 'products-publish-preview.png'), fullPage: true });
    await analyst.getByRole('button', { name: 'Publish', exact: true }).click();
    await analyst.getByText(/Published \(.*\): sent to 2 agencies/).waitFor();
    const [{ id }] = await sys.sql<{ id: string }>(`select id::text as id from intake.products where title = $1`, [mark]);

    // Mobility's POC: the product in its inbox, acknowledged from there.
    const poc = await signedIn('poc-mobility');
    await poc.getByRole('heading', { name: "OCAM's products" }).waitFor();
    const card = poc.locator(`li.product[data-product-id="${id}"]`);
    await eventually(
      async () => {
        if (await card.count()) return true;
        await poc.reload();
        await poc.getByRole('heading', { name: "OCAM's products" }).waitFor();
        return undefined;
      },
      { what: 'the product in the POC inbox', timeoutMs: 60000 },
    );
    await card.getByText('Heightened vigilance at the ferry terminals.').waitFor();
    await poc.getByText(/Your filter held back 0 products this month/).waitFor();
    await poc.screenshot({ path: join(SHOTS, 'products-inbox.png'), fullPage: true });
    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await card.getByText(/^Acknowledged /).waitFor();
    const listed = await request(sys.urls['agency-gateway'], 'GET', '/v1/products', { key: sys.keys['poc-mobility'] });
    expect(listed.body.items.find((i: { productId: string }) => i.productId === id).acknowledgedAt).toEqual(expect.any(String));

    // An exercise product (issue 29, item 8), published from the same form with its Exercise switch: the preview and
    // the confirmation say so, the product is stored as one; in the inbox it carries the Exercise badge before its
    // title, the real one none. Counted in no figure (below: sent stays 1).
    await analyst.getByLabel('Title').fill(`Drill: ${mark}`);
    await analyst.getByLabel('Text').fill('Joint exercise at the ferry terminals.');
    await analyst.getByLabel('Exercise (a drill, not a real event)').check();
    await analyst.getByRole('button', { name: 'Preview dissemination' }).click();
    await analyst.locator('section.preview h2 > span.badge.exercise').waitFor();
    await analyst.getByRole('button', { name: 'Publish', exact: true }).click();
    await analyst.getByText(/Exercise published \(.*\): sent to 2 agencies, labelled as an exercise/).waitFor();
    await analyst.screenshot({ path: join(SHOTS, 'products-publish-exercise.png'), fullPage: true });
    const stored = await sys.sql<{ title: string; exercise: boolean }>(`select title, exercise from intake.products order by created_at`);
    expect(stored).toEqual([
      { title: mark, exercise: false },
      { title: `Drill: ${mark}`, exercise: true },
    ]);
    const [{ id: drillId }] = await sys.sql<{ id: string }>(`select id::text as id from intake.products where title = $1`, [
      `Drill: ${mark}`,
    ]);
    const drillCard = poc.locator(`li.product[data-product-id="${drillId}"]`);
    await eventually(
      async () => {
        if (await drillCard.count()) return true;
        await poc.reload();
        await poc.getByRole('heading', { name: "OCAM's products" }).waitFor();
        return undefined;
      },
      { what: 'the exercise product in the POC inbox', timeoutMs: 60000 },
    );
    const badge = drillCard.locator('h2 > span.badge.exercise');
    expect(await badge.innerText()).toMatch(/^exercise$/i);
    expect(await drillCard.locator('h2').innerText()).toMatch(new RegExp(`^exercise\\s+Drill: ${mark}$`, 'i'));
    expect(await card.locator('span.badge.exercise').count()).toBe(0);
    await poc.screenshot({ path: join(SHOTS, 'products-inbox-exercise.png'), fullPage: true });

    // Oversight: mobility's row counts the product sent, read and acknowledged; the chart draws it.
    const oversight = await signedIn('oversight');
    const month = new Date().toISOString().slice(0, 7);
    const row = oversight.locator(`table.figures tr[data-agency="mobility"][data-month="${month}"]`);
    await eventually(
      async () => {
        await oversight.getByRole('heading', { name: 'Dissemination figures' }).waitFor();
        if ((await row.count()) && (await row.locator('td[data-series="acknowledged"]').innerText()) === '1') return true;
        await oversight.reload();
        return undefined;
      },
      { what: "mobility's acknowledgement in the figures", timeoutMs: 60000 },
    );
    expect(await row.locator('td[data-series="sent"]').innerText()).toBe('1');
    expect(await oversight.locator('svg.figures-chart rect.bar-acknowledged').count()).toBeGreaterThan(0);
    await oversight.screenshot({ path: join(SHOTS, 'products-figures.png'), fullPage: true });
  });
});
