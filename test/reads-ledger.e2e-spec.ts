import { EventTypes } from '@passerelle/contracts';
import { eventIds } from '@passerelle/messaging';
import { eventually } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

interface Entry {
  seq: string;
  action: string;
  actor: string;
  agency: string | null;
  signalId: string | null;
  details: Record<string, unknown>;
}

/**
 * Reads in the audit ledger (issue 32, items 3 and 12): a read is one entry listing what it
 * returned, whoever reads — an analyst's page, a point of contact's receipts and inbox — and it is
 * in the trail of every signal it listed. Access records go out on a lane of their own: however many
 * wait, an event that changes state does not wait behind them.
 */
describe('reads in the ledger: one entry per read, on a lane of their own', () => {
  let sys: RunningSystem;
  const saved = process.env.ACCESS_OUTBOX_BATCH_SIZE;
  const ids: string[] = [];
  const principal: Record<string, string> = {};

  const gateway = (who: string, path: string) => request(sys.urls['agency-gateway'], 'GET', path, { key: sys.keys[who] });
  const intake = (who: string, method: string, path: string, body?: unknown) =>
    request(sys.urls.intake, method, path, { key: sys.keys[who], body });
  /** The reads of `who` through `endpoint` recorded in the ledger, made at or after `since`. */
  const readsBy = (who: string, endpoint: string, since = new Date(0)) =>
    sys.sql<Entry>(
      `select seq::text, action, actor, agency, signal_id as "signalId", details from audit.ledger
        where action = 'access.recorded' and actor = $1 and details->>'endpoint' = $2 and occurred_at >= $3 order by seq`,
      [`principal:${principal[who]}`, endpoint, since.toISOString()],
    );

  beforeAll(async () => {
    // The access lane drains a small batch per pass here, so that the backlog below outlasts the test.
    process.env.ACCESS_OUTBOX_BATCH_SIZE = '20';
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
    ]);
    for (const r of await sys.sql<{ id: string; name: string }>(`select id, name from identity.principals`)) principal[r.name] = r.id;
    const batch = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals/batch', {
      key: sys.keys['poc-customs'],
      body: { signals: ['subject-vehicle', 'subject-iban', 'subject-phone'].map((n) => exampleSignal(n)) },
    });
    expect(batch.status).toBe(200);
    ids.push(...batch.body.results.map((r: { signalId: string }) => r.signalId));
    await eventually(
      async () => {
        const [{ n }] = await sys.sql<{ n: number }>(`select count(*)::int as n from intake.signals where signal_id = any($1::uuid[])`, [
          ids,
        ]);
        return n === ids.length || undefined;
      },
      { what: 'the three signals in the intake', timeoutMs: 60000 },
    );
  });

  afterAll(async () => {
    await sys?.close();
    if (saved === undefined) delete process.env.ACCESS_OUTBOX_BATCH_SIZE;
    else process.env.ACCESS_OUTBOX_BATCH_SIZE = saved;
  });

  it("an analyst's page of the feed is one entry listing its signals, found by each signal's trail and ?signal=", async () => {
    const page = await intake('analyst', 'GET', '/v1/feeds/ocam/signals?limit=500');
    expect(page.status).toBe(200);
    const returned: string[] = page.body.items.map((i: { signalId: string }) => i.signalId);
    expect(returned).toEqual(expect.arrayContaining(ids));
    const [entry] = await eventually(
      async () => {
        const e = await readsBy('analyst', 'GET /v1/feeds/ocam/signals');
        return e.length ? e : undefined;
      },
      { what: "the page's read in the ledger" },
    );
    expect(await readsBy('analyst', 'GET /v1/feeds/ocam/signals')).toHaveLength(1);
    expect(entry.details).toMatchObject({ signalIds: returned, agencies: ['customs'], role: 'analyst', principalName: 'analyst' });
    expect(entry.agency).toBe('customs');

    // Who read signal X: its trail, and the events filtered by it, hold that one entry.
    for (const id of ids) {
      const trail = await request(sys.urls.audit, 'GET', `/v1/audit/signals/${id}/trail`, { key: sys.keys.oversight });
      expect(trail.status).toBe(200);
      expect(trail.body.entries.filter((e: Entry) => e.action === 'access.recorded').map((e: Entry) => e.seq)).toContain(entry.seq);
      const found = await request(sys.urls.audit, 'GET', `/v1/audit/events?signal=${id}&action=access.recorded`, {
        key: sys.keys.oversight,
      });
      expect(found.status).toBe(200);
      expect(found.body.entries.map((e: Entry) => e.seq)).toContain(entry.seq);
    }
  });

  it("a point of contact's reads — a receipt, its receipts, its feedback inbox — are each one entry listing the signals shown", async () => {
    // Feedback exists for each signal (routing and delivery notices) before the inbox is read.
    await eventually(
      async () => {
        const inbox = await gateway('poc-customs', '/v1/feedback?limit=500');
        const seen = new Set(inbox.body.items.map((i: { signalId: string }) => i.signalId));
        return ids.every((id) => seen.has(id)) || undefined;
      },
      { what: 'feedback on every signal in the inbox', timeoutMs: 60000 },
    );
    // Rows written to the gateway's access lane, counted by its id sequence: the relay deletes a row
    // once published, so counting the rows the table holds would miss those already sent.
    const rowsWritten = async () =>
      Number((await sys.sql<{ n: string }>(`select last_value::text as n from gateway.access_outbox_id_seq`))[0].n);
    const before = await rowsWritten();
    // The polls above were reads too (each recorded): what follows is judged from here.
    const since = new Date();
    const receipt = await gateway('poc-customs', `/v1/signals/${ids[0]}`);
    expect(receipt.status).toBe(200);
    const list = await gateway('poc-customs', '/v1/signals?limit=200');
    expect(list.status).toBe(200);
    const listed: string[] = list.body.items.map((i: { signalId: string }) => i.signalId);
    const inbox = await gateway('poc-customs', '/v1/feedback?limit=500');
    expect(inbox.status).toBe(200);
    const questioned: string[] = [...new Set<string>(inbox.body.items.map((i: { signalId: string }) => i.signalId))];
    // Each read is durable in the gateway's access lane before its answer left: one row per read.
    expect((await rowsWritten()) - before).toBe(3);

    const expected: [string, string[]][] = [
      ['GET /v1/signals/{id}', [ids[0]]],
      ['GET /v1/signals', listed],
      ['GET /v1/feedback', questioned],
    ];
    for (const [endpoint, signals] of expected) {
      const entries = await eventually(
        async () => {
          const e = await readsBy('poc-customs', endpoint, since);
          return e.length ? e : undefined;
        },
        { what: `the POC's read ${endpoint} in the ledger` },
      );
      expect(entries).toHaveLength(1);
      expect(entries[0].details).toMatchObject({ signalIds: signals, agencies: ['customs'], role: 'poc', principalName: 'poc-customs' });
      expect(entries[0].agency).toBe('customs');
    }
    // The inbox read is in the trail of a signal it showed: oversight sees who read its feedback.
    const trail = await request(sys.urls.audit, 'GET', `/v1/audit/signals/${ids[1]}/trail`, { key: sys.keys.oversight });
    expect(trail.body.entries.some((e: Entry) => e.action === 'access.recorded' && e.details.endpoint === 'GET /v1/feedback')).toBe(true);
  });

  it('a backlog of 20,000 reads waiting to be published does not delay feedback: it reaches Kafka and the ledger at once', async () => {
    // 20,000 access records waiting in the intake's access lane (as many feed pages opened at once
    // would leave them), valid records that the relay publishes like any other.
    const topic = `${sys.topicPrefix}access.recorded.v1`;
    await sys.sql(
      `insert into intake.access_outbox (event_id, event_type, topic, key, trace_id, payload)
       select e.id, $1, $2, $3, md5(e.id), jsonb_build_object(
                'eventId', e.id, 'occurredAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'principalId', $3::text, 'principalName', 'analyst', 'role', 'analyst', 'outcome', 'read',
                'endpoint', 'GET /v1/feeds/ocam/signals', 'signalIds', jsonb_build_array($4::text), 'agencies', jsonb_build_array('customs'))
         from (select gen_random_uuid()::text as id from generate_series(1, 20000)) e`,
      [EventTypes.accessRecorded, topic, principal.analyst, ids[2]],
    );
    const pending = async () =>
      (await sys.sql<{ n: number }>(`select count(*)::int as n from intake.access_outbox where published_at is null`))[0].n;
    expect(await pending()).toBeGreaterThanOrEqual(19000);

    // A state-changing event: an assessment, whose feedback goes to the source agency.
    const read = await intake('analyst', 'GET', `/v1/signals/${ids[2]}`);
    expect(read.status).toBe(200);
    const started = Date.now();
    const assessed = await intake('analyst', 'POST', `/v1/signals/${ids[2]}/assessment`, {
      outcome: 'relevant',
      version: read.body.version,
    });
    expect(assessed.status).toBe(201);

    // In Kafka: the relay deletes the feedback's row (its id is the assessment's: one per signal and
    // version) once the broker acknowledged it. It was written, in the assessment's transaction: the
    // ledger's `feedback.assessed` below can only come from it.
    const feedbackId = eventIds.assessment(ids[2], assessed.body.version);
    await eventually(
      async () => ((await sys.sql(`select 1 from intake.outbox where event_id::text = $1`, [feedbackId])).length === 0 ? true : undefined),
      { what: 'the assessment feedback published to Kafka', timeoutMs: 15000, intervalMs: 50 },
    );
    const toKafka = Date.now() - started;
    const stillWaiting = await pending();
    await eventually(
      async () =>
        (await sys.sql(`select 1 from audit.ledger where action = 'feedback.assessed' and signal_id = $1`, [ids[2]]))[0] ? true : undefined,
      { what: 'the assessment feedback in the ledger', timeoutMs: 15000, intervalMs: 50 },
    );
    const toLedger = Date.now() - started;
    const stillWaitingAtLedger = await pending();
    process.stdout.write(
      `feedback behind a read backlog: in Kafka after ${toKafka} ms (${stillWaiting} reads still waiting), ` +
        `in the ledger after ${toLedger} ms (${stillWaitingAtLedger} still waiting)\n`,
    );
    // The reads were still waiting when the feedback had gone all the way: it did not queue behind them.
    expect(stillWaiting).toBeGreaterThan(10000);
    expect(stillWaitingAtLedger).toBeGreaterThan(10000);
    expect(toKafka).toBeLessThan(10000);
    // And the lane is moving: reads are published too, not starved in turn.
    await eventually(async () => ((await pending()) < stillWaitingAtLedger ? true : undefined), { what: 'the read backlog draining' });
  });
});
