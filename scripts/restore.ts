/**
 * `npm run restore -- --to <time> [--into <dir>] [--port <n>] [--source <url>] [--checkpoints <file>]
 *                     [--rewind-consumers] [--rewind-margin <seconds>] [--stop] [--json <file>]`
 *
 * Point-in-time restore with Postgres's own recovery: the newest base backup of `npm run backup`
 * that was finished before <time> is copied into a new data directory (default
 * .passerelle/restore/<stamp>), the server replays the WAL archive up to <time>
 * (recovery_target_time) and is promoted, on its own loopback port (default 55440). The cluster
 * the backup came from is never touched.
 *
 * Then it reports, never silently:
 * - the restored ledger verifies (every hash, link and checkpoint in it), and every signed
 *   checkpoint made up to <time> — the restored database's own, the source's when --source is
 *   reachable, the oversight body's saved copies with --checkpoints — matches the restored entry at
 *   its seq;
 * - what happened after <time>: with --source (the damaged or rehearsed database, when it can still
 *   be read), every ledger entry past the restored head, by id, as re-derivable (its Kafka record
 *   is still on the broker: the apps record it again once their consumers are rewound) or lost
 *   (the broker no longer holds it, or it never came from Kafka); without --source, per Kafka
 *   partition, the records past the restored positions still held (re-derivable) and the offsets
 *   no longer held (lost).
 * - --rewind-consumers moves this deployment's consumer groups (their apps stopped) back to the
 *   first records written after <time> − margin (default 300 s), never forward: started on the
 *   restored database the apps then re-derive what the broker still holds, and their inboxes and
 *   the ledger's (topic, event id) key drop what the database already has.
 *
 * Exit code 0: restored and verified; 1: failed or did not verify (why printed); 2: usage.
 */
import 'reflect-metadata';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { DataSource } from 'typeorm';
import { kafkaClient, kafkaConnectionFromEnv, KafkaConnection } from '@passerelle/messaging';
import { databaseName, DEFAULT_DATABASE_URL } from '@passerelle/persistence';
import { Checkpoint, checkSignature } from '../apps/audit/src/checkpoints/checkpoint-signature';
import { CheckpointsRepository } from '../apps/audit/src/checkpoints/checkpoints.repository';
import { SigningKey } from '../apps/audit/src/checkpoints/signing-key';
import { LedgerRepository } from '../apps/audit/src/ledger/ledger.repository';
import { VerifyLedgerUseCase, VerifyResult } from '../apps/audit/src/ledger/verify-ledger.usecase';
import { BackupLayout, backupLayout, BackupMeta, listBackups } from './backup';
import {
  baseSettings,
  clusterRunning,
  giveToServerUser,
  localCluster,
  LocalCluster,
  portFree,
  query,
  reachableDir,
  serverLogTail,
  startCluster,
  stopCluster,
  writeSettings,
} from './pg-local';

const ROOT = resolve(__dirname, '..', '..');
const STATE_DIR = join(ROOT, '.passerelle');

export interface RestoreOptions {
  to: Date;
  layout: BackupLayout;
  into: string;
  port: number;
  /** The database's name (the cluster holds every database of the source). */
  database: string;
  /** The source database, when it can still be read (rehearsal, or a restore after a bad change). */
  sourceUrl?: string;
  /** Checkpoints saved outside the database (GET /v1/audit/checkpoints answers). */
  savedCheckpoints?: Checkpoint[];
  kafka?: { conn: KafkaConnection; prefix: string };
  rewind?: { marginSec: number };
  trusted: KeyObject[];
}

interface EntryRef {
  seq: string;
  eventId: string;
  action: string;
  agency: string | null;
  signalId: string | null;
  sourceTopic: string;
  sourcePartition: number;
  sourceOffset: string;
}

export interface RestoreReport {
  restoredTo: string;
  backup: Pick<BackupMeta, 'label' | 'finishedAt'>;
  url: string;
  dataDir: string;
  recoverySeconds: number;
  ledger: { head: { seq: string; hash: string } | null; verify: VerifyResult };
  checkpoints: {
    /** Signed up to the restore point and matched against the restored ledger. */
    matched: number;
    /** Signed after the restore point: they name entries the restore cannot have, so not judged. */
    after: number;
    failures: { seq: string; signedAt: string; why: string }[];
  };
  afterRestorePoint: {
    how: 'source ledger' | 'kafka positions' | 'not assessed';
    rederivable: EntryRef[];
    lost: EntryRef[];
    /** Without a source ledger: offsets the broker no longer holds past the restored positions. */
    lostOffsets: { topic: string; partition: number; from: string; to: string }[];
    rederivableCount: number;
  };
  rewound: { group: string; topic: string; partition: number; from: string; to: string }[];
  ok: boolean;
}

