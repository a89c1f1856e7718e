import { eventually } from '@passerelle/testing';
import { randomBytes } from 'node:crypto';
import { exampleSignal, request } from './support/http';
import { twoOfficers } from './support/officers';
import { RunningSystem, startSystem } from './support/system';

/**
 * Issue 29, item 6, on the real stack (Kafka, Postgres, every service): a field officer (`reporter`)
 * of customs, created by two customs officers, drafts a signal; the permanence cell (customs' POC)
 * returns it with a comment; the reporter edits; the POC validates, edits, forwards — the signal
 * goes through the normal submission path once, whatever the number of forwards; the analyst reads
 * it with both names, assesses it with a question; the reporter reads OCAM's feedback on its draft.
 * The ledger has each step (which fields an edit changed, never a value or the comment), and the
 * refusals: a reporter forwarding (403), another agency's POC (404), an edit after forwarding (409).
 */
jest.setTimeout(4 * 60_000);

interface Entry {
  actor: string;
  action: string;
  signal_id: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- details are asserted field by field
  details: any;
}

describe('reporters and the permanence cell', () => {
  let sys: RunningSystem;
  let reporter: { id: string; apiKey: string; name: string };
  const ids: Record<string, string> = {};
  const MARK = `Rp${randomBytes(6).toString('hex')}`;
  const COMMENT = `Add the plate of the van ${MARK}-comment`;
  const QUESTION = `Which ferry did ${MARK} take?`;

  const gw = (key: string, method: string, path: string, body?: unknown) =>
    request(sys.urls['agency-gateway'], method, path, { key, body });
  const ledger = (where: string, params: unknown[]) =>
    sys.sql<Entry>(`select actor, action, signal_id::text, details from audit.ledger where ${where} order by seq`, params);
  const entries = (what: string, where: string, params: unknown[], n = 1) =>
    eventually(
      async () => {
        const rows = await ledger(where, params);
        return rows.length >= n ? rows : undefined;
      },
      { what, timeoutMs: 60_000 },
    );

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'officer-customs-a', role: 'security-officer', agency: 'customs', clearance: 'confidential' },
      { name: 'officer-customs-b', role: 'security-officer', agency: 'customs', clearance: 'confidential' },
      { name: 'officer-mobility', role: 'security-officer', agency: 'mobility', clearance: 'confidential' },
      { name: 'officer-ocam', role: 'security-officer', clearance: 'confidential' },
    ]);
    for (const r of await sys.sql<{ id: string; name: string }>(`select id::text, name from identity.principals`)) ids[r.name] = r.id;
  });

  afterAll(async () => {
    await sys?.close();
  });

  it('a reporter is created like any principal: by two officers of its agency, never by another agency’s, always with an agency', async () => {
    const admin = (key: string, body: unknown) => request(sys.urls.intake, 'POST', '/v1/admin/principals', { key, body });
    const noAgency = await admin(sys.keys['officer-ocam'], { name: 'reporter-nowhere', role: 'reporter', clearance: 'restricted' });
    expect(noAgency.status).toBe(422);
    expect(JSON.stringify(noAgency.body)).toContain('agency');
    const outside = await admin(sys.keys['officer-mobility'], {
      name: 'reporter-elsewhere',
      role: 'reporter',
      agency: 'customs',
      clearance: 'restricted',
    });
    expect(outside.status).toBe(403);
    // One officer asks (held for a second: 202), the other approves; the reporter redeems its key halves.
    reporter = await twoOfficers(sys.urls.intake, sys.keys['officer-customs-a'], sys.keys['officer-customs-b']).create({
      name: 'reporter-customs-zeebrugge',
      role: 'reporter',
      agency: 'customs',
      clearance: 'restricted',
    });
    expect(reporter.name).toBe('reporter-customs-zeebrugge');
    const [row] = await sys.sql<{ role: string; agency: string }>(`select role, agency from identity.principals where id = $1`, [
      reporter.id,
    ]);
    expect(row).toEqual({ role: 'reporter', agency: 'customs' });
    // A reporter submits nothing itself, nor reads the agency's signals or inbox.
    expect((await gw(reporter.apiKey, 'POST', '/v1/signals', exampleSignal('subject-person'))).status).toBe(403);
    expect((await gw(reporter.apiKey, 'GET', '/v1/feedback')).status).toBe(403);
  });

  it('drafts → returned with a comment → edited → validated → edited by the cell → forwarded once → assessed → feedback to the reporter', async () => {
    const body = exampleSignal('subject-person', `RPT-${randomBytes(4).toString('hex')}`);
    body.summary = `Van seen at the quay, driver ${MARK}`;

    // Bad drafts: the signal contract, checked the same way (400 naming the field); provenance is the gateway's.
    const { summary: _omit, ...noSummary } = body;
    const invalid = await gw(reporter.apiKey, 'POST', '/v1/drafts', noSummary);
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body.errors)).toContain('summary');
    const forged = await gw(reporter.apiKey, 'POST', '/v1/drafts', { ...body, provenance: { reportedBy: 'x-y', forwardedBy: 'y-z' } });
    expect(forged.status).toBe(400);
    expect(forged.body.errors).toEqual([expect.objectContaining({ path: 'provenance' })]);
    const above = await gw(reporter.apiKey, 'POST', '/v1/drafts', { ...body, classification: 'confidential' });
    expect(above.status).toBe(403);

    const created = await gw(reporter.apiKey, 'POST', '/v1/drafts', body);
    expect(created.status).toBe(201);
    const id: string = created.body.draftId;
    expect(created.body).toMatchObject({ status: 'pending', reporter: reporter.name, agency: 'customs', steps: [{ step: 'created' }] });

    // The cell's queue holds it; another agency's POC does not see it, nor can touch it (404, recorded).
    const queue = await gw(sys.keys['poc-customs'], 'GET', '/v1/drafts?status=pending');
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((d: { draftId: string }) => d.draftId)).toContain(id);
    const other = await gw(sys.keys['poc-mobility'], 'GET', '/v1/drafts');
    expect(other.body.items.map((d: { draftId: string }) => d.draftId)).not.toContain(id);
    expect((await gw(sys.keys['poc-mobility'], 'GET', `/v1/drafts/${id}`)).status).toBe(404);
    expect((await gw(sys.keys['poc-mobility'], 'POST', `/v1/drafts/${id}/forward`)).status).toBe(404);
    expect((await gw(sys.keys['poc-mobility'], 'POST', `/v1/drafts/${id}/return`, { comment: 'no' })).status).toBe(404);

    // The reporter cannot forward (or validate) its own draft: 403, recorded.
    expect((await gw(reporter.apiKey, 'POST', `/v1/drafts/${id}/forward`)).status).toBe(403);
    expect((await gw(reporter.apiKey, 'POST', `/v1/drafts/${id}/validation`)).status).toBe(403);

    // Returned with a comment; a returned draft is with its reporter (the cell cannot forward it).
    expect((await gw(sys.keys['poc-customs'], 'POST', `/v1/drafts/${id}/return`, { comment: '' })).status).toBe(400);
    const returned = await gw(sys.keys['poc-customs'], 'POST', `/v1/drafts/${id}/return`, { comment: COMMENT });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    expect((await gw(sys.keys['poc-customs'], 'POST', `/v1/drafts/${id}/forward`)).status).toBe(409);
    const mine = await gw(reporter.apiKey, 'GET', `/v1/drafts/${id}`);
    expect(mine.body).toMatchObject({
      status: 'returned',
      steps: [{ step: 'created' }, { step: 'returned', by: 'poc-customs', comment: COMMENT }],
    });

    // The reporter edits: the draft goes back to the cell, the step names the fields changed.
    const edited = await gw(reporter.apiKey, 'PUT', `/v1/drafts/${id}`, {
      ...body,
      summary: `${body.summary}; van plate 1-ABC-123`,
      evaluation: { ...body.evaluation, sourceReliability: 'A' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.status).toBe('pending');
    expect(edited.body.steps[2]).toMatchObject({ step: 'edited', by: reporter.name, fields: ['evaluation.sourceReliability', 'summary'] });

    // The cell validates, then corrects the urgency itself (its edit is recorded the same way).
    expect((await gw(sys.keys['poc-customs'], 'POST', `/v1/drafts/${id}/validation`)).body.status).toBe('validated');
    const fixed = await gw(sys.keys['poc-customs'], 'PUT', `/v1/drafts/${id}`, { ...edited.body.signal, urgency: 'priority' });
    expect(fixed.status).toBe(200);
    expect(fixed.body.steps[4]).toMatchObject({ step: 'edited', by: 'poc-customs', fields: ['urgency'] });

    // Forwarded: a signal, once — a second forward answers the same signal and submits nothing.
    const forwarded = await gw(sys.keys['poc-customs'], 'POST', `/v1/drafts/${id}/forward`);
    expect(forwarded.status).toBe(200);
    expect(forwarded.body).toMatchObject({ status: 'forwarded', repeated: false, forwardedBy: 'poc-customs' });
    const signalId: string = forwarded.body.signalId;
    const again = await gw(sys.keys['poc-customs'], 'POST', `/v1/drafts/${id}/forward`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ signalId, repeated: true });
    const stored = await sys.sql<{ n: string }>(
      `select count(*)::text as n from gateway.signals where agency = 'customs' and external_ref = $1`,
      [body.externalRef],
    );
    expect(stored[0].n).toBe('1');
    // The submission keeps both names; a forwarded draft changes no more.
    const receipt = await gw(sys.keys['poc-customs'], 'GET', `/v1/signals/${signalId}`);
    expect(receipt.status).toBe(200);
    expect((await gw(reporter.apiKey, 'PUT', `/v1/drafts/${id}`, body)).status).toBe(409);
    expect((await gw(sys.keys['poc-customs'], 'PUT', `/v1/drafts/${id}`, body)).status).toBe(409);
    expect((await gw(sys.keys['poc-customs'], 'POST', `/v1/drafts/${id}/return`, { comment: 'late' })).status).toBe(409);
    // A POC still submits directly, but never names a reporter itself.
    const direct = await gw(sys.keys['poc-customs'], 'POST', '/v1/signals', {
      ...exampleSignal('subject-person'),
      provenance: { reportedBy: reporter.name, forwardedBy: 'poc-customs' },
    });
    expect(direct.status).toBe(400);
    expect((await gw(sys.keys['poc-customs'], 'POST', '/v1/signals', exampleSignal('subject-person'))).status).toBe(202);

    // The analyst sees the signal with both names, and asks a question.
    const read = await eventually(
      async () => {
        const r = await request(sys.urls.intake, 'GET', `/v1/signals/${signalId}`, { key: sys.keys.analyst });
        return r.status === 200 ? r : undefined;
      },
      { what: 'the forwarded signal at the intake', timeoutMs: 90_000 },
    );
    expect(read.body.provenance).toMatchObject({ agency: 'customs', reportedBy: reporter.name, forwardedBy: 'poc-customs' });
    expect(read.body.signal).toMatchObject({ urgency: 'priority', provenance: { reportedBy: reporter.name, forwardedBy: 'poc-customs' } });
    const asked = await request(sys.urls.intake, 'POST', `/v1/signals/${signalId}/assessment`, {
      key: sys.keys.analyst,
      body: { outcome: 'more-information-requested', note: QUESTION, version: read.body.version },
    });
    expect(asked.status).toBe(201);

    // The reporter sees OCAM's feedback on its draft's signal.
    const seen = await eventually(
      async () => {
        const r = await gw(reporter.apiKey, 'GET', `/v1/drafts/${id}`);
        return r.body.feedback?.some((f: { status: string }) => f.status === 'assessed') ? r : undefined;
      },
      { what: "OCAM's feedback in the reporter's draft", timeoutMs: 60_000 },
    );
    expect(seen.body).toMatchObject({ status: 'forwarded', signalId, signalStatus: 'assessed' });
    expect(seen.body.feedback.find((f: { status: string }) => f.status === 'assessed').detail).toMatchObject({
      outcome: 'more-information-requested',
      question: QUESTION,
    });
    const list = await gw(reporter.apiKey, 'GET', '/v1/drafts');
    expect(list.body.items.map((d: { draftId: string }) => d.draftId)).toEqual([id]);

    // The ledger: each step, by whom, the fields an edit changed — no value, no comment.
    const steps = await entries('the draft steps in the ledger', `action like 'draft.%' and details->>'draftId' = $1`, [id], 6);
    expect(steps.map((e) => [e.action, e.actor])).toEqual([
      ['draft.created', `principal:${reporter.id}`],
      ['draft.returned', `principal:${ids['poc-customs']}`],
      ['draft.edited', `principal:${reporter.id}`],
      ['draft.validated', `principal:${ids['poc-customs']}`],
      ['draft.edited', `principal:${ids['poc-customs']}`],
      ['draft.forwarded', `principal:${ids['poc-customs']}`],
    ]);
    expect(steps[2].details.fields).toEqual(['evaluation.sourceReliability', 'summary']);
    expect(steps[4].details.fields).toEqual(['urgency']);
    expect(steps[5].signal_id).toBe(signalId);
    for (const e of steps) expect(e.details).toMatchObject({ draftId: id, reporterId: reporter.id, agency: 'customs' });
    const all = JSON.stringify(await ledger(`action like 'draft.%' or details::text like $1`, [`%${MARK}%`]));
    expect(all).not.toContain(MARK);
    expect(all).not.toContain('plate');
    // The refusals, recorded: the reporter's forward (403, role), the other agency's POC (404).
    const denied = await entries(
      'the refused attempts in the ledger',
      `action = 'access.denied' and details->>'resourceId' = $1 and actor = any($2::text[])`,
      [id, [`principal:${reporter.id}`, `principal:${ids['poc-mobility']}`]],
      5,
    );
    expect(denied.map((e) => [e.actor, e.details.endpoint, String(e.details.status)])).toEqual(
      expect.arrayContaining([
        [`principal:${reporter.id}`, 'POST /v1/drafts/{id}/forward', '403'],
        [`principal:${ids['poc-mobility']}`, 'GET /v1/drafts/{id}', '404'],
        [`principal:${ids['poc-mobility']}`, 'POST /v1/drafts/{id}/forward', '404'],
      ]),
    );
    // The signal's trail holds its forwarding, among its submission and routing.
    const trail = await ledger(`signal_id = $1`, [signalId]);
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['signal.submitted', 'draft.forwarded']));
  });
  it('a draft marked above a reader’s clearance is not the reader’s; every answer that held drafts is a draft.read in the ledger', async () => {
    const cleared = await twoOfficers(sys.urls.intake, sys.keys['officer-customs-a'], sys.keys['officer-customs-b']).create({
      name: 'reporter-customs-antwerp',
      role: 'reporter',
      agency: 'customs',
      clearance: 'confidential',
    });
    const body = exampleSignal('subject-person', `RPT-C-${randomBytes(4).toString('hex')}`);
    body.classification = 'confidential';
    body.summary = `Container seal broken, ${MARK}-confidential`;
    const created = await gw(cleared.apiKey, 'POST', '/v1/drafts', body);
    expect(created.status).toBe(201);
    const id: string = created.body.draftId;
    // Its reporter reads it (marked within its clearance).
    const own = await gw(cleared.apiKey, 'GET', `/v1/drafts/${id}`);
    expect(own.status).toBe(200);
    expect(own.body.signal.classification).toBe('confidential');

    // The cell's POC is cleared RESTREINT only: the draft is not in its queue, and opening or acting
    // on it answers 404, as for another agency's draft.
    const queue = await gw(sys.keys['poc-customs'], 'GET', '/v1/drafts?limit=200');
    expect(queue.status).toBe(200);
    expect(queue.body.items.length).toBeGreaterThan(0);
    expect(queue.body.items.map((d: { draftId: string }) => d.draftId)).not.toContain(id);
    expect(JSON.stringify(queue.body)).not.toContain(MARK + '-confidential');
    expect((await gw(sys.keys['poc-customs'], 'GET', `/v1/drafts/${id}`)).status).toBe(404);
    expect((await gw(sys.keys['poc-customs'], 'POST', `/v1/drafts/${id}/validation`)).status).toBe(404);
    expect((await gw(sys.keys['poc-customs'], 'POST', `/v1/drafts/${id}/forward`)).status).toBe(404);
    expect((await gw(sys.keys['poc-customs'], 'PUT', `/v1/drafts/${id}`, { ...body, classification: 'restricted' })).status).toBe(404);

    // A repeated query key is a 400 naming it, not a failure.
    const twice = await gw(sys.keys['poc-customs'], 'GET', '/v1/drafts?status=pending&status=returned');
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body)).toContain('status');

    // Each answer that held drafts is a read of them in the ledger: ids only, never content.
    const [mine] = await entries('the reporter’s read of its draft', `action = 'draft.read' and actor = $1`, [`principal:${cleared.id}`]);
    expect(mine.details).toMatchObject({ endpoint: 'GET /v1/drafts/{id}', agency: 'customs', draftIds: [id], role: 'reporter' });
    const cell = await entries('the cell’s reads of its queue', `action = 'draft.read' and actor = $1`, [
      `principal:${ids['poc-customs']}`,
    ]);
    const listed = cell.filter((e) => e.details.endpoint === 'GET /v1/drafts');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed[listed.length - 1].details.draftIds.sort()).toEqual(queue.body.items.map((d: { draftId: string }) => d.draftId).sort());
    for (const e of cell) expect(e.details.draftIds).not.toContain(id);
    expect(JSON.stringify([mine, ...cell])).not.toContain(MARK);
  });
});
