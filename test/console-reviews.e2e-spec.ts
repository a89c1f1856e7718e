import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { topicNames } from '@passerelle/contracts';
import { eventually, produceAs } from '@passerelle/testing';
import { RunningConsole, startConsole, screenshotsDir } from './support/console';
import { RunningSystem, startSystem } from './support/system';

jest.setTimeout(6 * 60_000);

const SHOTS = screenshotsDir();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The security officer's reviews in the web console (issue 29, items 2 and 3), in Debian's Chromium
 * against the real intake, audit, Kafka and Postgres: a month of customs' reads is put on
 * access.recorded.v1 with two anomalies planted (a read on a Saturday, a refused attempt with a revoked
 * key). Customs' officer reads August's access review on the Reviews page: the per-principal counts,
 * exactly the two anomalies, open; a period in the future is refused with the API's reason; signing off
 * with an anomaly open is refused; once both are marked the review is signed off (the sign-off in the
 * ledger with the digest the page read). Then the monthly clearance review: the expiring clearance
 * found, decided, signed off. Screenshots go to the screenshots folder.
 */
describe('web console: the security officer reviews', () => {
  let sys: RunningSystem;
  let cons: RunningConsole;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const ids: Record<string, string> = {};
  const soon = new Date(Date.now() + 20 * 86_400_000);

  beforeAll(async () => {
    // Customs works weekdays 08:00–18:00, Brussels time, for this test.
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-hours-'));
    const file = join(dir, 'working-hours.json');
    writeFileSync(
      file,
      JSON.stringify({
        default: { timeZone: 'Europe/Brussels', days: [1, 2, 3, 4, 5], from: '07:00', to: '19:00' },
        agencies: { customs: { timeZone: 'Europe/Brussels', days: [1, 2, 3, 4, 5], from: '08:00', to: '18:00' } },
      }),
    );
    process.env.REVIEW_WORKING_HOURS_FILE = file;
    sys = await startSystem(
      [
        { name: 'officer-customs', role: 'security-officer', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-plain', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-saturday', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-revoked', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-expiring', role: 'poc', agency: 'customs', clearance: 'restricted', clearanceExpiresAt: soon },
      ],
      ['intake', 'audit'],
    );
    cons = await startConsole(sys, { GATEWAY_URL: 'http://127.0.0.1:9' }, process.env.CONSOLE_LOG_FILE);
    for (const r of await sys.sql<{ id: string; name: string }>(`select id::text, name from identity.principals`)) ids[r.name] = r.id;
    await sys.sql(`update identity.principals set revoked_at = '2026-08-20T12:00:00Z' where name = 'poc-revoked'`);

    const records: Record<string, unknown>[] = [];
    const read = (who: string, at: string) =>
      records.push({
        eventId: randomUUID(),
        occurredAt: at,
        principalId: ids[who],
        principalName: who,
        role: 'poc',
        endpoint: 'GET /v1/signals/{id}/status',
        outcome: 'read',
        signalIds: [randomUUID(), randomUUID()],
        agencies: ['customs'],
        categories: ['border-management'],
      });
    // Ordinary August: one read each weekday at 10:00 UTC (within customs' hours).
    for (let d = Date.parse('2026-08-01T00:00:00Z'); d < Date.parse('2026-09-01T00:00:00Z'); d += 86_400_000) {
      const day = new Date(d);
      if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
      const date = day.toISOString().slice(0, 10);
      for (const who of ['poc-plain', 'poc-saturday', 'poc-revoked'])
        if (who !== 'poc-revoked' || date < '2026-08-20') read(who, `${date}T10:00:00.000Z`);
    }
    // The two anomalies: a Saturday read, and the revoked key tried after its revocation.
    read('poc-saturday', '2026-08-22T10:00:00.000Z');
    records.push({
      eventId: randomUUID(),
      occurredAt: '2026-08-25T10:00:00.000Z',
      outcome: 'denied',
      endpoint: 'GET /v1/signals/{id}',
      status: 401,
      reason: 'unknown-key',
      source: `principal:${ids['poc-revoked']}`,
      principalId: ids['poc-revoked'],
      principalName: 'poc-revoked',
      role: 'poc',
      resourceId: randomUUID(),
    });
    const topic = topicNames(sys.topicPrefix).accessRecorded;
    await produceAs(
      'admin',
      topic,
      records.map((r) => ({
        key: String(r.principalId),
        value: JSON.stringify(r),
        headers: { 'ce-id': String(r.eventId), 'content-type': 'application/json' },
      })),
    );
    await eventually(
      async () => {
        const [row] = await sys.sql<{ n: number }>(`select count(*)::int as n from audit.ledger where source_topic = $1`, [topic]);
        return row.n >= records.length ? row : undefined;
      },
      { what: `${records.length} planted access records in the ledger`, timeoutMs: 120_000 },
    );
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
    delete process.env.REVIEW_WORKING_HOURS_FILE;
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

  it("the officer reads August's access review, marks both anomalies and signs it off; then the clearance review", async () => {
    const page = await signedIn('officer-customs');
    await page.getByRole('link', { name: 'Reviews' }).click();
    await page.getByRole('heading', { name: 'Reviews' }).waitFor();
    const form = page.locator('form.card');
    const errors = form.locator('.form-errors');

    // A period ending in the future: the API's refusal, on the form, beside the field it names.
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('From').fill('2026-08-01');
    await page.getByLabel('To (inclusive)').fill(tomorrow);
    await page.getByRole('button', { name: 'Read the review' }).click();
    await errors.getByText('Not accepted: please correct the following.').waitFor();
    expect(await errors.innerText()).toMatch(/To \(inclusive\)[\s\S]*in the future/);
    expect(await page.getByLabel('To (inclusive)').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('To (inclusive)').fill('2026-08-31');
    await page.getByRole('button', { name: 'Read the review' }).click();
    const principals = page.getByRole('region', { name: 'Per principal' });
    await principals.waitFor();
    expect(await errors.isHidden()).toBe(true);
    // Per principal: 21 weekdays in August (poc-revoked until the 19th: 13), a Saturday read more for poc-saturday.
    const counts = async (name: string) => principals.locator(`tr[data-principal="${name}"] td`).allInnerTexts();
    expect(await counts('poc-plain')).toEqual(['Point of contact', '21', '42', '0', '0']);
    expect(await counts('poc-saturday')).toEqual(['Point of contact', '22', '44', '0', '1']);
    expect(await counts('poc-revoked')).toEqual(['Point of contact', '13', '26', '1', '1']);

    // Exactly the two planted anomalies, both open.
    const anomalies = page.getByRole('region', { name: 'Anomalies' });
    const rows = anomalies.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const saturday = anomalies.locator('tr[data-principal="poc-saturday"]');
    const revoked = anomalies.locator('tr[data-principal="poc-revoked"]');
    expect(await saturday.innerText()).toContain('Outside working hours');
    expect(await revoked.innerText()).toContain('Use of a revoked key');
    expect(await rows.locator('td .badge', { hasText: 'Open' }).count()).toBe(2);
    await page.getByText('customs, 2026-08-01 to 2026-08-31: 2 of 2 still open.').waitFor();

    // One marked; signing off with the other open is refused, said on the form.
    await page.getByRole('button', { name: 'Explained: Outside working hours, poc-saturday' }).click();
    await saturday.getByText(/^Explained \(/).waitFor();
    await page.getByText('1 of 2 still open.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Sign the review off' }).click();
    await errors.getByText('Anomalies are still open').waitFor();
    expect(await sys.sql(`select 1 from audit.ledger where action = 'review.signed-off'`)).toEqual([]);

    // Both marked: signed off, with the digest the page read, in the ledger.
    await page.getByRole('button', { name: 'Escalated: Use of a revoked key, poc-revoked' }).click();
    await revoked.getByText(/^Escalated \(/).waitFor();
    const digest = (await page.getByText(/^Digest of the review as read: /).innerText()).replace('Digest of the review as read: ', '');
    await page.getByRole('button', { name: 'Sign the review off' }).click();
    await page.getByText(/^Signed off by officer-customs on /).waitFor();
    expect(await page.getByRole('button', { name: 'Sign the review off' }).count()).toBe(0);
    expect(await anomalies.getByRole('button').count()).toBe(0);
    const [signed] = await eventually(
      async () => {
        const r = await sys.sql<{ actor: string; details: Record<string, unknown> }>(
          `select actor, details from audit.ledger where action = 'review.signed-off'`,
        );
        return r.length ? r : undefined;
      },
      { what: 'the sign-off in the ledger', timeoutMs: 60_000 },
    );
    expect(signed.actor).toBe(`principal:${ids['officer-customs']}`);
    expect(JSON.stringify(signed.details)).toContain(digest);
    await page.screenshot({ path: join(SHOTS, 'officer-access-review.png'), fullPage: true });

    // The monthly clearance review of November: the clearance expiring within the window, decided, signed off.
    await page.getByLabel('Review', { exact: true }).selectOption('clearance');
    await page.getByLabel('From').fill('2026-11-01');
    await page.getByLabel('To (inclusive)').fill('2026-11-30');
    await page.getByRole('button', { name: 'Read the review' }).click();
    const findings = page.getByRole('region', { name: 'Findings' });
    const expiring = findings.locator('tr[data-principal="poc-expiring"]');
    await expiring.waitFor();
    expect(await findings.locator('tbody tr').count()).toBe(1);
    expect(await expiring.innerText()).toContain('Clearance expiring or lapsed');
    await page.getByRole('button', { name: 'Kept: Clearance expiring or lapsed, poc-expiring' }).click();
    await expiring.getByText(/^Kept \(/).waitFor();
    await page.getByRole('button', { name: 'Sign the review off' }).click();
    await page.getByText(/^Signed off by officer-customs on /).waitFor();
    await page.screenshot({ path: join(SHOTS, 'officer-clearance-review.png'), fullPage: true });
  });
});
