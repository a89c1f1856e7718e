import { purgeAll } from '@passerelle/persistence';
import { eventually } from '@passerelle/testing';
import { randomBytes } from 'node:crypto';
import { PurgeStaleDraftsUseCase } from '../apps/agency-gateway/src/drafts/purge-drafts.usecase';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Reporters' drafts are bounded (attack review, issue 24): at most DRAFTS_MAX_OPEN_PER_REPORTER drafts
 * not forwarded per reporter (one more is a 409 problem; kept small here), and a draft never forwarded
 * and untouched for DRAFTS_RETENTION_DAYS is removed by the gateway's retention purge, with a
 * `draft.purged` entry in the ledger (ids only). A forwarded draft stays (it is the signal's history).
 */
jest.setTimeout(3 * 60_000);

const MAX_OPEN = 3;
const RETENTION_DAYS = 30;

describe("bounds on reporters' drafts", () => {
  let sys: RunningSystem;
  let reporterId: string;

  beforeAll(async () => {
    // Read when the apps are built (this file's environment is its own).
    process.env.DRAFTS_MAX_OPEN_PER_REPORTER = String(MAX_OPEN);
    process.env.DRAFTS_RETENTION_DAYS = String(RETENTION_DAYS);
    process.env.PURGE_INTERVAL_MS = '0';
    sys = await startSystem(
      [
        { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'reporter', role: 'reporter', agency: 'customs', clearance: 'restricted' },
        { name: 'reporter-2', role: 'reporter', agency: 'customs', clearance: 'restricted' },
      ],
      ['agency-gateway', 'audit'],
    );
    [{ id: reporterId }] = await sys.sql<{ id: string }>(`select id::text from identity.principals where name = 'reporter'`);
  });
  afterAll(async () => {
    await sys?.close();
  });

  const gw = (key: string, method: string, path: string, body?: unknown) =>
    request(sys.urls['agency-gateway'], method, path, { key, body });
  const draft = async (who = 'reporter') => {
    const r = await gw(sys.keys[who], 'POST', '/v1/drafts', exampleSignal('subject-person', `BND-${randomBytes(4).toString('hex')}`));
    return r;
  };

  it('a reporter keeps at most the configured drafts not forwarded: one more is a 409 problem; forwarding one frees a place', async () => {
    const made: string[] = [];
    for (let i = 0; i < MAX_OPEN; i++) {
      const r = await draft();
      expect(r.status).toBe(201);
      made.push(r.body.draftId);
    }
    const over = await draft();
    expect(over.status).toBe(409);
    expect(over.headers.get('content-type')).toContain('application/problem+json');
    expect(over.body).toMatchObject({ status: 409 });
    expect(over.body.detail).toContain(`${MAX_OPEN} drafts not forwarded`);
    // Another reporter's drafts are its own count.
    expect((await draft('reporter-2')).status).toBe(201);

    // The cell forwards one: the reporter may draft again.
    const fwd = await gw(sys.keys['poc-customs'], 'POST', `/v1/drafts/${made[0]}/forward`);
    expect(fwd.status).toBeLessThan(300);
    const again = await draft();
    expect(again.status).toBe(201);
    expect((await draft()).status).toBe(409);
  });

  it('the retention purge removes drafts never forwarded and untouched for the retention, keeps forwarded ones, and records it in the ledger', async () => {
    const before = await sys.sql<{ id: string; status: string }>(
      `select id::text, status from gateway.drafts where reporter_id = $1 order by created_at`,
      [reporterId],
    );
    const open = before.filter((d) => d.status !== 'forwarded').map((d) => d.id);
    const forwarded = before.filter((d) => d.status === 'forwarded').map((d) => d.id);
    expect(open).toHaveLength(MAX_OPEN);
    expect(forwarded).toHaveLength(1);

    const job = sys.apps['agency-gateway'].get(PurgeStaleDraftsUseCase);
    // Not yet stale: nothing goes.
    expect(await purgeAll(job, new Date(Date.now() + (RETENTION_DAYS - 1) * 86_400_000))).toBe(0);
    // Past the retention: every draft never forwarded goes (both reporters'), the forwarded one stays.
    expect(await purgeAll(job, new Date(Date.now() + (RETENTION_DAYS + 1) * 86_400_000))).toBe(MAX_OPEN + 1);
    const after = await sys.sql<{ id: string }>(`select id::text from gateway.drafts`);
    expect(after.map((d) => d.id)).toEqual(forwarded);
    expect(await sys.sql(`select 1 from gateway.draft_steps where draft_id = any($1::uuid[])`, [open])).toEqual([]);

    const entries = await eventually(
      async () => {
        const rows = await sys.sql<{ actor: string; details: { draftIds: string[]; step: string; agency: string } }>(
          `select actor, details from audit.ledger where action = 'draft.purged' order by seq`,
        );
        return rows.length ? rows : undefined;
      },
      { what: 'the draft.purged entry in the ledger', timeoutMs: 60_000 },
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'service:gateway', details: { step: 'purged', agency: 'customs' } });
    expect(entries[0].details.draftIds).toEqual(expect.arrayContaining(open));
    expect(entries[0].details.draftIds).toHaveLength(MAX_OPEN + 1);
    expect(entries[0].details.draftIds).not.toContain(forwarded[0]);

    // The reporter may draft again.
    expect((await draft()).status).toBe(201);
  });
});
