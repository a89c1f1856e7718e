import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, startApp } from '@passerelle/http';
import { kafkaConnectionFromEnv } from '@passerelle/messaging';
import { derivedId } from '@passerelle/crypto';
import {
  auditMigrations,
  gatewayMigrations,
  identityMigrations,
  intakeMigrations,
  keysMigrations,
  migrateSchema,
  routerMigrations,
} from '@passerelle/persistence';
import { createTestTopics, deleteTestTopics, eventually, produceAs, withTestAdmin } from '@passerelle/testing';
import { AuditModule } from '../apps/audit/src/app.module';
import { AUDIT_HTTP } from '../apps/audit/src/audit.http';
import { Checkpoint } from '../apps/audit/src/checkpoints/checkpoint-signature';
import { MakeCheckpointUseCase } from '../apps/audit/src/checkpoints/make-checkpoint.usecase';
import { SigningKey } from '../apps/audit/src/checkpoints/signing-key';
import { archiveCommand, archiveNow, backup, BackupLayout, ensureWalDir } from '../scripts/backup';
import { initCluster, localCluster, LocalCluster, portFree, query, reachableDir, startCluster, stopCluster } from '../scripts/pg-local';
import { reportOn, restore, RestoreOptions, RestoreReport } from '../scripts/restore';
import { exampleSignal } from './support/http';

/**
 * Backup and point-in-time restore on clusters of the test's own (initdb on their own ports, the
 * machine's server untouched): a ledger recorded by the real audit app from agency topics, a base
 * backup (pg_basebackup) with the server archiving its WAL, more signals, a restore to an instant
 * between two batches — and every signal after that instant accounted for, by id, as re-derivable
 * from Kafka or lost because the broker no longer holds it.
 */