/** The newest backup finished at or before `to`; throws saying which backups there are. */
export function chooseBackup(layout: BackupLayout, to: Date): BackupMeta {
  const all = listBackups(layout);
  const usable = all.filter((b) => Date.parse(b.finishedAt) <= to.getTime());
  if (usable.length === 0) {
    throw new Error(
      all.length === 0
        ? `no base backup in ${layout.base}: run 'npm run backup' first`
        : `no base backup finished by ${to.toISOString()} (the oldest finished at ${all[0].finishedAt})`,
    );
  }
  return usable[usable.length - 1];
}

/** Copies the backup into `into` and replays the archive up to `to`; resolves once promoted. */
export async function recover(o: RestoreOptions, meta: BackupMeta): Promise<{ cluster: LocalCluster; seconds: number }> {
  if (existsSync(o.into) && readdirSync(o.into).length > 0) throw new Error(`${o.into} is not empty: restore into a new directory`);
  if (!(await portFree(o.port))) throw new Error(`port ${o.port} is taken: choose another with --port`);
  const started = Date.now();
  mkdirSync(o.into, { recursive: true, mode: 0o700 });
  cpSync(meta.dir, o.into, { recursive: true });
  for (const f of ['postmaster.pid', 'postmaster.opts', 'passerelle-backup.json', 'server.log']) rmSync(join(o.into, f), { force: true });
  // A Debian cluster keeps its configuration in /etc: the copy gets a plain one of its own, loopback only.
  writeFileSync(join(o.into, 'postgresql.conf'), '# restored by npm run restore: settings in postgresql.auto.conf\n');
  writeFileSync(join(o.into, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\nlocal replication all trust\n');
  writeFileSync(join(o.into, 'pg_ident.conf'), '');
  writeFileSync(join(o.into, 'recovery.signal'), '');
  giveToServerUser(o.into);
  const cluster = localCluster(o.into, o.port);
  writeSettings(cluster, {
    ...baseSettings(cluster),
    hba_file: join(o.into, 'pg_hba.conf'),
    ident_file: join(o.into, 'pg_ident.conf'),
    archive_mode: 'off',
    restore_command: `cp '${o.layout.wal}/%f' '%p'`,
    // Postgres reads a timestamp with an explicit zone, not ISO 8601's 'T…Z' form.
    recovery_target_time: o.to.toISOString().replace('T', ' ').replace('Z', '+00'),
    recovery_target_inclusive: 'on',
    recovery_target_action: 'promote',
  });
  try {
    startCluster(cluster);
  } catch (e) {
    throw new Error(`the restored server did not start: ${(e as Error).message}\n${serverLogTail(cluster)}`);
  }
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (!clusterRunning(cluster)) throw new Error(`recovery failed:\n${serverLogTail(cluster)}`);
    try {
      const [r] = await query<{ recovering: boolean }>(cluster.url(), 'select pg_is_in_recovery() as recovering');
      if (!r.recovering) break;
    } catch {
      // still starting up
    }
    if (Date.now() > deadline) throw new Error(`recovery did not finish within 120 s:\n${serverLogTail(cluster)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { cluster, seconds: (Date.now() - started) / 1000 };
}

async function withDataSource<T>(url: string, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

const ENTRY_REF = `seq::text as seq, event_id as "eventId", action, agency, signal_id as "signalId",
  source_topic as "sourceTopic", source_partition as "sourcePartition", source_offset::text as "sourceOffset"`;

/** Every Kafka partition's held range: [low, high). */
async function heldOffsets(kafka: NonNullable<RestoreOptions['kafka']>): Promise<Map<string, { low: bigint; high: bigint }>> {
  const admin = kafkaClient(kafka.conn, 'passerelle-restore').admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(kafka.prefix) && !t.startsWith('__'));
    const held = new Map<string, { low: bigint; high: bigint }>();
    for (const topic of topics) {
      for (const p of await admin.fetchTopicOffsets(topic))
        held.set(`${topic}/${p.partition}`, { low: BigInt(p.low), high: BigInt(p.high) });
    }
    return held;
  } finally {
    await admin.disconnect();
  }
}

/** Moves this deployment's groups back to the first records after `since`, never forward. */
async function rewindConsumers(kafka: NonNullable<RestoreOptions['kafka']>, since: Date): Promise<RestoreReport['rewound']> {
  const admin = kafkaClient(kafka.conn, 'passerelle-restore').admin();
  await admin.connect();
  const rewound: RestoreReport['rewound'] = [];
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(kafka.prefix) && !t.startsWith('__'));
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(`${kafka.prefix}passerelle.`));
    const described = await admin.describeGroups(groups);
    const busy = described.groups.filter((g) => g.members.length > 0).map((g) => g.groupId);
    if (busy.length) throw new Error(`stop the apps before rewinding: consumer group(s) ${busy.join(', ')} have members`);
    const atTime = new Map<string, { partition: number; offset: string; low: string }[]>();
    for (const topic of topics) {
      const byTime = await admin.fetchTopicOffsetsByTimestamp(topic, since.getTime());
      const held = await admin.fetchTopicOffsets(topic);
      atTime.set(
        topic,
        byTime.map((p) => ({ partition: p.partition, offset: p.offset, low: held.find((h) => h.partition === p.partition)?.low ?? '0' })),
      );
    }
    for (const group of groups) {
      for (const t of await admin.fetchOffsets({ groupId: group, topics })) {
        const moves: { partition: number; offset: string }[] = [];
        for (const p of t.partitions) {
          const target = atTime.get(t.topic)?.find((x) => x.partition === p.partition);
          if (!target || p.offset === '-1') continue;
          const to = BigInt(target.offset) < BigInt(target.low) ? target.low : target.offset;
          if (BigInt(to) < BigInt(p.offset)) {
            moves.push({ partition: p.partition, offset: to });
            rewound.push({ group, topic: t.topic, partition: p.partition, from: p.offset, to });
          }
        }
        if (moves.length) await admin.setOffsets({ groupId: group, topic: t.topic, partitions: moves });
      }
    }
    return rewound;
  } finally {
    await admin.disconnect();
  }
}

/** Verifies the restored ledger and accounts for everything after the restore point. */
export async function reportOn(
  o: RestoreOptions,
  restoredUrl: string,
): Promise<Omit<RestoreReport, 'backup' | 'dataDir' | 'recoverySeconds' | 'rewound'>> {
  return withDataSource(restoredUrl, async (ds) => {
    const ledger = new LedgerRepository(ds);
    const checkpointsRepo = new CheckpointsRepository(ds);
    const verify = await new VerifyLedgerUseCase(ledger, checkpointsRepo, { trusted: o.trusted } as SigningKey).verify();
    const head = await ledger.head();
    const headSeq = BigInt(head?.seq ?? '0');

    // Every checkpoint we can find: the restored database's own, the source's, the saved copies.
    const all = new Map<string, Checkpoint>();
    const add = (c: Checkpoint) => all.set(`${c.seq}/${c.keyId}/${c.signature}`, c);
    for (let page = await checkpointsRepo.page('0', 1000); page.length; page = await checkpointsRepo.page(page[page.length - 1].seq, 1000))
      page.forEach(add);
    let source: DataSource | undefined;
    if (o.sourceUrl) {
      try {
        source = await new DataSource({ type: 'postgres', url: o.sourceUrl }).initialize();
      } catch {
        source = undefined; // gone with the site: the saved copies and the restored ones remain
      }
    }
    try {
      if (source) {
        const srcCheckpoints = new CheckpointsRepository(source);
        for (
          let page = await srcCheckpoints.page('0', 1000);
          page.length;
          page = await srcCheckpoints.page(page[page.length - 1].seq, 1000)
        )
          page.forEach(add);
      }
      (o.savedCheckpoints ?? []).forEach(add);
      const checkpoints: RestoreReport['checkpoints'] = { matched: 0, after: 0, failures: [] };
      for (const c of [...all.values()].sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1))) {
        if (Date.parse(c.signedAt) > o.to.getTime()) {
          checkpoints.after++;
          continue;
        }
        const signature = checkSignature(c, o.trusted);
        const at = BigInt(c.seq) <= headSeq ? await ledger.hashAt(c.seq) : null;
        const why =
          signature !== 'ok'
            ? signature
            : at === null
              ? `entry ${c.seq} is missing from the restored ledger (head ${headSeq})`
              : at !== c.hash
                ? `entry ${c.seq} differs from the signed hash`
                : null;
        if (why) checkpoints.failures.push({ seq: c.seq, signedAt: c.signedAt, why });
        else checkpoints.matched++;
      }

      const after: RestoreReport['afterRestorePoint'] = {
        how: 'not assessed',
        rederivable: [],
        lost: [],
        lostOffsets: [],
        rederivableCount: 0,
      };
      const held = o.kafka ? await heldOffsets(o.kafka) : new Map<string, { low: bigint; high: bigint }>();
      const stillHeld = (e: EntryRef) => {
        const h = held.get(`${e.sourceTopic}/${e.sourcePartition}`);
        return h !== undefined && BigInt(e.sourceOffset) >= h.low && BigInt(e.sourceOffset) < h.high;
      };
      if (source && o.kafka) {
        after.how = 'source ledger';
        const [srcAtHead] = head ? await source.query(`select hash from audit.ledger where seq = $1`, [head.seq]) : [{ hash: null }];
        if (head && srcAtHead?.hash !== head.hash)
          throw new Error(`the source ledger is not the restored ledger's continuation (entry ${head.seq} differs)`);
        const rows: EntryRef[] = await source.query(`select ${ENTRY_REF} from audit.ledger where seq > $1 order by seq`, [
          headSeq.toString(),
        ]);
        for (const e of rows) (stillHeld(e) ? after.rederivable : after.lost).push(e);
        after.rederivableCount = after.rederivable.length;
      } else if (o.kafka) {
        after.how = 'kafka positions';
        const positions: { topic: string; partition: number; next: string }[] = await ds.query(
          `select source_topic as topic, source_partition as partition, (max(source_offset) + 1)::text as next
             from audit.ledger where source_topic like $1 group by 1, 2`,
          [`${o.kafka.prefix.replace(/[\\%_]/g, '\\$&')}%`],
        );
        const next = new Map(positions.map((p) => [`${p.topic}/${p.partition}`, BigInt(p.next)]));
        for (const [key, h] of held) {
          const from = next.get(key) ?? 0n;
          const [topic, partition] = [key.slice(0, key.lastIndexOf('/')), Number(key.slice(key.lastIndexOf('/') + 1))];
          if (from < h.low) after.lostOffsets.push({ topic, partition, from: from.toString(), to: (h.low - 1n).toString() });
          const firstHeld = from > h.low ? from : h.low;
          if (h.high > firstHeld) after.rederivableCount += Number(h.high - firstHeld);
        }
      }
      const ok = verify.ok && checkpoints.failures.length === 0;
      return {
        restoredTo: o.to.toISOString(),
        url: restoredUrl,
        ledger: { head, verify },
        checkpoints,
        afterRestorePoint: after,
        ok,
      };
    } finally {
      await source?.destroy();
    }
  });
}

