import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { eventually } from '@passerelle/testing';
import { parsePublicKeys } from '../apps/audit/src/checkpoints/checkpoint-signature';
import { verifyExport } from '../scripts/verify-export';
import { exampleSignal, request } from './support/http';
import { RunningConsole, screenshotsDir, startConsole } from './support/console';
import { RunningSystem, startSystem } from './support/system';

const SHOTS = screenshotsDir();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The browser's global, for the function page.evaluate runs in the page (this program's types are Node's).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const location: any;

/**
 * Oversight as a person uses it (issue 26): a signal found by the reference its agency quotes, the
 * ledger's newest entries first with the real action codes to pick from and people by name,
 * verification when asked for and said in words, an export narrowed to a period or a signal with
 * its size told first. The audit API under each, on the real stack; the console in Chromium.
 */
describe('oversight: trail by reference, events newest first, verification and export', () => {
  let sys: RunningSystem;
  let cons: RunningConsole;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const ref = `OVS-${Date.now().toString(36)}/1`;
  let signalId: string;
  let oversightId: string;
  const audit = (path: string, headers: Record<string, string> = {}) =>
    request(sys.urls.audit, 'GET', path, { key: sys.keys.oversight, headers });

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'oversight-dupont', role: 'oversight', clearance: 'confidential' },
    ]);
    sys.keys.oversight = sys.keys['oversight-dupont'];
    [{ id: oversightId }] = await sys.sql<{ id: string }>(`select id from identity.principals where name = 'oversight-dupont'`);
    const submitted = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', {
      key: sys.keys['poc-customs'],
      body: exampleSignal('subject-vehicle', ref),
    });
    expect(submitted.status).toBe(202);
    signalId = submitted.body.signalId;
    // The router's notice to the agency names the reference: the ledger keeps its keyed digest.
    await eventually(
      async () =>
        (
          await sys.sql(`select 1 from audit.ledger where signal_id = $1 and action like 'feedback.%' and details ? 'refDigest'`, [
            signalId,
          ])
        )[0],
      { what: "the agency's notice with the reference's digest in the ledger", timeoutMs: 60000 },
    );
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
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await cons?.close();
    await sys?.close();
  });

  async function signedIn(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(cons.url);
    await page.getByLabel('API key').fill(sys.keys.oversight);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#whoami', { hasText: 'oversight-dupont' }).waitFor();
    return page;
  }

  it("API: the trail by the agency's reference, recorded with the reference's digest only; refusals as problems", async () => {
    const found = await audit(`/v1/audit/trail?agency=customs&reference=${encodeURIComponent(ref)}`);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ agency: 'customs', reference: ref, signalId, signalIds: [signalId] });
    const actions = found.body.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['signal.submitted', 'signal.routed']));
    // The lookup is in the ledger like every read, by the reference's keyed digest: the text is nowhere in it.
    const [lookup] = await sys.sql<{ q: Record<string, string> }>(
      `select details -> 'query' as q from audit.ledger where action = 'oversight.query' and details ->> 'endpoint' = 'GET /v1/audit/trail'
        and actor = $1 order by seq desc limit 1`,
      [`principal:${oversightId}`],
    );
    expect(lookup.q).toEqual({ agency: 'customs', refDigest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const [{ n }] = await sys.sql<{ n: number }>(`select count(*)::int as n from audit.ledger where details::text like '%' || $1 || '%'`, [
      ref.slice(0, 12),
    ]);
    expect(n).toBe(0);

    // Another agency's reference space: the same text names nothing of mobility.
    const other = await audit(`/v1/audit/trail?agency=mobility&reference=${encodeURIComponent(ref)}`, { 'accept-language': 'fr' });
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect(other.body).toMatchObject({ status: 404, code: 'no-reference' });
    expect(other.body.detail).toContain('aucun signal de mobility');
    const bad = await audit(`/v1/audit/trail?agency=Customs!&reference=a%20b`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect([...new Set(bad.body.errors.map((e: { path: string }) => e.path))].sort()).toEqual(['agency', 'reference']);
    expect((await audit('/v1/audit/trail?agency=customs')).status).toBe(400);
  });

  it('API: the action codes the ledger holds; events newest first, paged; actors by name and found by name', async () => {
    const listed = await audit('/v1/audit/actions');
    expect(listed.status).toBe(200);
    expect(listed.body.actions).toEqual(expect.arrayContaining(['signal.submitted', 'signal.routed', 'oversight.query']));
    expect([...listed.body.actions].sort()).toEqual(listed.body.actions);
    const [{ distinct }] = await sys.sql<{ distinct: number }>(`select count(distinct action)::int as distinct from audit.ledger`);
    // The list's own read is recorded before it is answered, and may add its code: never fewer.
    expect(listed.body.actions.length).toBeGreaterThanOrEqual(distinct - 1);

    const first = await audit('/v1/audit/events?order=newest&limit=3');
    expect(first.status).toBe(200);
    const seqs = first.body.entries.map((e: { seq: string }) => Number(e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const [{ head }] = await sys.sql<{ head: number }>(`select max(seq)::int as head from audit.ledger`);
    // The newest entry is this very query's record (recorded before it is answered), or one after it.
    expect(seqs[0]).toBeGreaterThanOrEqual(head - 5);
    const next = await audit(`/v1/audit/events?order=newest&limit=3&cursor=${first.body.nextCursor}`);
    const older = next.body.entries.map((e: { seq: string }) => Number(e.seq));
    expect(older.length).toBe(3);
    expect(Math.max(...older)).toBeLessThan(Math.min(...seqs));
    expect(older).toEqual([...older].sort((a, b) => b - a));

    const byName = await audit('/v1/audit/events?order=newest&actorName=DUPONT&limit=50');
    expect(byName.status).toBe(200);
    expect(byName.body.entries.length).toBeGreaterThan(0);
    for (const e of byName.body.entries) expect(e).toMatchObject({ actor: `principal:${oversightId}`, actorName: 'oversight-dupont' });
    expect((await audit('/v1/audit/events?actorName=nobody-of-that-name')).body).toEqual({ entries: [], nextCursor: null });
    const badName = await audit('/v1/audit/events?actorName=a%20b');
    expect(badName.status).toBe(400);
    expect(badName.body.errors[0].path).toBe('actorName');
    expect((await audit('/v1/audit/events?order=sideways')).status).toBe(400);
  });

  it("API: an export narrowed to a signal's span or a period, its size told first, verifies offline", async () => {
    const size = await audit(`/v1/audit/export/size?signal=${signalId}`);
    expect(size.status).toBe(200);
    const [span] = await sys.sql<{ first: string; last: string }>(
      `select min(seq)::text as first, max(seq)::text as last from audit.ledger where signal_id = $1 or (details -> 'signalIds') ? $1`,
      [signalId],
    );
    expect(size.body.from).toBe(span.first);
    expect(BigInt(size.body.to)).toBeGreaterThanOrEqual(BigInt(span.last));
    expect(size.body.entries).toBe(Number(BigInt(size.body.to) - BigInt(span.first) + 1n));
    expect(size.body.approximateBytes).toBeGreaterThan(size.body.entries * 100);

    const pk = parsePublicKeys((await audit('/v1/audit/public-key')).body.publicKey);
    const res = await fetch(`${sys.urls.audit}/v1/audit/export?signal=${signalId}`, {
      headers: { authorization: `Bearer ${sys.keys.oversight}` },
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    const verdict = await verifyExport(Readable.from([text]), pk);
    expect(verdict).toMatchObject({ ok: true, firstSeq: span.first });
    // The estimate is of this export: within a factor of two of its real size.
    expect(size.body.approximateBytes).toBeGreaterThan(text.length / 2);
    expect(size.body.approximateBytes).toBeLessThan(text.length * 2);

    // A period: from the routing decision on.
    const [{ at, seq }] = await sys.sql<{ at: string; seq: string }>(
      `select to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, seq::text as seq from audit.ledger
        where signal_id = $1 and action = 'signal.routed' order by seq limit 1`,
      [signalId],
    );
    const period = await audit(`/v1/audit/export/size?since=${encodeURIComponent(at)}`);
    expect(BigInt(period.body.from)).toBeLessThanOrEqual(BigInt(seq));
    const [{ before }] = await sys.sql<{ before: number }>(
      `select count(*)::int as before from audit.ledger where seq < $1 and recorded_at >= $2::timestamptz`,
      [period.body.from, at],
    );
    expect(before).toBe(0);
    const empty = await audit(`/v1/audit/export/size?since=2999-01-01T00:00:00Z`, { 'accept-language': 'nl' });
    expect(empty.status).toBe(404);
    expect(empty.headers.get('content-type')).toContain('application/problem+json');
    expect(empty.body).toMatchObject({ code: 'export-empty' });
    expect(empty.body.detail).toContain('niets om te exporteren');
    expect((await audit('/v1/audit/export?signal=not%20an%20id')).status).toBe(400);
    expect((await audit('/v1/audit/export/size?since=yesterday')).status).toBe(400);
  });

  it("console: oversight finds a signal's trail by its agency's reference, actions and people in words", async () => {
    const page = await signedIn();
    await page.getByRole('heading', { name: 'Signal trail' }).waitFor();
    await page.getByRole('button', { name: 'Find the trail' }).click();
    // Nothing sent without both fields: the summary says what is missing.
    await page.locator('.form-errors', { hasText: 'Agency' }).waitFor();
    await page.getByLabel('Agency', { exact: true }).fill('customs');
    await page.getByLabel('Agency’s reference').fill(ref);
    await page.getByRole('button', { name: 'Find the trail' }).click();
    await page.locator('ol.trail li', { hasText: 'Signal routed (signal.routed)' }).waitFor();
    await page.getByText(`reference ${ref} is signal`).waitFor();
    await page.getByRole('link', { name: signalId }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(`#/trail/ref/customs/${encodeURIComponent(ref)}`);
    // Details as labelled facts, not JSON.
    const routed = page.locator('ol.trail li', { hasText: 'signal.routed' }).first();
    await routed.locator('dl.facts dt', { hasText: 'rule' }).first().waitFor();
    expect(await routed.textContent()).not.toContain('{"');
    await page.screenshot({ path: join(SHOTS, 'oversight-trail-by-reference.png'), fullPage: true });

    await page.getByLabel('Agency’s reference').fill('NO-SUCH-REF');
    await page.getByRole('button', { name: 'Find the trail' }).click();
    await page.locator('.form-errors', { hasText: 'no signal of customs with the reference NO-SUCH-REF' }).waitFor();
  });

  it('console: a link to a trail opened before signing in is the page shown once signed in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    const link = `#/trail/ref/customs/${encodeURIComponent(ref)}`;
    await page.goto(`${cons.url}/${link}`);
    await page.getByLabel('API key').fill(sys.keys.oversight);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`reference ${ref} is signal`).waitFor();
    await page.locator('ol.trail li', { hasText: 'Signal routed (signal.routed)' }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(link);
  });

  it('console: ledger events newest first, an action picked from the ledger’s own codes, people by name', async () => {
    const page = await signedIn();
    await page.goto(`${cons.url}/#/events`);
    await page.getByText('Newest first.').waitFor();
    const seqs = async () => (await page.locator('table.events tbody tr td:first-child').allTextContents()).map(Number);
    const shown = await seqs();
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    // The picker lists the codes the ledger holds (from the API), each with its label where there is one.
    const picker = page.getByLabel('Action');
    await picker.locator('option[value="signal.routed"]').waitFor({ state: 'attached' });
    expect(await picker.locator('option[value="signal.routed"]').textContent()).toBe('Signal routed (signal.routed)');
    await picker.selectOption('signal.routed');
    await page.getByRole('button', { name: 'Search the ledger' }).click();
    await eventually(
      async () => {
        const actions = await page.locator('table.events tbody tr td:nth-child(3)').allTextContents();
        return actions.length > 0 && actions.every((a) => a.includes('signal.routed')) ? true : undefined;
      },
      { what: 'only routing decisions listed', timeoutMs: 10000, intervalMs: 200 },
    );
    await picker.selectOption('');
    await page.getByLabel('Actor').fill('dupont');
    await page.getByRole('button', { name: 'Search the ledger' }).click();
    await eventually(
      async () => {
        const actors = await page.locator('table.events tbody tr td:nth-child(4)').allTextContents();
        return actors.length > 0 && actors.every((a) => a === 'oversight-dupont') ? true : undefined;
      },
      { what: "the oversight principal's own entries, by name", timeoutMs: 10000, intervalMs: 200 },
    );
    await page.screenshot({ path: join(SHOTS, 'oversight-events.png'), fullPage: true });
  });

  it('console: period fields are written year first in an en-US browser, checked before asking, and sent as the instant meant', async () => {
    // An en-US Chromium in New York: its own date inputs would show mm/dd/yyyy; the console's do not.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'America/New_York' });
    contexts.push(context);
    const page = await context.newPage();
    expect(await page.evaluate(() => new Intl.DateTimeFormat().resolvedOptions().locale)).toBe('en-US');
    await page.goto(cons.url);
    await page.getByLabel('API key').fill(sys.keys.oversight);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#whoami', { hasText: 'oversight-dupont' }).waitFor();
    const asked: string[] = [];
    page.on('request', (r) => (r.url().includes('/v1/audit/events') ? asked.push(r.url()) : undefined));
    await page.goto(`${cons.url}/#/events`);
    await page.getByText('Newest first.').waitFor();
    for (const view of ['#/events', '#/verify', '#/stats']) {
      await page.goto(`${cons.url}/${view}`);
      await page.locator('main input[data-date]').first().waitFor();
      // No browser date input anywhere: each period field is one text field that says its format.
      expect(await page.locator('input[type=date], input[type=datetime-local]').count()).toBe(0);
      for (const input of await page.locator('main input[data-date]').all()) {
        expect(await input.getAttribute('placeholder')).toBe('YYYY-MM-DD hh:mm');
        const hintId = (await input.getAttribute('aria-describedby'))!.split(' ')[0];
        expect(await page.locator(`#${hintId}`).textContent()).toContain(
          'year-month-day hours:minutes, your local time, e.g. 2026-04-23 14:30.',
        );
      }
    }
    await page.goto(`${cons.url}/#/events`);
    await page.getByText('Newest first.').waitFor();
    const from = page.getByLabel('From', { exact: true });
    // The US order is refused before anything is asked, in the summary as a link to the field.
    const before = asked.length;
    await from.fill('12/07/2026');
    await page.getByRole('button', { name: 'Search the ledger' }).click();
    const summary = page.locator('.form-errors');
    await summary.getByRole('link', { name: /^From: write the date year first, YYYY-MM-DD hh:mm/ }).waitFor();
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    expect(asked.length).toBe(before);
    // A day that does not exist either.
    await from.fill('2026-02-30 10:00');
    await page.getByRole('button', { name: 'Search the ledger' }).click();
    await summary.getByRole('link', { name: /^From: write the date year first/ }).waitFor();
    expect(asked.length).toBe(before);
    // Written loosely, it is tidied when left, and asked as the instant meant in the reader's time.
    await from.fill('2026-1-2 3:04');
    await from.blur();
    expect(await from.inputValue()).toBe('2026-01-02 03:04');
    await page.getByRole('button', { name: 'Search the ledger' }).click();
    await eventually(async () => (asked.length > before ? true : undefined), {
      what: 'the search asked',
      timeoutMs: 10000,
      intervalMs: 100,
    });
    expect(new URL(asked[asked.length - 1]).searchParams.get('from')).toBe('2026-01-02T08:04:00.000Z');
    await page.getByText('Newest first.').waitFor();
    expect(await summary.isHidden()).toBe(true);
    expect(await from.getAttribute('aria-invalid')).toBeNull();
    await page.screenshot({ path: join(SHOTS, 'oversight-events-period.png'), fullPage: true });
  });

  it('console: verification starts on the button and says its result in words; the export tells its size first', async () => {
    const page = await signedIn();
    const verifies: string[] = [];
    page.on('request', (r) => (r.url().includes('/v1/audit/verify') ? verifies.push(r.url()) : undefined));
    await page.goto(`${cons.url}/#/verify`);
    await page.getByRole('heading', { name: 'Latest signed checkpoint' }).waitFor();
    expect(verifies).toEqual([]);
    await page.getByRole('button', { name: 'Verify the ledger' }).click();
    const ok = page.locator('.notice.ok', { hasText: 'The ledger verifies: entries 1 to' });
    await ok.waitFor({ timeout: 60000 });
    expect(await ok.textContent()).toMatch(/recomputed \(\d[\d,]* entries\), every link of the chain intact/);
    expect(verifies.length).toBe(1);
    // No raw key/value pairs: the answer's field names are not on the page.
    expect(await page.locator('main').textContent()).not.toMatch(/checkpointsChecked|latestCheckpoint/);
    // The box shows the checkpoint the verification compared, and says so (or there was none yet).
    const compared = /The newest checkpoint this verification compared is at entry ([\d,]+),/.exec(
      (await page.locator('main').textContent())!,
    );
    if (compared) {
      await page.getByText('The verification above compared this checkpoint with the chain: it matches.').waitFor();
      expect(await page.getByText(/^Entry [\d,]+ of the ledger, signed /).textContent()).toMatch(new RegExp(`^Entry ${compared[1]} of`));
    }

    // A checkpoint signed since is shown as the newest, and said not to be the one compared.
    await page.getByRole('button', { name: 'Sign the head now' }).click();
    await page
      .getByText(
        /^Signed after the verification above, which (compared the checkpoint at entry [\d,]+|had no checkpoint to compare): verify again/,
      )
      .waitFor();
    await page.getByText(/^Entry [\d,]+ of the ledger, signed /).waitFor();
    expect(await page.getByText('The verification above compared this checkpoint with the chain: it matches.').count()).toBe(0);
    // Verified again, it is the one compared.
    await page.getByRole('button', { name: 'Verify the ledger' }).click();
    await page.getByText('The verification above compared this checkpoint with the chain: it matches.').waitFor({ timeout: 60000 });
    const newest = (await page.getByText(/^Entry [\d,]+ of the ledger, signed /).textContent())!;
    expect((await page.locator('main').textContent())!).toContain(
      `The newest checkpoint this verification compared is at entry ${/^Entry ([\d,]+) of/.exec(newest)![1]},`,
    );

    await page.getByLabel('Signal id').fill(signalId);
    await page.getByRole('button', { name: 'Show the size' }).click();
    const told = page.getByText(/^\d[\d,]* entries \(entries [\d,]+ to [\d,]+\), about [\d.,]+ (B|kB|MB)\.$/);
    await told.waitFor();
    const link = page.getByRole('link', { name: /^Download the export \(/ });
    expect(await link.getAttribute('href')).toBe(`/api/audit/v1/audit/export?signal=${signalId}`);
    await page.screenshot({ path: join(SHOTS, 'oversight-verify-export.png'), fullPage: true });
  });
});
