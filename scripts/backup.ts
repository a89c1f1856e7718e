/**
 * `npm run backup [-- --setup] [--json]`
 *
 * A base backup of Passerelle's Postgres with the server's own tools: `pg_basebackup` (WAL streamed
 * into the backup, so it is consistent on its own) checked by `pg_verifybackup`, plus continuous
 * WAL archiving by the server itself (archive_command) into the same backup directory, which is
 * what lets `npm run restore -- --to <time>` replay to any instant after the backup.
 *
 * The server is DATABASE_URL (default the local one); the backups go to PASSERELLE_BACKUP_DIR
 * (default .passerelle/backup): `base/<stamp>/` per base backup, `wal/` the archive.
 *
 * --setup: turns archiving on (ALTER SYSTEM: archive_mode, archive_command into wal/); the server
 * must then be restarted once (archive_mode takes effect only at start). Without archiving the
 * backup refuses to run: a base backup alone restores to one instant, not to a chosen time.
 *
 * Exit code 0: backed up (or set up); 1: failed, saying why; 2: usage.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_DATABASE_URL } from '@passerelle/persistence';
import { giveToServerUser, pgBin, query, reachableDir } from './pg-local';

const ROOT = resolve(__dirname, '..', '..');
const STATE_DIR = join(ROOT, '.passerelle');

export interface BackupLayout {
  dir: string;
  base: string;
  wal: string;
}

/** Where backups live: reachable by the server's OS user, which writes the WAL archive. */
export function backupLayout(env: NodeJS.ProcessEnv = process.env): BackupLayout {
  const dir = env.PASSERELLE_BACKUP_DIR ? resolve(env.PASSERELLE_BACKUP_DIR) : reachableDir(join(STATE_DIR, 'backup'), STATE_DIR);
  return { dir, base: join(dir, 'base'), wal: join(dir, 'wal') };
}

/** The server's archive command for this layout: never overwrites a segment already archived. */
export const archiveCommand = (wal: string): string => `test ! -f '${wal}/%f' && cp '%p' '${wal}/%f'`;

export function ensureWalDir(layout: BackupLayout): void {
  mkdirSync(layout.wal, { recursive: true, mode: 0o700 });
  giveToServerUser(layout.wal);
}

export interface BackupMeta {
  label: string;
  /** Server clock when pg_basebackup started and after it ended (the backup is consistent from then on). */
  startedAt: string;
  finishedAt: string;
  server: string;
  dir: string;
  walArchive: string;
}

/** Why the server cannot be backed up for point-in-time restore, or null when it can. */
export async function archivingProblem(url: string, layout: BackupLayout): Promise<string | null> {
  const rows = await query<{ name: string; setting: string; pending_restart: boolean }>(
    url,
    `select name, setting, pending_restart from pg_settings where name in ('archive_mode', 'archive_command', 'wal_level')`,
  );
  const s = Object.fromEntries(rows.map((r) => [r.name, r]));
  if (s.wal_level?.setting === 'minimal') return 'wal_level is minimal: set it to replica and restart the server';
  if (s.archive_mode?.setting === 'off' || s.archive_mode?.pending_restart)
    return `archive_mode is off: run 'npm run backup -- --setup', then restart the server once`;
  if (!s.archive_command?.setting.includes(layout.wal))
    return `the server archives WAL elsewhere (archive_command: ${s.archive_command?.setting || '(none)'}); this backup's archive is ${layout.wal}: run 'npm run backup -- --setup'`;
  return null;
}

/** Turns archiving into this layout's wal/ on; says whether the server must be restarted. */
export async function setupArchiving(url: string, layout: BackupLayout): Promise<{ restartNeeded: boolean }> {
  ensureWalDir(layout);
  await query(url, `alter system set archive_mode = 'on'`);
  await query(url, `alter system set archive_command = '${archiveCommand(layout.wal).replace(/'/g, "''")}'`);
  await query(url, `select pg_reload_conf()`);
  const [r] = await query<{ pending: boolean }>(
    url,
    `select bool_or(pending_restart) as pending from pg_settings where name like 'archive%'`,
  );
  const [mode] = await query<{ setting: string }>(url, `select setting from pg_settings where name = 'archive_mode'`);
  return { restartNeeded: Boolean(r?.pending) || mode?.setting === 'off' };
}