describe('backup and point-in-time restore (scratch Postgres clusters, real audit, real Kafka)', () => {
  const REPO = join(__dirname, '..');
  let dir: string;
  let source: LocalCluster;
  let restored: LocalCluster | undefined;
  let layout: BackupLayout;
  let prefix: string;
  let audit: NestFastifyApplication | undefined;
  const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, KAFKA_TOPIC_PREFIX: process.env.KAFKA_TOPIC_PREFIX };

  async function freePort(): Promise<number> {
    for (;;) {
      const port = 56000 + Math.floor(Math.random() * 4000);
      if (await portFree(port)) return port;
    }
  }

  async function startAudit(url: string): Promise<NestFastifyApplication> {
    process.env.DATABASE_URL = url;
    process.env.KAFKA_TOPIC_PREFIX = prefix;
    const app = await createHttpApp(AuditModule, AUDIT_HTTP);
    await startApp(app);
    return app;
  }

  /** Produces one signal per ref on the agency's topic; resolves with the signal ids the ledger will name. */
  async function submit(agency: string, refs: string[]): Promise<string[]> {
    await produceAs(
      'admin',
      `${prefix}signals.${agency}.submitted.v1`,
      refs.map((ref) => ({ key: ref, value: JSON.stringify(exampleSignal('minimal', ref)) })),
    );
    return refs.map((ref) => derivedId('signal', agency, ref));
  }

  const submittedIn = async (url: string, ids: string[]) =>
    (
      await query<{ id: string; n: number }>(
        url,
        `select signal_id as id, count(*)::int as n from audit.ledger where action = 'signal.submitted' and signal_id = any($1) group by 1`,
        [ids],
      )
    ).reduce((m, r) => m.set(r.id, r.n), new Map<string, number>());

  const recorded = (url: string, ids: string[]) =>
    eventually(async () => ((await submittedIn(url, ids)).size === ids.length ? true : undefined), {
      timeoutMs: 60_000,
      what: `${ids.length} submissions in the ledger`,
    });

  const refs = (tag: string, n: number) => Array.from({ length: n }, (_, i) => `RESTORE-${tag}-${i}-${randomBytes(3).toString('hex')}`);

  beforeAll(async () => {
    const state = join(REPO, '.passerelle');
    dir = reachableDir(join(state, 'restore-test', randomBytes(4).toString('hex')), state);
    layout = { dir, base: join(dir, 'base'), wal: join(dir, 'wal') };
    ensureWalDir(layout);
    source = localCluster(join(dir, 'source'), await freePort());
    initCluster(source, { wal_level: 'replica', archive_mode: 'on', archive_command: archiveCommand(layout.wal), max_wal_senders: 4 });
    startCluster(source);
    await query(source.url(), 'create database passerelle');
    const url = source.url('passerelle');
    for (const [schema, migrations] of [
      ['identity', identityMigrations],
      ['gateway', gatewayMigrations],
      ['router', routerMigrations],
      ['intake', intakeMigrations],
      ['audit', auditMigrations],
      ['keys', keysMigrations],
    ] as const)
      await migrateSchema(url, schema, [...migrations]);
    prefix = await createTestTopics();
  }, 120_000);

  afterAll(async () => {
    await audit?.close();
    for (const c of [restored, source]) if (c) stopCluster(c, 'immediate');
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (prefix) await deleteTestTopics(prefix);
    Object.assign(process.env, savedEnv);
    for (const [k, v] of Object.entries(savedEnv)) if (v === undefined) delete process.env[k];
  });

  it('restores to an instant: the ledger verifies against every checkpoint signed by then, and each later signal is re-derived or reported lost', async () => {
    const url = source.url('passerelle');
    audit = await startAudit(url);
    const sign = () =>
      audit!
        .get(MakeCheckpointUseCase)
        .checkpointHead({ onlyIfMoved: false })
        .then((r) => r!.checkpoint);

    // Before the backup, and between the backup and the restore point.
    const before = [...(await submit('customs', refs('A', 4))), ...(await submit('mobility', refs('A', 4)))];
    await recorded(url, before);
    const saved: Checkpoint[] = [await sign()];
    await backup(url, layout);
    const between = [...(await submit('customs', refs('B', 3))), ...(await submit('mobility', refs('B', 3)))];
    await recorded(url, between);
    saved.push(await sign());
    const [{ at }] = await query<{ at: string }>(url, `select to_json(clock_timestamp())#>>'{}' as at`);
    const restorePoint = new Date(at);
    while (Date.now() <= restorePoint.getTime()) await new Promise((r) => setTimeout(r, 5));

    // After the restore point: customs' records will be gone from the broker, mobility's kept.
    const lateCustoms = await submit('customs', refs('C', 3));
    const lateMobility = await submit('mobility', refs('C', 3));
    await recorded(url, [...lateCustoms, ...lateMobility]);
    saved.push(await sign());
    await audit.close();
    audit = undefined;
    await archiveNow(url);
    // The broker's retention took customs' records (all of them, the ones before the restore point too).
    await withTestAdmin(async (admin) => {
      const topic = `${prefix}signals.customs.submitted.v1`;
      const offsets = await admin.fetchTopicOffsets(topic);
      await admin.deleteTopicRecords({ topic, partitions: offsets.map((p) => ({ partition: p.partition, offset: p.high })) });
    });

    const options: RestoreOptions = {
      to: restorePoint,
      layout,
      into: join(dir, 'restored'),
      port: await freePort(),
      database: 'passerelle',
      sourceUrl: url,
      savedCheckpoints: saved,
      kafka: { conn: kafkaConnectionFromEnv('admin', process.env), prefix },
      rewind: { marginSec: 300 },
      trusted: new SigningKey().trusted,
    };
    const report: RestoreReport = await restore(options);
    restored = localCluster(options.into, options.port);
    const restoredUrl = restored.url('passerelle');

    expect(report.ledger.verify).toMatchObject({ ok: true });
    expect(report.checkpoints).toMatchObject({ matched: expect.any(Number), failures: [] });
    // The two checkpoints signed by the restore point matched (each counted once per copy found), the third is after it.
    expect(report.checkpoints.matched).toBeGreaterThanOrEqual(2);
    expect(report.checkpoints.after).toBeGreaterThanOrEqual(1);
    expect(BigInt(report.ledger.head!.seq)).toBeGreaterThanOrEqual(BigInt(saved[1].seq));
    expect(BigInt(report.ledger.head!.seq)).toBeLessThan(BigInt(saved[2].seq));
    // What the restore kept, and what it did not.
    expect([...(await submittedIn(restoredUrl, [...before, ...between])).values()]).toEqual(Array(14).fill(1));
    expect((await submittedIn(restoredUrl, [...lateCustoms, ...lateMobility])).size).toBe(0);
    // Every later signal named: re-derivable while the broker holds it, lost (with its id) when not.
    const ids = (es: RestoreReport['afterRestorePoint']['lost']) =>
      es
        .filter((e) => e.action === 'signal.submitted')
        .map((e) => e.signalId)
        .sort();
    expect(report.afterRestorePoint.how).toBe('source ledger');
    expect(ids(report.afterRestorePoint.rederivable)).toEqual([...lateMobility].sort());
    expect(ids(report.afterRestorePoint.lost)).toEqual([...lateCustoms].sort());
    expect(report.rewound.length).toBeGreaterThan(0);

    // The audit started on the restored database re-derives what the broker still holds, once each.
    audit = await startAudit(restoredUrl);
    await recorded(restoredUrl, lateMobility);
    const counts = await submittedIn(restoredUrl, [...before, ...between, ...lateMobility, ...lateCustoms]);
    expect(counts.size).toBe(17);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(lateCustoms.some((id) => counts.has(id))).toBe(false);
    const again = await reportOn({ ...options, sourceUrl: undefined }, restoredUrl);
    expect(again.ledger.verify).toMatchObject({ ok: true });
    expect(again.checkpoints.failures).toEqual([]);
  }, 180_000);
});
