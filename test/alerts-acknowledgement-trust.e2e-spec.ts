import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { topicNames } from '@passerelle/contracts';
import { eventually, produceAs, readTopic } from '@passerelle/testing';
import { request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Who the ledger says acknowledged an alert at an agency's gateway (issue 29, item 7; attack review).
 * The gateway publishes `alerts.<agency>.acknowledged.v1` with the POC's id and name; its Kafka user
 * may write every agency's topic, so the intake trusts the message for ids only: the principal must be
 * a point of contact of the topic's agency in the intake's own principals — another agency's POC, an
 * analyst or nobody is dead-lettered with its reason — and the name the ledger shows is the one the
 * intake holds for that id, never the payload's. The genuine acknowledgement behind the forged ones on
 * the same partition is filed.
 */
jest.setTimeout(3 * 60_000);

const FORGED_NAME = 'Director General (forged)';

describe("an alert acknowledged at a gateway names a POC of the topic's agency, by the intake's own record", () => {
  let sys: RunningSystem;
  let smtp: SMTPServer;
  let t: ReturnType<typeof topicNames>;
  let ids: Record<string, string>;
  let alertId: string;

  beforeAll(async () => {
    // A sink for the cell's e-mails, so that deliveries succeed and nothing else is in the way.
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, done) {
        stream.on('data', () => undefined);
        stream.on('end', () => done());
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const rota = join(mkdtempSync(join(tmpdir(), 'passerelle-rota-')), 'rota.json');
    // No escalation during the test: the alert stays with the cell's first POC.
    writeFileSync(
      rota,
      JSON.stringify({
        version: 1,
        escalateAfterSeconds: 3600,
        onDuty: [{ name: 'analyst', email: 'duty@ocam.test' }],
        permanenceCells: { customs: { onDuty: [{ name: 'poc-customs', email: 'cell-1@customs.test' }] } },
      }),
    );
    Object.assign(process.env, {
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      ALERTS_ROTA_FILE: rota,
      ALERTS_POLL_MS: '200',
    });
    sys = await startSystem(
      [
        { name: 'analyst', role: 'analyst', clearance: 'secret', feeds: ['ocam'] },
        { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
      ],
      ['intake', 'audit'],
    );
    t = topicNames(sys.topicPrefix);
    const rows = await sys.sql<{ id: string; name: string }>(`select id::text, name from identity.principals`);
    ids = Object.fromEntries(rows.map((r) => [r.name, r.id]));
    // OCAM's RFI to customs alerts customs' permanence cell: its first POC.
    const rfi = await request(sys.urls.intake, 'POST', '/v1/products', {
      key: sys.keys.analyst,
      body: {
        kind: 'rfi',
        title: 'RFI: goods through the port',
        body: 'Which containers were inspected last week?',
        categories: ['terrorism'],
        competences: ['goods'],
        regions: ['poe-port-zeebrugge'],
        level: 2,
        classification: 'restricted',
        handling: 'H2',
        legalBasis: 'ocam-law-2006-art-10',
        targetAgencies: ['customs'],
        deadline: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(),
      },
    });
    expect(rfi.status).toBe(201);
    const [alert] = await sys.sql<{ id: string; recipient_id: string }>(
      `select id::text, recipient_id::text from intake.alerts where product_id = $1 and agency = 'customs'`,
      [rfi.body.productId],
    );
    expect(alert.recipient_id).toBe(ids['poc-customs']);
    alertId = alert.id;
  });

  afterAll(async () => {
    await sys?.close();
    for (const k of ['SMTP_URL', 'ALERTS_ROTA_FILE', 'ALERTS_POLL_MS']) delete process.env[k];
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  const acknowledgement = (principalId: string, principalName: string) => ({
    key: alertId,
    value: JSON.stringify({
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      alertId,
      agency: 'customs',
      principalId,
      principalName,
    }),
  });

  it("dead-letters another agency's POC, an analyst and nobody; files the POC's own with the intake's name for it, not the payload's", async () => {
    // As the gateway's user (the one allowed to write it), one partition (same key), the genuine one last —
    // with a forged name in it.
    await produceAs('gateway', t.alertAcknowledgements('customs'), [
      acknowledgement(ids['poc-mobility'], 'poc-customs'),
      acknowledgement(ids.analyst, 'poc-customs'),
      acknowledgement(randomUUID(), 'poc-customs'),
      acknowledgement(ids['poc-customs'], FORGED_NAME),
    ]);

    const done = await eventually(
      async () => {
        const [a] = await sys.sql<{ acknowledged_by: string | null; escalate_at: Date | null }>(
          `select acknowledged_by::text, escalate_at from intake.alerts where id = $1`,
          [alertId],
        );
        return a.acknowledged_by ? a : undefined;
      },
      { what: 'the genuine acknowledgement at the intake', timeoutMs: 60_000 },
    );
    expect(done).toEqual({ acknowledged_by: ids['poc-customs'], escalate_at: null });

    // The ledger: one acknowledgement, by the POC under the name the intake holds for it.
    const acked = await eventually(
      async () => {
        const rows = await sys.sql<{ actor: string; details: Record<string, unknown> }>(
          `select actor, details from audit.ledger where action = 'alert.acknowledged' and details->>'alertId' = $1`,
          [alertId],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'alert.acknowledged in the ledger', timeoutMs: 60_000 },
    );
    expect(acked).toHaveLength(1);
    expect(acked[0].actor).toBe(`principal:${ids['poc-customs']}`);
    expect(acked[0].details).toMatchObject({ principalId: ids['poc-customs'], principalName: 'poc-customs' });
    const everything = await sys.sql<{ details: unknown }>(`select details from audit.ledger`);
    expect(JSON.stringify(everything)).not.toContain(FORGED_NAME);

    // The three forged ones: dead letters with their reason, from the intake's flow consumer.
    const letters = await eventually(
      async () => {
        const all = (await readTopic(t.deadLetters('intake')))
          .map((r) => JSON.parse(r.value!) as { sourceTopic: string; consumer: string; reasons: { path: string; reason: string }[] })
          .filter((d) => d.sourceTopic === t.alertAcknowledgements('customs'));
        return all.length >= 3 ? all : undefined;
      },
      { what: 'three dead letters of forged acknowledgements', timeoutMs: 60_000 },
    );
    expect(letters).toHaveLength(3);
    for (const d of letters) {
      expect(d.consumer).toBe('intake-flow');
      expect(d.reasons).toEqual([{ path: 'principalId', reason: 'principal-not-of-agency' }]);
    }
  });
});
