import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { eventually } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { RunningConsole, startConsole, screenshotsDir } from './support/console';
import { RunningSystem, startSystem } from './support/system';

// The browser's globals, for the functions page.evaluate runs in the page.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

const SHOTS = screenshotsDir();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface MispEvent {
  Event: {
    uuid: string;
    info: string;
    Tag: { name: string }[];
    Object: { name: string; Attribute: { object_relation: string; value: string }[] }[];
  };
}

/**
 * The analyst's "Export MISP event" in a real browser (Debian's Chromium, playwright-core): the
 * signal view downloads the event the intake's GET /v1/signals/{id}/misp gives, as a JSON file
 * that parses and names the signal; the export is recorded as a read; the button speaks French.
 */
describe('console: MISP export of a signal', () => {
  let sys: RunningSystem;
  let cons: RunningConsole;
  let browser: Browser;
  let signalId: string;
  const ref = `MISP-CONSOLE-${Date.now().toString(36)}`;

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
    ]);
    const submitted = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', {
      key: sys.keys['poc-customs'],
      body: exampleSignal('subject-person', ref),
    });
    expect(submitted.status).toBe(202);
    signalId = (submitted.body as { signalId: string }).signalId;
    await eventually(async () => (await sys.sql(`select 1 from intake.signals where signal_id = $1`, [signalId]))[0], {
      what: 'the signal in the intake',
      timeoutMs: 60_000,
    });
    cons = await startConsole(sys);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await cons?.close();
    await sys?.close();
  });

  async function signalPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(cons.url);
    await page.getByLabel('API key').fill(sys.keys.analyst);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#whoami', { hasText: 'analyst' }).waitFor();
    await page.evaluate(`location.hash = '#/signal/${signalId}'`);
    await page.getByRole('heading', { name: `Signal ${ref}` }).waitFor();
    return page;
  }

  it('downloads the signal’s MISP event as a JSON file that parses and carries the signal’s id; the export is a recorded read', async () => {
    const page = await signalPage();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export MISP event' }).click()]);
    expect(download.suggestedFilename()).toBe(`misp-event-${signalId}.json`);
    const file = await download.path();
    const event = JSON.parse(readFileSync(file, 'utf8')) as MispEvent;
    expect(event.Event.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const report = event.Event.Object.find((o) => o.name === 'report')!;
    expect(report.Attribute.find((a) => a.object_relation === 'case-number')?.value).toBe(signalId);
    expect(event.Event.Tag.map((t) => t.name).some((n) => n.startsWith('tlp:'))).toBe(true);
    // The same event the API gives the same analyst (deterministic ids).
    const api = await request(sys.urls.intake, 'GET', `/v1/signals/${signalId}/misp`, { key: sys.keys.analyst });
    expect(event).toEqual(api.body);
    await page.getByText('MISP event saved').waitFor();
    await page.screenshot({ path: join(SHOTS, 'analyst-misp-export.png'), fullPage: true });
    // Two reads of the signal through the export in the ledger: the console's download and the API call above.
    const actor = `principal:${(await sys.sql<{ id: string }>(`select id from identity.principals where name = $1`, ['analyst']))[0].id}`;
    await eventually(
      async () => {
        const rows = await sys.sql(
          `select 1 from audit.ledger
            where action = 'access.recorded' and actor = $1 and signal_id = $2 and details->>'endpoint' = 'GET /v1/signals/{id}/misp'`,
          [actor, signalId],
        );
        if (rows.length < 2) throw new Error(`${rows.length} export(s) of the signal in the ledger`);
        return rows;
      },
      { what: 'the console’s export in the ledger as a read', timeoutMs: 60_000 },
    );
    await page.context().close();
  });

  it('the action is labelled from the catalogues: in French, “Exporter l’événement MISP”', async () => {
    const page = await signalPage();
    await page.evaluate(() => (document.cookie = 'passerelle-lang=fr; Path=/; SameSite=Strict'));
    await page.reload();
    await page.evaluate(`location.hash = '#/signal/${signalId}'`);
    const button = page.getByRole('button', { name: 'Exporter l’événement MISP' });
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).Event.Object.length).toBeGreaterThan(0);
    await page.getByText('Événement MISP enregistré').waitFor();
    await page.context().close();
  });
});
