import { eventually } from '@passerelle/testing';
import { blindAll } from '@passerelle/watchlist';
import { watchlistFixture } from '../scripts/watchlist-fixtures';
import { request } from './support/http';
import { twoOfficers } from './support/officers';
import { RunningSystem, startSystem } from './support/system';

/**
 * Guessing through the evaluation endpoint (issue 32: a marked point of contact who knew a name
 * recovered a birth date with 7,305 guesses in 8 requests, 2.4 % of the agency's hourly budget).
 * Each principal now has a budget per list version — what a real matching run needs, from the
 * records its agency declared — and unusual use raises alerts the list's owners see and the ledger
 * keeps. The budget is set small here (customs declares 1,000 records: 2,000 points a version).
 */
jest.setTimeout(5 * 60_000);

describe('watchlists: evaluation budget per principal and version, alerts to the owners', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const intake = (who: string, method: string, path: string, body?: unknown) =>
    request(sys.urls.intake, method, path, { key: sys.keys[who], body });
  /** `n` guesses, blinded as an agency's client blinds its keys. */
  const guesses = (n: number, tag: string) =>
    blindAll(Array.from({ length: n }, (_, i) => `person|janssens pieter|${tag}-${i}`)).map((b) => b.blinded);
  const evaluate = (who: string, blinded: string[]) => intake(who, 'POST', '/v1/watchlists/ftf/versions/1/evaluations', { blinded });

  beforeAll(async () => {
    process.env.WATCHLIST_AGENCY_RECORDS = 'customs=1000';
    sys = await startSystem([
      { name: 'ocam-list-owner', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'analyst-other', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'poc-customs-2', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
      { name: 'officer', role: 'security-officer', clearance: 'confidential' },
      // A mark is held for a second officer (issue 32, item 2).
      { name: 'officer-2', role: 'security-officer', clearance: 'confidential' },
    ]);
    for (const name of ['ocam-list-owner', 'poc-customs', 'poc-customs-2', 'poc-mobility']) {
      ids[name] = (await sys.sql<{ id: string }>('select id from identity.principals where name = $1', [name]))[0].id;
    }
    for (const [who, capability] of [
      ['ocam-list-owner', 'owner'],
      ['poc-customs', 'receiver'],
      ['poc-customs-2', 'receiver'],
      ['poc-mobility', 'receiver'],
    ]) {
      const { approved } = await twoOfficers(sys.urls.intake, sys.keys.officer, sys.keys['officer-2']).grant(
        'PUT',
        `/v1/admin/watchlists/ftf/principals/${ids[who]}`,
        { capability },
      );
      expect(approved?.status).toBe(200);
    }
    const { entries } = watchlistFixture({ listSize: 5, records: 10, plantedCount: 1 });
    expect((await intake('ocam-list-owner', 'POST', '/v1/watchlists/ftf/versions', { validUntil, entries })).status).toBe(201);
  });

  afterAll(async () => {
    delete process.env.WATCHLIST_AGENCY_RECORDS;
    await sys?.close();
  });

  it('a principal gets one run of points per version, then 429; the hourly budget alone would have allowed far more', async () => {
    expect((await evaluate('poc-customs', guesses(1000, 'a'))).status).toBe(200);
    expect((await evaluate('poc-customs', guesses(1000, 'b'))).status).toBe(200);
    const refused = await evaluate('poc-customs', guesses(1000, 'c'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ type: 'urn:passerelle:problem:watchlist-version-budget-spent', status: 429 });
    expect(refused.body.detail).toContain('2000');
    expect((await evaluate('poc-customs', guesses(1, 'd'))).status).toBe(429);
    // Nothing of the refused batches was counted.
    const [{ n }] = await sys.sql<{ n: string }>(`select sum(count) as n from intake.watchlist_evaluations where principal_id = $1`, [
      ids['poc-customs'],
    ]);
    expect(n).toBe('2000');
    // Another agency, without a declared record count, has the default budget and no alert.
    expect((await evaluate('poc-mobility', guesses(1000, 'm'))).status).toBe(200);
  });

  it('a second principal of the same agency on the same version is unusual: alerted', async () => {
    expect((await evaluate('poc-customs-2', guesses(10, 'e'))).status).toBe(200);
  });

  it("the list's owners see the use and the alerts; nobody else does; the ledger keeps them", async () => {
    const usage = await intake('ocam-list-owner', 'GET', '/v1/watchlists/ftf/usage');
    expect(usage.status).toBe(200);
    expect(usage.body).toMatchObject({ list: 'ftf', alerted: true });
    const of = (who: string) => usage.body.principals.find((p: { principalId: string }) => p.principalId === ids[who]);
    expect(of('poc-customs')).toMatchObject({ version: 1, agency: 'customs', points: 2000, batches: 2, versionBudget: 2000 });
    expect(of('poc-customs').alerts.map((a: { alert: string }) => a.alert)).toEqual(['near-version-budget', 'version-budget-spent']);
    expect(of('poc-customs-2').alerts.map((a: { alert: string }) => a.alert)).toEqual(['another-principal']);
    expect(of('poc-mobility')).toMatchObject({ points: 1000, versionBudget: 200_000, alerts: [] });
    expect((await intake('poc-customs', 'GET', '/v1/watchlists/ftf/usage')).status).toBe(403);
    expect((await intake('analyst-other', 'GET', '/v1/watchlists/ftf/usage')).status).toBe(403);

    const alerts = await eventually(
      async () => {
        const rows = await sys.sql<{ actor: string; agency: string | null; details: Record<string, unknown> }>(
          `select actor, agency, details from audit.ledger where action = 'watchlist.usage-alert' order by seq`,
        );
        return rows.length === 3 ? rows : undefined;
      },
      { what: 'three usage alerts in the ledger', timeoutMs: 60_000 },
    );
    expect(alerts.map((a) => a.details.alert).sort()).toEqual(['another-principal', 'near-version-budget', 'version-budget-spent']);
    expect(alerts.find((a) => a.details.alert === 'version-budget-spent')).toMatchObject({
      actor: `principal:${ids['poc-customs']}`,
      details: { list: 'ftf', version: 1, count: 2000 },
    });
  });
});