/**
 * Switches to a new WAL segment and waits until the server has archived the one just closed: every
 * commit made so far is then in the archive (what a restore to "now" needs).
 */
export async function archiveNow(url: string, timeoutMs = 60_000): Promise<string> {
  const [{ segment }] = await query<{ segment: string }>(url, `select pg_walfile_name(pg_switch_wal()) as segment`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [a] = await query<{ last: string | null; failed: string | null; failedAt: string | null }>(
      url,
      `select last_archived_wal as last, last_failed_wal as failed, last_failed_time::text as "failedAt" from pg_stat_archiver`,
    );
    // Segment names of one timeline sort in WAL order.
    if (a.last && a.last.slice(8) >= segment.slice(8)) return segment;
    if (Date.now() > deadline)
      throw new Error(
        `WAL segment ${segment} not archived within ${timeoutMs} ms (last archived ${a.last}, last failed ${a.failed} at ${a.failedAt})`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
const redacted = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
};

export async function backup(url: string, layout: BackupLayout): Promise<BackupMeta> {
  const problem = await archivingProblem(url, layout);
  if (problem) throw new Error(`cannot back up for point-in-time restore: ${problem}`);
  const [{ now: startedAt }] = await query<{ now: string }>(url, `select to_json(clock_timestamp())#>>'{}' as now`);
  const label = `passerelle-${stamp(new Date(startedAt))}`;
  const dir = join(layout.base, stamp(new Date(startedAt)));
  if (existsSync(dir)) throw new Error(`${dir} exists already`);
  mkdirSync(layout.base, { recursive: true, mode: 0o700 });
  execFileSync(pgBin('pg_basebackup'), ['-d', url, '-D', dir, '-X', 'stream', '-c', 'fast', '-l', label, '-w'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  execFileSync(pgBin('pg_verifybackup'), ['-q', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  const [{ now: finishedAt }] = await query<{ now: string }>(url, `select to_json(clock_timestamp())#>>'{}' as now`);
  // The backup's end is in the archive too, so a restore can continue from it.
  await archiveNow(url);
  const meta: BackupMeta = { label, startedAt, finishedAt, server: redacted(url), dir, walArchive: layout.wal };
  writeFileSync(join(dir, 'passerelle-backup.json'), JSON.stringify(meta, null, 2) + '\n', { mode: 0o600 });
  return meta;
}

/** The base backups of a layout, oldest first. */
export function listBackups(layout: BackupLayout): BackupMeta[] {
  if (!existsSync(layout.base)) return [];
  return readdirSync(layout.base)
    .map((d) => join(layout.base, d, 'passerelle-backup.json'))
    .filter((f) => existsSync(f))
    .map((f) => JSON.parse(readFileSync(f, 'utf8')) as BackupMeta)
    .sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt));
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const unknown = argv.filter((a) => !['--setup', '--json'].includes(a));
  if (unknown.length) {
    process.stderr.write(`usage: npm run backup [-- --setup] [--json]  (unknown: ${unknown.join(' ')})\n`);
    return 2;
  }
  const url = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const layout = backupLayout(env);
  try {
    if (argv.includes('--setup')) {
      const { restartNeeded } = await setupArchiving(url, layout);
      process.stdout.write(
        `backup: the server archives WAL into ${layout.wal}${restartNeeded ? '; restart it once for archive_mode to take effect' : ''}\n`,
      );
      return 0;
    }
    const meta = await backup(url, layout);
    process.stdout.write(
      argv.includes('--json')
        ? JSON.stringify(meta) + '\n'
        : `backup: ${meta.label} in ${meta.dir} (verified by pg_verifybackup); restorable to any time from ${meta.finishedAt} on, with the WAL archive ${meta.walArchive}\n`,
    );
    return 0;
  } catch (e) {
    const err = e as Error & { stderr?: Buffer };
    process.stderr.write(`backup: ${err.message.split('\n')[0]}${err.stderr ? `\n${err.stderr.toString().trim()}` : ''}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`backup: ${(e as Error).message}\n`);
      process.exit(1);
    },
  );
}
