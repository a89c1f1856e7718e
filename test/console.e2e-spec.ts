import { createServer, Server } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { eventually } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { RunningConsole, startConsole, screenshotsDir } from './support/console';
import { RunningSystem, startSystem } from './support/system';

// The browser's globals, for the functions page.evaluate runs in the page (this program's types are Node's).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, window: any, localStorage: any, sessionStorage: any;

const SHOTS = screenshotsDir();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** axe-core, evaluated in the page through the DevTools protocol (see `axeViolations`). */
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeFinding {
  page: string;
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * The serious and critical findings of axe-core (WCAG 2.0/2.1/2.2 A and AA rules, and its best
 * practices) on the page as it is now. The script is evaluated through the DevTools protocol rather
 * than added as a <script> tag: a tag's inline content would be refused by the console's CSP (no
 * inline script), and evaluating it this way leaves the CSP in force for the page under audit —
 * no bypassCSP needed.
 */
async function axeViolations(page: Page, name: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return (
      result.violations
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        .map((v: any) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          nodes: v.nodes.slice(0, 5).map((n: any) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`.slice(0, 300)),
        }))
    );
  });
  return (found as Omit<AxeFinding, 'page'>[]).map((f) => ({ page: name, ...f }));
}

/**
 * The web console in a real browser (Debian's Chromium driven by playwright-core) against the real
 * stack: one journey per role, and the console's own locks — session cookie out of the page's
 * reach, CSRF token and origin on every state change, idle expiry, a strict CSP.
 */
describe('web console', () => {
  let sys: RunningSystem;
  let cons: RunningConsole;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const ref = `CONSOLE-${Date.now().toString(36)}`;
  let signalId: string;

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'analyst-restricted', role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
      { name: 'analyst-unbriefed', role: 'analyst', clearance: 'restricted', feeds: ['ocam'], briefed: false },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
      { name: 'officer', role: 'security-officer', clearance: 'confidential' },
      { name: 'officer-2', role: 'security-officer', clearance: 'confidential' },
    ]);
    // Every test signs in afresh from one address, a dozen times a minute: above the production
    // limits, which test/console-edge.e2e-spec.ts proves.
    cons = await startConsole(sys, { CONSOLE_SIGN_IN_PER_ADDRESS_PER_MINUTE: '200', CONSOLE_SIGN_IN_PER_KEY_PER_MINUTE: '100' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
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

  /** A fresh browser profile (its own cookie jar), signed in with a key through the sign-in page. */
  async function signedIn(name: string, viewport = { width: 1280, height: 900 }, url = cons.url): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByLabel('API key').fill(sys.keys[name]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#whoami', { hasText: name }).waitFor();
    return page;
  }

  /** Every form control and button on the page has an accessible name (label, aria-label or text). */
  async function unlabelled(page: Page): Promise<string[]> {
    return page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea, button, a[href]')]
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        .filter((el: any) => el.offsetParent !== null)
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        .filter((el: any) => {
          const named = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
          const labels = el.labels;
          const text = el.tagName === 'BUTTON' || el.tagName === 'A' ? el.textContent?.trim() : '';
          return !named && !(labels && labels.length) && !text;
        })
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        .map((el: any) => String(el.outerHTML).slice(0, 120)),
    );
  }

  it('serves its pages under a strict Content-Security-Policy', async () => {
    const res = await fetch(cons.url);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:\/\//);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('signs in with a key that the page never holds: httpOnly SameSite=Strict cookie, nothing in storage', async () => {
    const page = await signedIn('poc-customs');
    const key = sys.keys['poc-customs'];
    const cookies = await page.context().cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(cookies[0].value).not.toContain(key);
    const seen = await page.evaluate(() => ({
      cookie: document.cookie,
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      html: document.documentElement.outerHTML,
    }));
    expect(seen.cookie).toBe('');
    for (const v of [seen.local, seen.session, seen.html]) expect(v).not.toContain(key);
    // A wrong key is refused on the sign-in page, and says so.
    const other = await browser.newContext();
    contexts.push(other);
    const p2 = await other.newPage();
    await p2.goto(cons.url);
    await p2.getByLabel('API key').fill('psl_not-a-key-of-anybody');
    await p2.getByRole('button', { name: 'Sign in' }).click();
    await p2.getByText('this API key is unknown or revoked').waitFor();
    await p2.screenshot({ path: join(SHOTS, 'sign-in.png') });
  });

  it('journey: the POC submits through the form, the analyst sees it arrive live and asks a question, the POC sees it', async () => {
    // The analyst has the live feed open before the signal exists.
    const analyst = await signedIn('analyst');
    await analyst.getByText('Stream: live.').waitFor();
    await analyst.getByText('0 new since you opened it').waitFor();

    const poc = await signedIn('poc-customs');
    await poc.getByLabel('External reference').fill(ref);
    // Before submitting, the form says when no chosen category is within OCAM's remit.
    const remit = poc.getByText(/Outside OCAM’s remit/);
    await poc.getByLabel('Category', { exact: true }).selectOption('road-safety');
    await remit.waitFor();
    await poc.getByLabel('Further categories').selectOption(['terrorism.financing']);
    await remit.waitFor({ state: 'detached' });
    await poc.getByLabel('Further categories').selectOption([]);
    await remit.waitFor();
    await poc.getByLabel('Category', { exact: true }).selectOption('terrorism.travel');
    await remit.waitFor({ state: 'detached' });
    await poc.getByLabel('Search indicators').fill('conflict zone');
    await poc.getByRole('checkbox', { name: 'Travel to or from a conflict zone' }).check();
    await poc.getByLabel('Summary').fill(`Traveller back from a conflict zone, reported from the console (${ref}).`);
    // The family name is left out: the browser's check shows it beside the field, before sending.
    await poc.getByRole('button', { name: 'Submit signal' }).click();
    const family = poc.getByLabel('Family name (required)');
    await poc.locator('input[aria-invalid="true"]').first().waitFor();
    expect(await family.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await family.getAttribute('aria-describedby'))!.split(' ').pop()!;
    expect(await poc.locator(`#${errorId}`).textContent()).toMatch(/familyName|family/i);
    expect(await unlabelled(poc)).toEqual([]);

    await family.fill('Testaert');
    await poc.getByLabel('Given names').fill('Sofie');
    await poc.getByLabel('Birth date').fill('1994-03-17');
    await poc.getByRole('button', { name: 'Submit signal' }).click();
    const accepted = await poc.getByText(/Signal accepted: /).textContent();
    signalId = /Signal accepted: ([0-9a-f-]{36})/.exec(accepted!)![1];
    await poc.screenshot({ path: join(SHOTS, 'poc-new-signal.png'), fullPage: true });

    // Its receipt reaches "delivered" (the receipts view refreshes by itself).
    await poc.getByRole('link', { name: 'Follow its receipt' }).click();
    const receipt = poc.getByRole('article', { name: `Receipt ${ref}` });
    await receipt.locator('ol.timeline li', { hasText: 'delivered' }).waitFor({ timeout: 60000 });
    await poc.screenshot({ path: join(SHOTS, 'poc-receipts.png'), fullPage: true });

    // It arrived on the analyst's open stream, counted as new.
    await analyst.getByText('1 new since you opened it').waitFor({ timeout: 60000 });
    await analyst.screenshot({ path: join(SHOTS, 'analyst-feed.png'), fullPage: true });
    expect(await unlabelled(analyst)).toEqual([]);
    await analyst.getByRole('link', { name: `Open signal ${ref}` }).click();
    await analyst.getByRole('heading', { name: `Signal ${ref}` }).waitFor();
    await analyst.getByText('Testaert').waitFor();
    await analyst.getByText('default-ocam v1').waitFor();

    // Somebody else assesses it meanwhile: the page's version is stale, and it says so.
    const read = await request(sys.urls.intake, 'GET', `/v1/signals/${signalId}`, { key: sys.keys.analyst });
    const other = await request(sys.urls.intake, 'POST', `/v1/signals/${signalId}/assessment`, {
      key: sys.keys.analyst,
      body: { outcome: 'relevant', version: read.body.version },
    });
    expect(other.status).toBe(201);
    await analyst.getByLabel('Outcome').selectOption('more-information-requested');
    const question = `Which flight did the traveller take? (${ref})`;
    await analyst.getByLabel('Note or question').fill(question);
    await analyst.getByRole('button', { name: 'Save assessment' }).click();
    await analyst.getByText('Someone else assessed this signal since you opened it').waitFor();
    await analyst.getByRole('button', { name: 'Reload the signal' }).click();
    await analyst.locator('ol.timeline li', { hasText: 'relevant' }).first().waitFor();
    await analyst.getByLabel('Outcome').selectOption('more-information-requested');
    await analyst.getByLabel('Note or question').fill(question);
    await analyst.getByRole('button', { name: 'Save assessment' }).click();
    await analyst.getByText('Assessment saved').waitFor();
    await analyst.screenshot({ path: join(SHOTS, 'analyst-signal.png'), fullPage: true });

    // The question reaches the agency's inbox, with a way to answer it.
    await eventually(
      async () => {
        await poc.goto(`${cons.url}/#/inbox`);
        await poc.getByRole('heading', { name: 'Feedback inbox' }).waitFor();
        return (await poc.getByText(question).count()) > 0 ? true : undefined;
      },
      { what: "the analyst's question in the POC's inbox", timeoutMs: 60000, intervalMs: 1000 },
    );
    await poc.screenshot({ path: join(SHOTS, 'poc-inbox.png'), fullPage: true });
    await poc.getByRole('button', { name: 'Answer with a supplementary signal' }).first().click();
    await poc.getByRole('heading', { name: 'Supplementary signal' }).waitFor();
    expect(await poc.getByLabel('Summary').inputValue()).toContain(signalId);
    // The answer starts from the original as submitted: its category, its subject, a reference of its own.
    expect(await poc.getByLabel('Category', { exact: true }).inputValue()).toBe('terrorism.travel');
    expect(await poc.getByLabel('External reference').inputValue()).toMatch(new RegExp(`^${ref}-S[0-9A-Z]+$`));
    expect(await poc.locator('fieldset.subject').count()).toBe(1);
    expect(await poc.getByLabel('Family name (required)').inputValue()).toBe('Testaert');
    expect(await poc.getByLabel('Given names').inputValue()).toBe('Sofie');
    expect(await poc.getByLabel('Birth date').inputValue()).toBe('1994-03-17');
    await poc.screenshot({ path: join(SHOTS, 'poc-answer-prefilled.png'), fullPage: true });
    // Sent, it is linked to the original in the contract (supplements), and the analyst sees the link.
    await poc.getByLabel('External reference').fill(`SUPP-${ref}`);
    await poc.getByLabel('Summary').fill(`Supplement to signal ${signalId}: flight SN2902 from Istanbul.`);
    await poc.getByRole('button', { name: 'Submit signal' }).click();
    const supplementId = /Signal accepted: ([0-9a-f-]{36})/.exec((await poc.getByText(/Signal accepted: /).textContent())!)![1];
    const stored = await sys.sql<{ supplements: string }>(
      `select payload->>'supplements' as supplements from gateway.signals where id = $1`,
      [supplementId],
    );
    expect(stored[0].supplements).toBe(signalId);
    await analyst.goto(`${cons.url}/#/feed`);
    await analyst.getByRole('link', { name: `Open signal SUPP-${ref}` }).click({ timeout: 60000 });
    await analyst.getByRole('heading', { name: `Signal SUPP-${ref}` }).waitFor();
    await analyst.getByRole('link', { name: `signal ${signalId}` }).click();
    await analyst.getByRole('heading', { name: `Signal ${ref}` }).waitFor();
    // The receipts are the agency's (GET /v1/signals), newest first: a signal submitted elsewhere — by
    // the API, not from this page — is listed too, on top.
    await poc.goto(`${cons.url}/#/receipts`);
    const elsewhere = exampleSignal('subject-iban', `API-${ref}`);
    const viaApi = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: elsewhere });
    expect(viaApi.status).toBe(202);
    await poc.getByRole('article', { name: `Receipt API-${ref}` }).waitFor();
    expect(await poc.locator('article.receipt').first().getAttribute('aria-label')).toBe(`Receipt API-${ref}`);
  });

  it('form errors: a linked summary in page order and plain words, no "null"; required fields checked before sending', async () => {
    const poc = await signedIn('poc-customs');
    const posted: string[] = [];
    poc.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/api/gateway/v1/signals')) posted.push(r.url());
    });
    await poc.getByRole('button', { name: 'Submit signal' }).waitFor();
    // Everything required left empty: the browser says so, in the page's order, and sends nothing.
    await poc.getByRole('button', { name: 'Submit signal' }).click();
    const summary = poc.locator('.form-errors');
    await summary.waitFor();
    const links = () => summary.locator('li a').allTextContents();
    expect(await links()).toEqual([
      'External reference is required.',
      'Category is required.',
      'Family name is required.',
      'Summary is required.',
    ]);
    expect(await summary.textContent()).not.toContain('null');
    expect(await poc.evaluate(() => document.activeElement?.classList.contains('form-errors'))).toBe(true);
    expect(posted).toEqual([]);
    // Each entry is a link to its field (which moves the focus, not the page's route).
    const route = await poc.evaluate(() => window.location.hash);
    await summary.getByRole('link', { name: 'Family name is required.' }).click();
    expect(await poc.evaluate(() => document.activeElement?.getAttribute('data-prop'))).toBe('familyName');
    expect(await poc.evaluate(() => window.location.hash)).toBe(route);
    await poc.getByRole('heading', { name: 'New signal' }).waitFor();

    // What only the API can judge: an observation in the future and a plate it refuses. Whatever the
    // API's order (its contract's: subjects before observedAt), the summary follows the page's.
    await poc.getByLabel('External reference').fill(`ERR-${ref}`);
    await poc.getByLabel('Observed at').fill('2099-01-01T10:00');
    await poc.getByLabel('Category', { exact: true }).selectOption('terrorism.travel');
    await poc.getByLabel('Family name (required)').fill('Peeters');
    await poc.getByLabel('Subject kind').selectOption('vehicle');
    await poc.getByRole('button', { name: 'Add subject' }).click();
    // The new subject's first field has the focus.
    expect(await poc.evaluate(() => document.activeElement?.getAttribute('data-prop'))).toBe('plate');
    await poc.getByLabel('Number plate (required)').fill('??');
    await poc.getByLabel('Registration country (required)').fill('BE');
    await poc.getByLabel('Summary').fill('A car seen twice at the border.');
    await poc.getByRole('button', { name: 'Submit signal' }).click();
    await eventually(async () => ((await links()).length === 2 ? true : undefined), { what: "the API's two errors in the summary" });
    const [first, second] = await links();
    expect(first).toMatch(/^Observed at/);
    expect(second).toMatch(/^Number plate: may hold letters/);
    expect(await summary.textContent()).not.toContain('null');
    expect(posted).toHaveLength(1);
    expect(await poc.evaluate(() => document.activeElement?.classList.contains('form-errors'))).toBe(true);
    await poc.screenshot({ path: join(SHOTS, 'poc-form-errors.png') });
    // class-validator's stock messages, in plain words.
    // (A string, so that the test's compiler leaves the page's dynamic import alone.)
    const plain = await poc.evaluate(`(async () => {
      const dom = await import('/app/dom.js');
      return [
        dom.plainReason('externalRef must be longer than or equal to 1 characters', 'External reference'),
        dom.plainReason('summary must be shorter than or equal to 4000 characters', 'Summary'),
        dom.plainReason('urgency must be one of the following values: routine, priority, immediate', 'Urgency'),
        dom.plainReason('property colour should not exist', ''),
      ];
    })()`);
    expect(plain).toEqual([
      'External reference is required.',
      'Summary must be at most 4000 characters long.',
      'Urgency: choose one of routine, priority, immediate.',
      '“colour” is not something this form can send.',
    ]);
  });

  it("form lengths: the contract's limits checked in the browser, in page order; nothing cut, nothing sent", async () => {
    const poc = await signedIn('poc-customs');
    const posted: string[] = [];
    poc.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/api/gateway/v1/signals')) posted.push(r.url());
    });
    // The limits the console serves are the contract's, read from its generated JSON Schemas.
    const schema = (name: string) => JSON.parse(readFileSync(join(__dirname, `../docs/contracts/${name}.schema.json`), 'utf8'));
    const limits = await poc.evaluate(`fetch('/api/catalogues').then((r) => r.json()).then((b) => b.limits)`);
    expect((limits as Record<string, Record<string, unknown>>).SignalSubmission.summary).toEqual([
      schema('SignalSubmission').properties.summary.minLength,
      schema('SignalSubmission').properties.summary.maxLength,
    ]);
    expect((limits as Record<string, Record<string, unknown>>).IdentityDocument.number).toEqual([3, 30]);

    const longRef = `LEN-${'x'.repeat(97)}`;
    const longSummary = 'A paste longer than the contract allows. '.repeat(100).slice(0, 4001);
    const summaryBox = poc.getByLabel('Summary');
    await summaryBox.waitFor();
    expect(await summaryBox.getAttribute('maxlength')).toBeNull();
    // Filled in another order than the page's: the summary follows the page.
    await summaryBox.fill(longSummary);
    await poc.getByLabel('Document number').fill('AB');
    await poc.getByLabel('Identity document type').selectOption('passport');
    await poc.getByLabel('Family name (required)').fill('Verstraeten'.repeat(10));
    await poc.getByLabel('External reference').fill(longRef);
    await poc.getByLabel('Category', { exact: true }).selectOption('terrorism.travel');
    await poc.getByRole('button', { name: 'Submit signal' }).click();
    const summary = poc.locator('.form-errors');
    await summary.waitFor();
    expect(await summary.locator('li a').allTextContents()).toEqual([
      'External reference must be at most 100 characters long: it has 101.',
      'Family name must be at most 100 characters long: it has 110.',
      'Document number must be at least 3 characters long: it has 2.',
      // A document is taken whole by the contract: its issuing country is required once it has a number.
      'Issuing country is required.',
      'Summary must be at most 4000 characters long: it has 4001.',
    ]);
    expect(await poc.evaluate(() => document.activeElement?.classList.contains('form-errors'))).toBe(true);
    expect(await summary.textContent()).not.toContain('null');
    // Nothing was cut, nothing was sent.
    expect(await summaryBox.inputValue()).toHaveLength(4001);
    expect(await poc.getByLabel('External reference').inputValue()).toBe(longRef);
    expect(posted).toEqual([]);
    await poc.screenshot({ path: join(SHOTS, 'poc-form-lengths.png') });

    // Within the limits, it goes.
    await poc.getByLabel('External reference').fill(`LEN-${ref}`);
    await poc.getByLabel('Family name (required)').fill('Verstraeten');
    await poc.getByLabel('Document number').fill('EH7654321');
    await poc.getByLabel('Issuing country').fill('BE');
    await summaryBox.fill('A traveller whose passport was checked twice.');
    await poc.getByRole('button', { name: 'Submit signal' }).click();
    await poc.getByText(/Signal accepted: /).waitFor();
    expect(posted).toHaveLength(1);
  });

  it('required fields of the other forms are checked in the browser too: nothing sent, the summary says what is missing', async () => {
    const officer = await signedIn('officer');
    const posted: string[] = [];
    officer.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/api/intake/v1/admin/principals')) posted.push(r.url());
    });
    await officer.goto(`${cons.url}/#/create`);
    await officer.getByRole('button', { name: 'Ask for the principal' }).click();
    const summary = officer.locator('.form-errors');
    await summary.waitFor();
    expect(await summary.locator('li a').allTextContents()).toEqual(['Principal name is required.']);
    expect(await officer.evaluate(() => document.activeElement?.classList.contains('form-errors'))).toBe(true);
    expect(posted).toEqual([]);
  });

  it("country fields in the page's language: names from the browser in French, typed French or English names become codes, errors in French", async () => {
    const context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const poc = await context.newPage();
    const posted: string[] = [];
    poc.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/api/gateway/v1/signals')) posted.push(r.url());
    });
    await poc.goto(cons.url);
    await poc.getByLabel('Clé d’API').fill(sys.keys['poc-customs']);
    await poc.getByRole('button', { name: 'Se connecter' }).click();
    await poc.locator('#whoami', { hasText: 'poc-customs' }).waitFor();
    const country = poc.locator('input[name=country]');
    await country.waitFor();
    expect(await poc.locator('datalist#iso-countries option').count()).toBe(249);
    expect(await poc.locator('datalist#iso-countries option[value="DE"]').textContent()).toBe('Allemagne');
    expect(await poc.locator('datalist#iso-countries option[value="BE"]').textContent()).toBe('Belgique');
    await country.fill('Allemagne');
    await country.blur();
    expect(await country.inputValue()).toBe('DE');
    // The hint's own example ("Belgique, FR"), and an English name, as the gateway's systems write them.
    const nationalities = poc.locator('fieldset.subject input[data-prop=nationalities]');
    await nationalities.fill('Belgique, germany');
    await nationalities.blur();
    expect(await nationalities.inputValue()).toBe('BE, DE');
    const issuing = poc.locator('fieldset.subject input[data-doc=issuingCountry]');
    await issuing.fill('Allmagne');
    await poc.locator('input[name=externalRef]').fill(`FR-CTRY-${ref}`);
    await poc.locator('select[name=category]').selectOption('terrorism.travel');
    await poc.locator('fieldset.subject input[data-prop=familyName]').fill('Lambert');
    await poc.locator('textarea[name=summary]').fill('Voyageur au passeport allemand.');
    await poc.getByRole('button', { name: 'Envoyer le signal' }).click();
    await poc.locator('.form-errors li a', { hasText: '« Allmagne » n’est pas un pays de la liste' }).waitFor();
    expect(posted).toEqual([]);
    // A date field's hint says how to fill it as the field shows it, not a format of its own.
    const birth = poc.locator('fieldset.subject input[data-prop=birthDate]');
    const hintId = (await birth.getAttribute('aria-describedby'))!.split(' ')[0];
    expect(await poc.locator(`#${hintId}`).textContent()).not.toMatch(/AAAA|YYYY/);
  });

  it('"Search indicators" narrows the list to the indicators that match', async () => {
    const poc = await signedIn('poc-customs');
    const rows = poc.locator('.indicator-list .indicator');
    await rows.first().waitFor();
    const total = await rows.count();
    const visible = () =>
      poc.evaluate(() => [...document.querySelectorAll('.indicator-list .indicator')].filter((r) => r.offsetParent !== null).length);
    expect(await visible()).toBe(total);
    await poc.getByLabel('Search indicators').fill('conflict zone');
    await eventually(async () => ((await visible()) < total ? true : undefined), { what: 'the list narrowed' });
    const shown = await poc.evaluate(() =>
      [...document.querySelectorAll('.indicator-list .indicator')].filter((r) => r.offsetParent !== null).map((r) => r.textContent),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text.toLowerCase()).toContain('conflict zone');
    await poc.getByLabel('Search indicators').fill('');
    await eventually(async () => ((await visible()) === total ? true : undefined), { what: 'the whole list back' });
  });

  it('country fields: picked from the ISO 3166 list or typed by name, never cut to two letters; an unknown one is an error', async () => {
    const poc = await signedIn('poc-customs');
    const posted: string[] = [];
    poc.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/api/gateway/v1/signals')) posted.push(r.url());
    });
    const country = poc.getByLabel('Country of observation');
    await country.waitFor();
    expect(await country.getAttribute('maxlength')).toBeNull();
    // The list the field offers: the ISO 3166-1 alpha-2 codes the gateway accepts, with their names.
    expect(await poc.locator('datalist#iso-countries option').count()).toBe(249);
    expect(await poc.locator('datalist#iso-countries option[value="DE"]').textContent()).toBe('Germany');
    expect(await country.getAttribute('list')).toBe('iso-countries');
    // A name typed in full becomes its code when the field is left — visibly, nothing cut ("Ge" is Georgia).
    await country.fill('Germany');
    await country.blur();
    expect(await country.inputValue()).toBe('DE');

    const countryRef = `CTRY-${ref}`;
    await poc.getByLabel('External reference').fill(countryRef);
    await poc.getByLabel('Category', { exact: true }).selectOption('terrorism.travel');
    await poc.getByLabel('Family name (required)').fill('Wouters');
    await poc.getByLabel('Nationalities').fill('belgium, fr');
    await poc.getByLabel('Identity document type').selectOption('passport');
    await poc.getByLabel('Document number').fill('EH123456');
    await poc.getByLabel('Issuing country').fill('Germny');
    await poc.getByLabel('Summary').fill('Traveller with a German passport.');
    await poc.getByRole('button', { name: 'Submit signal' }).click();
    const summary = poc.locator('.form-errors');
    await summary.getByRole('link', { name: /Issuing country: “Germny” is not a country of the list/ }).waitFor();
    expect(await poc.getByLabel('Issuing country').inputValue()).toBe('Germny');
    expect(await poc.getByLabel('Nationalities').inputValue()).toBe('BE, FR');
    expect(posted).toEqual([]);

    await poc.getByLabel('Issuing country').fill('Germany');
    await poc.getByRole('button', { name: 'Submit signal' }).click();
    const accepted = await poc.getByText(/Signal accepted: /).textContent();
    const id = /Signal accepted: ([0-9a-f-]{36})/.exec(accepted!)![1];
    const [stored] = await sys.sql<{ payload: { location?: { country: string }; subjects: Record<string, unknown>[] } }>(
      `select payload from gateway.signals where id = $1`,
      [id],
    );
    expect(stored.payload.location?.country).toBe('DE');
    expect(stored.payload.subjects[0]).toMatchObject({ nationalities: ['BE', 'FR'], documents: [{ issuingCountry: 'DE' }] });
    // Sent, the form is empty for the next signal (not filled with the one just sent).
    for (const label of ['External reference', 'Summary', 'Family name (required)', 'Country of observation', 'Issuing country'])
      expect(await poc.getByLabel(label).inputValue()).toBe('');
    expect(await poc.getByLabel('Category', { exact: true }).inputValue()).toBe('');
    // Batch upload offers JSON files only (a .csv was offered, then refused as "not valid JSON").
    await poc.getByRole('link', { name: 'Batch upload' }).click();
    expect(await poc.getByLabel('Signals file (JSON)').getAttribute('accept')).toBe('.json,application/json');
  });

  it('batch upload offers a template the gateway accepts as it is', async () => {
    const poc = await signedIn('poc-customs');
    await poc.getByRole('link', { name: 'Batch upload' }).click();
    const [download] = await Promise.all([poc.waitForEvent('download'), poc.getByRole('button', { name: 'Download a template' }).click()]);
    expect(download.suggestedFilename()).toBe('signals-template.json');
    const path = await download.path();
    const template = JSON.parse(readFileSync(path!, 'utf8'));
    expect(template.signals).toHaveLength(1);
    expect(template.signals[0]).toMatchObject({ externalRef: expect.stringMatching(/^TEMPLATE-/), subjects: [{ kind: 'person' }] });
    // Uploaded unchanged, it is accepted: the template follows the contract.
    await poc.getByLabel('Signals file (JSON)').setInputFiles(path!);
    await poc.getByRole('button', { name: 'Upload signals' }).click();
    await poc.getByText('1 accepted, 0 repeated, 0 rejected, 0 conflicts.').waitFor();
    await poc.screenshot({ path: join(SHOTS, 'poc-batch-template.png') });
  });

  it('inbox: a POC with 300 newer notices finds the open question older than them pinned on top, answers it, and it is no longer pinned', async () => {
    const gateway = sys.urls['agency-gateway'];
    const key = sys.keys['poc-customs'];
    const qref = `OLDQ-${ref}`;
    const sent = await request(gateway, 'POST', '/v1/signals', { key, body: exampleSignal('subject-iban', qref) });
    expect(sent.status).toBe(202);
    const asked: string = sent.body.signalId;
    const question = `Which account received the transfer? (${qref})`;
    // Seeded straight into the inbox (fast, not through the pipeline): the question, then 300 newer notices.
    await sys.sql(
      `insert into gateway.feedback (event_id, agency, signal_id, status, detail, trace_id, occurred_at)
       values (gen_random_uuid()::text, 'customs', $1, 'assessed', $2, $3, now() - interval '1 hour')`,
      [asked, JSON.stringify({ outcome: 'more-information-requested', question }), 'a'.repeat(32)],
    );
    await sys.sql(
      `insert into gateway.feedback (event_id, agency, signal_id, status, detail, trace_id, occurred_at, received_at)
       select gen_random_uuid()::text, 'customs', $1, 'delivered', '{"feed":"ocam"}', $2, now(), clock_timestamp() from generate_series(1, 300)`,
      [signalId, 'b'.repeat(32)],
    );
    const isTheQuestion = (i: { signalId: string; detail?: { question?: string } }) =>
      i.signalId === asked && i.detail?.question === question;
    // The newest 100 do not hold it; the API's open-questions filter does, with the agency's reference.
    const newest = await request(gateway, 'GET', '/v1/feedback?order=desc&limit=100', { key });
    expect(newest.body.items.some(isTheQuestion)).toBe(false);
    const open = await request(gateway, 'GET', '/v1/feedback?questions=open&order=desc', { key });
    expect(open.status).toBe(200);
    expect(open.body.items.filter(isTheQuestion)).toEqual([expect.objectContaining({ externalRef: qref })]);
    expect(open.body.items.every((i: { detail?: { question?: string } }) => !!i.detail?.question)).toBe(true);
    const bad = await request(gateway, 'GET', '/v1/feedback?questions=all', { key });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');

    const since = new Date();
    const poc = await signedIn('poc-customs');
    await poc.goto(`${cons.url}/#/inbox`);
    const pinned = poc.getByRole('list', { name: 'Questions waiting for an answer' });
    await pinned.getByText(question).waitFor();
    await pinned.getByText(qref, { exact: true }).waitFor();
    await poc.getByText(/question(s)? from analysts waiting for an answer/).waitFor();
    // Older notices are reachable: "Load older notices" pages back to the question in the full list too.
    const all = poc.getByRole('list', { name: 'All notices, newest first' });
    for (let i = 0; i < 10 && (await all.getByText(question).count()) === 0; i++) {
      const more = poc.getByRole('button', { name: 'Load older notices' });
      const before = await all.locator('> li').count();
      await more.click();
      await eventually(async () => ((await all.locator('> li').count()) > before ? true : undefined), { what: 'an older page' });
    }
    expect(await all.locator('> li').count()).toBeGreaterThan(300);
    await all.getByText(question).waitFor();
    // Or by kind, asked of the gateway: the assessments, without the 300 delivery notices in front.
    await poc.getByLabel('Show').selectOption({ label: 'Assessments and questions' });
    await all.getByText(question).waitFor();
    expect(await all.locator('> li').count()).toBeLessThan(100);
    expect(await all.locator('> li .badge', { hasText: 'delivered' }).count()).toBe(0);
    const kind = await request(gateway, 'GET', '/v1/feedback?status=assessed,nonsense', { key });
    expect(kind.status).toBe(400);
    // The read of the open questions is in the ledger, listing the signal asked about.
    const pocId = (await sys.sql<{ id: string }>(`select id from identity.principals where name = 'poc-customs'`))[0].id;
    await eventually(
      async () => {
        const rows = await sys.sql(
          `select 1 from audit.ledger where action = 'access.recorded' and actor = $1 and details->>'endpoint' = 'GET /v1/feedback'
              and details->'signalIds' ? $2 and occurred_at >= $3`,
          [`principal:${pocId}`, asked, since.toISOString()],
        );
        return rows.length ? true : undefined;
      },
      { what: "the POC's read of its open questions in the ledger", timeoutMs: 60000 },
    );

    await poc.getByRole('button', { name: `Answer with a supplementary signal: ${qref}` }).click();
    await poc.getByRole('heading', { name: 'Supplementary signal' }).waitFor();
    expect(await poc.getByLabel('Summary').inputValue()).toContain(qref);
    // Pre-filled from the original (an IBAN subject, money laundering), the POC changes what it must.
    expect(await poc.getByLabel('Category', { exact: true }).inputValue()).toBe('organised-crime.money-laundering');
    expect(await poc.getByLabel('IBAN (required)').inputValue()).toBe('BE71096123456769');
    await poc.getByLabel('External reference').fill(`SUPP-${qref}`);
    await poc.getByLabel('Category', { exact: true }).selectOption('terrorism.financing');
    await poc.getByLabel('Summary').fill(`Supplement to ${qref}: account BE71 0961 2345 6769.`);
    await poc.getByRole('button', { name: 'Submit signal' }).click();
    await poc.getByText(/Signal accepted: /).waitFor();
    await poc.goto(`${cons.url}/#/inbox`);
    await poc.getByRole('heading', { name: 'All notices, newest first' }).waitFor();
    expect(await poc.getByRole('button', { name: `Answer with a supplementary signal: ${qref}` }).count()).toBe(0);
    const after = await request(gateway, 'GET', '/v1/feedback?questions=open&order=desc', { key });
    expect(after.body.items.some(isTheQuestion)).toBe(false);
  });

  it("journey: oversight sees the signal's every hop, the analyst's read included; verifies the ledger; charts the flow", async () => {
    const page = await signedIn('oversight');
    const steps = ['signal.submitted', 'signal.routed', 'feedback.delivered', 'access.recorded', 'feedback.assessed'];
    await eventually(
      async () => {
        await page.goto(`${cons.url}/#/trail/${signalId}`);
        await page.locator('ol.trail').waitFor();
        const text = await page.locator('ol.trail').textContent();
        return steps.every((s) => text!.includes(s)) ? true : undefined;
      },
      { what: 'every hop in the trail', timeoutMs: 60000, intervalMs: 1000 },
    );
    // The analyst's read is there under the analyst's name (the principal id on hover).
    const analystId = (await sys.sql<{ id: string }>(`select id from identity.principals where name = 'analyst'`))[0].id;
    await page
      .locator('ol.trail li', { hasText: 'access.recorded' })
      .locator(`span[title="principal:${analystId}"]`, { hasText: 'by analyst' })
      .first()
      .waitFor();
    await page.screenshot({ path: join(SHOTS, 'oversight-trail.png'), fullPage: true });

    await page.getByRole('link', { name: 'Verification' }).click();
    await page.getByRole('button', { name: 'Verify the ledger' }).click();
    await page.getByText('The ledger verifies').waitFor({ timeout: 60000 });
    await page.getByRole('button', { name: 'Sign the head now' }).click();
    await page.getByRole('heading', { name: 'Latest signed checkpoint' }).waitFor();
    await page.locator('.card dl.facts dt', { hasText: 'signature' }).first().waitFor();

    await page.getByRole('link', { name: 'Flow statistics' }).click();
    await page.locator('table th[scope="row"]', { hasText: 'customs' }).waitFor();
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      return !!canvas && canvas.width > 0 && window.Chart !== undefined;
    });
    expect(drawn).toBe(true);
    expect(await unlabelled(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'oversight-stats.png'), fullPage: true });
  });

  it('journey: two security officers create an analyst, each hands over a half, and only the analyst sees its key', async () => {
    const page = await signedIn('officer');
    await page.locator('table th[scope="row"]', { hasText: 'poc-customs' }).waitFor();
    await page.getByLabel('Role filter').selectOption('analyst');
    expect(await page.locator('table th[scope="row"]', { hasText: 'poc-customs' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'officer-principals.png'), fullPage: true });

    await page.getByRole('link', { name: 'Create a principal' }).click();
    await page.getByLabel('Principal name').fill('analyst.console');
    await page.getByLabel('Role').selectOption('analyst');
    await page.getByRole('button', { name: 'Ask for the principal' }).click();
    const first = (await page.getByLabel('Handover half 1 for analyst.console').textContent())!;
    expect(first).toMatch(/^pslh_/);
    await page.getByText('Held for a second security officer').waitFor();
    expect(await unlabelled(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'officer-create.png'), fullPage: true });
    expect(await page.content()).not.toMatch(/psl_[A-Za-z0-9_-]{43}/);

    // A second request beside it: a raised clearance and an added feed, for the queue to show as a change.
    const listed = await request(sys.urls.intake, 'GET', '/v1/admin/principals', { key: sys.keys.officer });
    const restricted = listed.body.principals.find((p: { name: string }) => p.name === 'analyst-restricted');
    const raise = await request(sys.urls.intake, 'PATCH', `/v1/admin/principals/${restricted.id}`, {
      key: sys.keys.officer,
      body: { clearance: 'confidential', feeds: ['ocam', 'police-organised-crime'] },
    });
    expect(raise.status).toBe(202);

    // The second officer's queue names the principals and reads the change: no bare id, no raw JSON.
    const second = await signedIn('officer-2');
    await second.getByRole('link', { name: 'Approval queue' }).click();
    const create = second.getByRole('listitem', { name: 'Request: Create analyst.console' });
    const change = second.getByRole('listitem', { name: 'Request: Change analyst-restricted' });
    await create.getByText('asked by officer on').waitFor();
    await change.getByText('clearance: restricted → confidential').waitFor();
    await change.getByText('feeds: + police-organised-crime').waitFor();
    await change.getByText('asked by officer on').waitFor();
    const queueText = (await second.locator('main').innerText()) ?? '';
    expect(queueText).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(queueText).not.toMatch(/[{}"]/);

    // Refusing asks first: dismissed, nothing is decided.
    const asked: string[] = [];
    second.once('dialog', (d) => void (asked.push(d.message()), d.dismiss()));
    await change.getByRole('button', { name: 'Refuse' }).click();
    await eventually(async () => asked.length === 1 || undefined, { what: 'the refusal confirmation' });
    expect(asked[0]).toContain('Refuse: Change analyst-restricted?');
    await change.getByRole('button', { name: 'Refuse' }).waitFor();
    const stillPending = await request(sys.urls.intake, 'GET', `/v1/admin/requests/${raise.body.pending.id}`, {
      key: sys.keys['officer-2'],
    });
    expect(stillPending.body.status).toBe('pending');

    // The second officer approves in its queue (after confirming) and gets the other half; the request leaves the queue.
    second.once('dialog', (d) => void (asked.push(d.message()), d.accept()));
    await create.getByRole('button', { name: 'Approve', exact: true }).click();
    const half2 = (await second.getByLabel('Handover half 2 for analyst.console').textContent())!;
    expect(asked[1]).toContain('Approve: Create analyst.console?');
    expect(half2).toMatch(/^pslh_/);
    await create.waitFor({ state: 'detached' });
    await second.getByText('Create analyst.console: approved.').waitFor();
    expect(await second.content()).not.toMatch(/psl_[A-Za-z0-9_-]{43}/);
    await second.screenshot({ path: join(SHOTS, 'officer-approve.png'), fullPage: true });
    // The change refused (confirmed) leaves too; the principal keeps its clearance.
    second.once('dialog', (d) => void d.accept());
    await change.getByRole('button', { name: 'Refuse' }).click();
    await change.waitFor({ state: 'detached' });
    await second.getByRole('button', { name: /Approve|Refuse/ }).waitFor({ state: 'detached' });
    const after = await request(sys.urls.intake, 'GET', `/v1/admin/principals/${restricted.id}`, { key: sys.keys.officer });
    expect(after.body.clearance).toBe('restricted');

    // The analyst redeems both halves on the sign-in page: its key, once, and a session.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const analyst = await context.newPage();
    await analyst.goto(cons.url);
    await analyst.getByLabel('First half').fill(first);
    await analyst.getByLabel('Second half').fill(half2);
    await analyst.getByRole('button', { name: 'Redeem my key' }).click();
    const key = (await analyst.getByLabel('Your new API key').textContent())!;
    expect(key).toMatch(/^psl_/);
    expect(await unlabelled(analyst)).toEqual([]);
    await analyst.screenshot({ path: join(SHOTS, 'redeem-key.png'), fullPage: true });
    expect((await request(sys.urls.intake, 'GET', '/v1/me', { key })).body).toMatchObject({ name: 'analyst.console', role: 'analyst' });
    await analyst.getByRole('button', { name: 'Continue to my workspace' }).click();
    await analyst.locator('#whoami', { hasText: 'analyst.console' }).waitFor();
    // start() names the principal at once and draws the workspace after: wait for the key's panel to go.
    await analyst.getByLabel('Your new API key').waitFor({ state: 'detached' });
    expect(await analyst.content()).not.toContain(key);
    // Redeemed once only.
    expect((await request(sys.urls.intake, 'POST', '/v1/keys/redeem', { body: { codes: [first, half2] } })).status).toBe(404);

    await page.getByRole('link', { name: 'Principals' }).click();
    await page.locator('table th[scope="row"]', { hasText: 'analyst.console' }).waitFor();
    await page.getByRole('link', { name: 'Approval queue' }).click();
    await page.getByRole('heading', { name: 'Approval queue' }).waitFor();

    // Revoked, the analyst's session ends at its next call, and the page says why (not "expired").
    const analystId: string = (await request(sys.urls.intake, 'GET', '/v1/me', { key })).body.id;
    const revoked = await request(sys.urls.intake, 'DELETE', `/v1/admin/principals/${analystId}`, { key: sys.keys.officer });
    expect(revoked.status).toBe(204);
    await analyst.evaluate("location.hash = '#/signal/00000000-0000-4000-8000-000000000000'");
    await analyst.getByText('You have been signed out: your API key is no longer accepted').waitFor();
    expect(await analyst.getByText('Your session has expired').count()).toBe(0);
    await analyst.getByRole('button', { name: 'Sign in' }).waitFor();
  });

  it('the security officer reads the classified register: per level, each item with its readers, exercises labelled; CSV and PDF exports', async () => {
    // A restricted exercise beside the journey's restricted signal (itself read by the analyst).
    const drill = exampleSignal('subject-person', `REG-EX-${ref}`);
    drill.exercise = true;
    const sent = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: drill });
    expect(sent.status).toBe(202);
    const drillId: string = sent.body.signalId;
    await eventually(
      async () => {
        const r = await request(sys.urls.audit, 'GET', '/v1/register?classification=restricted', { key: sys.keys.oversight });
        const ids = (r.body.items ?? []).map((i: { id: string }) => i.id);
        return ids.includes(drillId) && ids.includes(signalId) ? true : undefined;
      },
      { what: 'both signals in the classified register', timeoutMs: 60000, intervalMs: 1000 },
    );
    const page = await signedIn('officer');
    await page.getByRole('link', { name: 'Classified register' }).click();
    await page.getByRole('heading', { name: 'Classified register' }).waitFor();
    const table = page.getByRole('region', { name: 'Classified register' });
    const real = table.getByRole('row').filter({ hasText: signalId });
    const exercise = table.getByRole('row').filter({ hasText: drillId });
    await real.waitFor();
    expect(await real.textContent()).toContain('RESTRICTED');
    // Read by the journey's analyst (and the POC): readers by name, with their number of reads — never an id.
    const readers = await real.locator('td').nth(5).innerText();
    expect(readers).toMatch(/(^|; )analyst ×\d+(;|$)/);
    expect(readers).not.toContain('…');
    expect(await real.locator('.badge.exercise').count()).toBe(0);
    expect(await exercise.locator('.badge.exercise').textContent()).toBe('Exercise');
    // Searched: the level and the kind narrow the list; the exports carry the same search.
    await page.getByLabel('Level').selectOption('top-secret');
    await page.getByRole('button', { name: 'Search the register' }).click();
    await page.getByText('No classified item matches this search.').waitFor();
    await page.getByLabel('Level').selectOption('restricted');
    await page.getByRole('button', { name: 'Search the register' }).click();
    await real.waitFor();
    const csvHref = await page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href');
    const pdfHref = await page.getByRole('link', { name: 'Export as PDF' }).getAttribute('href');
    expect(csvHref).toBe('/api/audit/v1/register?classification=restricted&format=csv');
    expect(pdfHref).toBe('/api/audit/v1/register?classification=restricted&format=pdf');
    const got = await page.evaluate(
      async (hrefs) => {
        const out = [];
        for (const href of hrefs) {
          const r = await fetch(href, { credentials: 'same-origin' });
          const bytes = new Uint8Array(await r.arrayBuffer());
          out.push({ status: r.status, type: r.headers.get('content-type'), text: new TextDecoder().decode(bytes.slice(0, 20000)) });
        }
        return out;
      },
      [csvHref!, pdfHref!],
    );
    expect(got[0]).toMatchObject({ status: 200, type: expect.stringContaining('text/csv') });
    expect(got[0].text).toContain(signalId);
    expect(got[0].text).toContain(drillId);
    expect(got[1]).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(got[1].text.startsWith('%PDF-')).toBe(true);
    expect(await unlabelled(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'officer-register.png'), fullPage: true });
  });

  it('an analyst who has not acknowledged the security briefing is shown it first; confirming opens the feed', async () => {
    const page = await signedIn('analyst-unbriefed');
    await page.getByRole('heading', { name: 'Security briefing' }).waitFor();
    const before = await request(sys.urls.intake, 'GET', '/v1/me/briefing', { key: sys.keys['analyst-unbriefed'] });
    expect(before.body).toMatchObject({ required: true, acknowledgedAt: null });
    expect(await page.locator('.briefing-text').textContent()).toBe(before.body.text);
    // Nothing of the workspace is drawn before the confirmation.
    expect(await page.getByRole('heading', { name: 'Live feed' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'analyst-briefing.png'), fullPage: true });
    await page.getByRole('button', { name: `I have read the briefing (version ${before.body.version})` }).click();
    await page.getByRole('heading', { name: 'Live feed' }).waitFor();
    const after = await request(sys.urls.intake, 'GET', '/v1/me/briefing', { key: sys.keys['analyst-unbriefed'] });
    expect(after.body.acknowledgedAt).not.toBeNull();
    // Signed in again, the briefing is not asked twice.
    const again = await signedIn('analyst-unbriefed');
    await again.getByRole('heading', { name: 'Live feed' }).waitFor();
    expect(await again.getByRole('heading', { name: 'Security briefing' }).count()).toBe(0);
  });

  it('an analyst without the clearance never sees a confidential signal, in the feed, by its id or in its dossier', async () => {
    const body = { ...exampleSignal('subject-vessel'), classification: 'confidential' };
    const secret = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body });
    expect(secret.status).toBe(202);
    const secretId: string = secret.body.signalId;
    await eventually(async () => (await sys.sql(`select 1 from intake.signals where signal_id = $1`, [secretId]))[0], {
      what: 'the confidential signal in the intake',
    });
    // The cleared analyst does see it (so the other's not seeing it means something).
    const cleared = await signedIn('analyst');
    await cleared.locator(`a[href="#/signal/${secretId}"]`).waitFor({ timeout: 30000 });

    const page = await signedIn('analyst-restricted');
    await page.getByRole('link', { name: `Open signal ${ref}`, exact: true }).waitFor({ timeout: 30000 });
    expect(await page.locator(`a[href="#/signal/${secretId}"]`).count()).toBe(0);
    expect(await page.content()).not.toContain(secretId);
    await page.goto(`${cons.url}/#/signal/${secretId}`);
    await page.getByText('No such signal that you may read.').waitFor();
    // Nor through its dossier.
    const secretDossier = (
      await sys.sql<{ dossier_id: string }>(`select dossier_id from intake.signals where signal_id = $1`, [secretId])
    )[0].dossier_id;
    await page.goto(`${cons.url}/#/dossier/${secretDossier}`);
    await page.getByRole('heading', { name: 'Dossier' }).waitFor();
    await page.locator('section .notice, section table').first().waitFor();
    expect(await page.content()).not.toContain(secretId);
  });

  it('has no serious or critical accessibility violation (axe-core) on any page of any workspace', async () => {
    const findings: AxeFinding[] = [];
    // Sign-in, blank and after a refused key.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const anonymous = await context.newPage();
    await anonymous.goto(cons.url);
    await anonymous.getByLabel('API key').waitFor();
    findings.push(...(await axeViolations(anonymous, 'sign-in')));
    await anonymous.getByLabel('API key').fill('psl_not-a-key-of-anybody');
    await anonymous.getByRole('button', { name: 'Sign in' }).click();
    await anonymous.getByText('this API key is unknown or revoked').waitFor();
    findings.push(...(await axeViolations(anonymous, 'sign-in, key refused')));

    const dossierId = (await sys.sql<{ dossier_id: string }>(`select dossier_id from intake.signals where signal_id = $1`, [signalId]))[0]
      .dossier_id;
    expect(dossierId).toBeTruthy();
    /** Each view, and something on it that says it is drawn with its data. */
    const views: Record<string, [string, (p: Page) => Promise<void>][]> = {
      'poc-customs': [
        ['#/new', (p) => p.getByRole('button', { name: 'Submit signal' }).waitFor()],
        [
          '#/new (refused)',
          async (p) => {
            await p.getByLabel('External reference').fill(`${ref}-AXE`);
            await p.getByRole('button', { name: 'Submit signal' }).click();
            await p.locator('[aria-invalid="true"]').first().waitFor();
          },
        ],
        ['#/batch', (p) => p.getByRole('heading', { name: 'Batch upload' }).waitFor()],
        ['#/receipts', (p) => p.getByRole('article', { name: `Receipt ${ref}`, exact: true }).waitFor()],
        ['#/inbox', (p) => p.getByRole('heading', { name: 'All notices, newest first' }).waitFor()],
      ],
      analyst: [
        ['#/feed', (p) => p.getByRole('link', { name: `Open signal ${ref}`, exact: true }).waitFor()],
        ['#/signal', (p) => p.getByRole('heading', { name: 'Open a signal' }).waitFor()],
        [`#/signal/${signalId}`, (p) => p.getByRole('heading', { name: 'Assess', exact: true }).waitFor()],
        [`#/dossier/${dossierId}`, (p) => p.locator('section table').first().waitFor()],
      ],
      oversight: [
        [`#/trail/${signalId}`, (p) => p.locator('ol.trail li').first().waitFor()],
        ['#/events', (p) => p.getByRole('heading', { name: 'Ledger events' }).waitFor()],
        [
          '#/verify',
          async (p) => {
            await p.getByRole('button', { name: 'Verify the ledger' }).click();
            await p.getByText('The ledger verifies').waitFor({ timeout: 60000 });
          },
        ],
        ['#/stats', (p) => p.locator('table th[scope="row"]', { hasText: 'customs' }).waitFor()],
      ],
      officer: [
        ['#/principals', (p) => p.locator('table th[scope="row"]', { hasText: 'poc-customs' }).waitFor()],
        ['#/create', (p) => p.getByRole('button', { name: 'Ask for the principal' }).waitFor()],
        ['#/approvals', (p) => p.getByRole('heading', { name: 'Approval queue' }).waitFor()],
        ['#/register', (p) => p.getByRole('region', { name: 'Classified register' }).waitFor()],
      ],
    };
    for (const [name, pages] of Object.entries(views)) {
      const page = await signedIn(name);
      for (const [hash, ready] of pages) {
        const route = hash.split(' ')[0];
        if (!hash.includes(' ')) await page.goto(`${cons.url}/${route}`);
        await ready(page);
        findings.push(...(await axeViolations(page, `${name} ${hash}`)));
      }
    }
    // The narrow window too (the layout changes there).
    const narrow = await signedIn('oversight', { width: 420, height: 800 });
    await narrow.goto(`${cons.url}/#/trail/${signalId}`);
    await narrow.locator('ol.trail li').first().waitFor();
    findings.push(...(await axeViolations(narrow, 'oversight, narrow window')));

    expect(findings).toEqual([]);
  });

  it('refuses a state change without the CSRF token, and a cross-site form post', async () => {
    const page = await signedIn('poc-customs');
    const count = async () => Number((await sys.sql<{ n: string }>(`select count(*) as n from gateway.signals`))[0].n);
    const before = await count();
    const withoutToken = await page.evaluate(async (signal) => {
      const r = await fetch('/api/gateway/v1/signals', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(signal),
      });
      return { status: r.status, body: (await r.json()) as { type: string } };
    }, exampleSignal('minimal'));
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.body.type).toBe('urn:passerelle:problem:csrf');

    // Another origin on the same host (so the SameSite=Strict cookie still goes along): its
    // auto-submitting form is refused by the origin check.
    const evil: Server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(
        `<form id="f" method="POST" action="${cons.url}/api/gateway/v1/signals" enctype="text/plain">` +
          `<input name='{"externalRef":"EVIL-1","x":"' value='"}'></form><script>document.getElementById('f').submit()</script>`,
      );
    });
    await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
    try {
      const port = (evil.address() as { port: number }).port;
      const response = page.waitForResponse((r) => r.url().startsWith(`${cons.url}/api/gateway/v1/signals`));
      await page.goto(`http://127.0.0.1:${port}/`);
      const refused = await response;
      expect(refused.status()).toBe(403);
      expect(await refused.text()).toContain('urn:passerelle:problem:cross-site');
    } finally {
      evil.close();
    }
    expect(await count()).toBe(before);
  });

  it('sends an idle session back to sign-in, and signing out ends the session', async () => {
    // A console whose sessions lapse after 3 s idle, beside the first one.
    const quick = await startConsole(sys, { CONSOLE_IDLE_MINUTES: '0.05' });
    try {
      const page = await signedIn('oversight', { width: 420, height: 800 }, quick.url);
      await page.getByRole('heading', { name: 'Signal trail' }).waitFor();
      await page.screenshot({ path: join(SHOTS, 'oversight-narrow.png'), fullPage: true });
      // Nothing happens: the page finds its session gone and goes back to sign-in by itself.
      await page.getByText('Your session has expired: sign in again.').waitFor({ timeout: 30000 });
      await page.getByLabel('API key').waitFor();
      // The server agrees: the old cookie opens nothing.
      const status = await page.evaluate(async () => (await fetch('/api/audit/v1/audit/checkpoints')).status);
      expect(status).toBe(401);
    } finally {
      await quick.close();
    }

    const other = await signedIn('officer');
    await other.getByRole('button', { name: 'Sign out' }).click();
    await other.getByText('You are signed out.').waitFor();
    const status = await other.evaluate(async () => (await fetch('/api/session')).status);
    expect(status).toBe(401);
  });
});
