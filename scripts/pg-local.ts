/**
 * Postgres clusters of our own on this machine (a restore target, a scratch cluster for the backup
 * test): the distribution's own binaries (initdb, pg_ctl, pg_basebackup…), each cluster in its own
 * data directory on its own loopback port. Never the machine's shared server.
 *
 * Postgres refuses to run as root, so when we are root (CI) every server-side command runs as the
 * `postgres` user (runuser) and the directories it touches are given to that user.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
export const SERVER_USER = process.env.PASSERELLE_PG_USER ?? 'postgres';

/** The directory of the Postgres server binaries: PG_BINDIR, else the newest /usr/lib/postgresql/N/bin. */
export function pgBinDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PG_BINDIR) return env.PG_BINDIR;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error('no Postgres server binaries: install postgresql (Debian) or set PG_BINDIR');
  return join(root, versions[0], 'bin');
}

export const pgBin = (name: string): string => join(pgBinDir(), name);

/** Runs a server-side command as the server's OS user (as is when we are not root). */
export function asServerUser(cmd: string, args: string[], opts: { timeoutMs?: number } = {}): string {
  const [file, argv] = IS_ROOT ? ['runuser', ['-u', SERVER_USER, '--', cmd, ...args]] : [cmd, args];
  const r = spawnSync(file, argv, { encoding: 'utf8', timeout: opts.timeoutMs ?? 120_000, cwd: '/' });
  if (r.status !== 0) {
    const why = r.error ? r.error.message : (r.stderr || r.stdout).trim().split('\n').slice(-5).join('\n');
    throw new Error(`${cmd.split('/').pop()} ${args.join(' ')} failed: ${why}`);
  }
  return r.stdout;
}

/** Gives a directory (recursively) to the server's OS user, when we are root. */
export function giveToServerUser(dir: string): void {
  if (IS_ROOT) execFileSync('chown', ['-R', `${SERVER_USER}:`, dir]);
}

function serverUserCanReach(dir: string): boolean {
  if (!IS_ROOT) return true;
  return spawnSync('runuser', ['-u', SERVER_USER, '--', 'test', '-x', dir]).status === 0;
}

/**
 * A directory for a cluster's files that the server's OS user can reach: `preferred` (under the
 * checkout's .passerelle/, made traversable), or, when a parent of the checkout is closed to that
 * user (a clone under /root), one under the system's temporary directory named after the checkout.
 */
export function reachableDir(preferred: string, stateDir: string): string {
  mkdirSync(stateDir, { recursive: true });
  // kafka.sh makes .passerelle 0700; traversal only (no listing) lets the server user reach its own dirs.
  if (IS_ROOT) chmodSync(stateDir, 0o711);
  mkdirSync(preferred, { recursive: true });
  if (serverUserCanReach(dirname(preferred))) return preferred;
  const fallback = join(tmpdir(), `passerelle-${createHash('sha256').update(preferred).digest('hex').slice(0, 12)}`);
  mkdirSync(fallback, { recursive: true, mode: 0o711 });
  return fallback;
}

export interface LocalCluster {
  dataDir: string;
  port: number;
  url(database?: string): string;
}

export function localCluster(dataDir: string, port: number): LocalCluster {
  return { dataDir, port, url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}` };
}

/** initdb a new cluster (trust on loopback and its own socket directory only) with `settings` appended. */
export function initCluster(c: LocalCluster, settings: Record<string, string | number> = {}): void {
  mkdirSync(c.dataDir, { recursive: true, mode: 0o700 });
  giveToServerUser(c.dataDir);
  asServerUser(pgBin('initdb'), ['-D', c.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '-N']);
  writeSettings(c, { ...baseSettings(c), ...settings });
}

export function baseSettings(c: LocalCluster): Record<string, string | number> {
  return {
    listen_addresses: '127.0.0.1',
    port: c.port,
    unix_socket_directories: c.dataDir,
    max_connections: 40,
    shared_buffers: '32MB',
    fsync: 'on',
    logging_collector: 'off',
  };
}

const quote = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`);

/** postgresql.auto.conf, rewritten whole: it overrides postgresql.conf (and whatever the source had). */
export function writeSettings(c: LocalCluster, settings: Record<string, string | number>): void {
  const text = Object.entries(settings)
    .map(([k, v]) => `${k} = ${quote(v)}`)
    .join('\n');
  asServerUser('sh', ['-c', `cat > '${join(c.dataDir, 'postgresql.auto.conf')}' <<'EOF'\n${text}\nEOF`]);
}

/**
 * Starts the cluster; a start that fails is tried once more (a start in CI failed twice with no
 * cause kept), and the error then carries the tail of the server's log so the cause is never lost.
 */
export function startCluster(c: LocalCluster, timeoutSec = 120): void {
  const log = join(c.dataDir, 'server.log');
  const start = () =>
    asServerUser(pgBin('pg_ctl'), ['-D', c.dataDir, '-l', log, '-w', '-t', String(timeoutSec), 'start'], {
      timeoutMs: (timeoutSec + 10) * 1000,
    });
  try {
    start();
  } catch (first) {
    if (clusterRunning(c)) return;
    try {
      start();
    } catch {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-8).join('\n') : '(no server log)';
      throw new Error(`${(first as Error).message}\nserver log (${log}):\n${tail}`);
    }
  }
}

export function clusterRunning(c: LocalCluster): boolean {
  const pidFile = join(c.dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** pg_ctl stop -m fast (immediate: like a crash); nothing to do when it is not running. */
export function stopCluster(c: LocalCluster, mode: 'fast' | 'immediate' = 'fast'): void {
  if (!clusterRunning(c)) return;
  asServerUser(pgBin('pg_ctl'), ['-D', c.dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
}

/** The last lines of the cluster's server log (what to show when it would not start or recover). */
export function serverLogTail(c: LocalCluster, lines = 15): string {
  try {
    return readFileSync(join(c.dataDir, 'server.log'), 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

export async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Whether a TCP port on loopback is free (nothing accepts on it). */
export async function portFree(port: number): Promise<boolean> {
  const net = await import('node:net');
  return new Promise((resolvePort) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolvePort(false);
    });
    s.once('error', () => resolvePort(true));
  });
}
