/**
 * `npm run bench:console -- [--url http://127.0.0.1:3005] [--principal poc-customs] [--runs 100]`:
 * page-load times of the web console in a real browser (Debian's Chromium through playwright-core;
 * `CHROMIUM_PATH` overrides /usr/bin/chromium), against a running console — by default the one
 * `npm start` runs, signed in with the key of `--principal` from .passerelle/dev-credentials.json
 * (or `CONSOLE_API_KEY`). Each load is a new tab of one browser profile (its HTTP cache as a user's
 * would be), timed from navigation to the moment the page shows what it is for:
 *
 * - sign-in: the sign-in form (no session);
 * - new signal: a point of contact's workspace, the signal form with its catalogues;
 * - receipts: a point of contact's workspace, the agency's receipts (GET /v1/signals) drawn.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { numberOption, percentiles, stringOption } from './bench-support';

// dist/scripts when built, scripts when run from the sources.
const root = existsSync(resolve(__dirname, '..', 'package.json')) ? resolve(__dirname, '..') : resolve(__dirname, '..', '..');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Views = Record<string, { hash: string; ready: (page: Page) => Promise<unknown> }>;

/** The pages measured, and what shows that each one has loaded. */
const SIGNED_IN: Views = {
  'new signal (POC workspace)': { hash: '#/new', ready: (p) => p.getByRole('button', { name: 'Submit signal' }).waitFor() },
  'receipts (POC workspace)': { hash: '#/receipts', ready: (p) => p.locator('article.receipt, main .notice').first().waitFor() },
};

/** When the last byte from the console arrived, in the page's clock from the start of navigation (Resource Timing). */
const LAST_BYTE = `Math.max(...performance.getEntriesByType('navigation').map((e) => e.responseEnd),
  ...performance.getEntriesByType('resource').map((e) => e.responseEnd))`;

/** One load: navigation to drawn, and the share of it until the last response (document, assets, API calls) was in. */
async function timed(page: Page, url: string, ready: (page: Page) => Promise<unknown>): Promise<{ drawn: number; lastByte: number }> {
  const t0 = performance.now();
  await page.goto(url);
  await ready(page);
  const drawn = performance.now() - t0;
  // A load that ended on an error is not a page load: stop, and say what the page said.
  const failed = page.locator('main .notice.error');
  if (await failed.count()) throw new Error(`${url}: ${await failed.first().textContent()}`);
  return { drawn, lastByte: (await page.evaluate(LAST_BYTE)) as number };
}

type Times = { drawn: number[]; lastByte: number[] };
const summary = (t: Times) => ({ drawn: percentiles(t.drawn), lastByte: percentiles(t.lastByte) });
const add = (t: Times, x: { drawn: number; lastByte: number }) => {
  t.drawn.push(x.drawn);
  t.lastByte.push(x.lastByte);
};

/**
 * `runs` loads of each page (after 5 unmeasured ones), in milliseconds: the sign-in page without a
 * session, then the signed-in views with a session opened by signing in with `apiKey` once.
 */
export async function measureConsole(browser: Browser, url: string, apiKey: string, runs: number) {
  const out: Record<string, ReturnType<typeof summary>> = {};
  const anonymous = await browser.newContext();
  try {
    const times: Times = { drawn: [], lastByte: [] };
    for (let i = 0; i < runs + 5; i++) {
      const page = await anonymous.newPage();
      const t = await timed(page, url, (p) => p.getByLabel('API key').waitFor());
      if (i >= 5) add(times, t);
      await page.close();
    }
    out['sign-in'] = summary(times);
  } finally {
    await anonymous.close();
  }

  const context = await browser.newContext();
  try {
    const first = await context.newPage();
    await first.goto(url);
    await first.getByLabel('API key').fill(apiKey);
    await first.getByRole('button', { name: 'Sign in' }).click();
    await first.locator('#whoami').filter({ hasText: /\S/ }).waitFor();
    await first.close();
    for (const [name, view] of Object.entries(SIGNED_IN)) {
      const times: Times = { drawn: [], lastByte: [] };
      for (let i = 0; i < runs + 5; i++) {
        const page = await context.newPage();
        const t = await timed(page, `${url}/${view.hash}`, view.ready);
        if (i >= 5) add(times, t);
        await page.close();
      }
      out[name] = summary(times);
    }
  } finally {
    await context.close();
  }
  return out;
}

async function main() {
  const credentialsFile = resolve(root, '.passerelle', 'dev-credentials.json');
  const credentials = existsSync(credentialsFile)
    ? (JSON.parse(readFileSync(credentialsFile, 'utf8')) as {
        services?: Record<string, string>;
        principals?: { name: string; apiKey: string }[];
      })
    : {};
  const url = (stringOption('url') ?? credentials.services?.console ?? 'http://127.0.0.1:3005').replace(/\/$/, '');
  const principal = stringOption('principal') ?? 'poc-customs';
  const apiKey = process.env.CONSOLE_API_KEY ?? credentials.principals?.find((p) => p.name === principal)?.apiKey;
  if (!apiKey) throw new Error(`no API key: set CONSOLE_API_KEY or run \`npm start\` (which writes ${credentialsFile})`);
  const runs = numberOption('runs', 100);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const results = await measureConsole(browser, url, apiKey, runs);
    const ms = (p: ReturnType<typeof percentiles>) =>
      `p50 ${p.p50.toFixed(0).padStart(4)}  p95 ${p.p95.toFixed(0).padStart(4)}  p99 ${p.p99.toFixed(0).padStart(4)}  max ${p.max.toFixed(0).padStart(4)}`;
    process.stdout.write(`console ${url}, ${runs} loads of each page (ms)\n`);
    for (const [name, p] of Object.entries(results)) {
      process.stdout.write(`  ${name.padEnd(28)} navigation to drawn      ${ms(p.drawn)}\n`);
      process.stdout.write(`  ${''.padEnd(28)} last response received  ${ms(p.lastByte)}\n`);
    }
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`bench:console: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
}