export async function restore(o: RestoreOptions): Promise<RestoreReport> {
  const meta = chooseBackup(o.layout, o.to);
  const { cluster, seconds } = await recover(o, meta);
  const report = await reportOn(o, cluster.url(o.database));
  const rewound = o.rewind && o.kafka ? await rewindConsumers(o.kafka, new Date(o.to.getTime() - o.rewind.marginSec * 1000)) : [];
  return { ...report, backup: { label: meta.label, finishedAt: meta.finishedAt }, dataDir: o.into, recoverySeconds: seconds, rewound };
}

export { stopCluster, localCluster };

const USAGE = `usage: npm run restore -- --to <time> [--into <dir>] [--port <n>] [--source <url>] [--checkpoints <file>]
                           [--rewind-consumers] [--rewind-margin <seconds>] [--stop] [--json <file>]`;

function parseArgs(argv: string[]): Record<string, string | true> | null {
  const out: Record<string, string | true> = {};
  const flags = new Set(['--rewind-consumers', '--stop']);
  const valued = new Set(['--to', '--into', '--port', '--source', '--checkpoints', '--rewind-margin', '--json']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (flags.has(a)) out[a.slice(2)] = true;
    else if (valued.has(a) && argv[i + 1] !== undefined) out[a.slice(2)] = argv[++i];
    else return null;
  }
  return out;
}

function summary(r: RestoreReport): string {
  const a = r.afterRestorePoint;
  const ids = (es: EntryRef[]) =>
    es
      .map((e) => `  seq ${e.seq} ${e.action} ${e.signalId ?? e.eventId} (${e.sourceTopic}/${e.sourcePartition}@${e.sourceOffset})`)
      .join('\n');
  return [
    `restore: ${r.backup.label} replayed to ${r.restoredTo} in ${r.recoverySeconds.toFixed(1)} s: ${r.url} (data ${r.dataDir})`,
    `ledger: head ${r.ledger.head?.seq ?? 'empty'}, ${r.ledger.verify.ok ? 'verifies' : `BROKEN at ${r.ledger.verify.seq}: ${r.ledger.verify.reason}`}`,
    `checkpoints signed up to ${r.restoredTo}: ${r.checkpoints.matched} match${r.checkpoints.failures.map((f) => `\n  FAILED seq ${f.seq} (${f.signedAt}): ${f.why}`).join('')}; ${r.checkpoints.after} signed later, not judged`,
    a.how === 'source ledger'
      ? `after the restore point: ${a.rederivable.length} re-derivable from Kafka, ${a.lost.length} lost\n${a.lost.length ? `lost:\n${ids(a.lost)}` : ''}`
      : a.how === 'kafka positions'
        ? `after the restore point: ${a.rederivableCount} record(s) still on Kafka (re-derivable); no longer held: ${a.lostOffsets.map((l) => `${l.topic}/${l.partition} offsets ${l.from}..${l.to}`).join(', ') || 'none'}`
        : 'after the restore point: not assessed (no Kafka connection)',
    r.rewound.length ? `rewound: ${r.rewound.map((w) => `${w.group} ${w.topic}/${w.partition} ${w.from}→${w.to}`).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The operator's Kafka connection, or none (then what followed the restore point is not assessed, and says so). */
function kafkaOf(env: NodeJS.ProcessEnv): RestoreOptions['kafka'] {
  try {
    return { conn: kafkaConnectionFromEnv('admin', env), prefix: env.KAFKA_TOPIC_PREFIX ?? '' };
  } catch (e) {
    process.stderr.write(`restore: no Kafka connection (${(e as Error).message}): signals after the restore point cannot be assessed\n`);
    return undefined;
  }
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const args = parseArgs(argv);
  const to = typeof args?.to === 'string' ? new Date(args.to) : undefined;
  if (!args || !to || Number.isNaN(to.getTime())) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const source = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const localCredentials = join(STATE_DIR, 'kafka', 'cluster-1', 'credentials.json');
  const kafkaEnv =
    env.KAFKA_CREDENTIALS_FILE || env.KAFKA_SASL_USERNAME || !existsSync(localCredentials)
      ? env
      : { ...env, KAFKA_CREDENTIALS_FILE: localCredentials };
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const o: RestoreOptions = {
    to,
    layout: backupLayout(env),
    into: typeof args.into === 'string' ? resolve(args.into) : join(reachableDir(join(STATE_DIR, 'restore'), STATE_DIR), stamp),
    port: typeof args.port === 'string' ? Number(args.port) : 55440,
    database: databaseName(source),
    sourceUrl: typeof args.source === 'string' ? args.source : undefined,
    savedCheckpoints:
      typeof args.checkpoints === 'string'
        ? (() => {
            const j = JSON.parse(readFileSync(args.checkpoints, 'utf8'));
            return (Array.isArray(j) ? j : j.checkpoints) as Checkpoint[];
          })()
        : undefined,
    kafka: kafkaOf(kafkaEnv),
    rewind: args['rewind-consumers'] ? { marginSec: Number(args['rewind-margin'] ?? 300) } : undefined,
    trusted: new SigningKey().trusted,
  };
  try {
    const report = await restore(o);
    process.stdout.write(summary(report) + '\n');
    if (typeof args.json === 'string') writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
    if (args.stop) stopCluster(localCluster(o.into, o.port));
    else process.stdout.write(`the restored server keeps running; stop it with: pg_ctl -D ${o.into} stop (as ${'postgres'})\n`);
    return report.ok ? 0 : 1;
  } catch (e) {
    process.stderr.write(`restore: ${(e as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`restore: ${(e as Error).message}\n`);
      process.exit(1);
    },
  );
}
