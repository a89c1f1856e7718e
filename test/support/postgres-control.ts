import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LocalCluster {
  version: string;
  cluster: string;
}

/**
 * The Debian-packaged local cluster (pg_lsclusters / pg_ctlcluster) that serves `url`, or why there
 * is none the tests can restart (an embedded, remote or containerised server, no pg_lsclusters, or
 * no online cluster on that port).
 */
export function findLocalCluster(url: string): LocalCluster | { why: string } {
  const u = new URL(url);
  if (!['127.0.0.1', 'localhost'].includes(u.hostname)) return { why: `the server is on ${u.hostname}, not on this machine` };
  const port = u.port || '5432';
  let out: string;
  try {
    out = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  } catch (e) {
    return { why: `pg_lsclusters cannot be run (${(e as Error).message.split('\n')[0]}): no Debian-packaged Postgres here` };
  }
  const lines = out.split('\n').filter(Boolean);
  for (const line of lines) {
    const [version, cluster, p, status] = line.trim().split(/\s+/);
    if (p === port && status === 'online') return { version, cluster };
  }
  return { why: `no online pg_lsclusters cluster on port ${port} (clusters: ${lines.map((l) => l.trim()).join('; ') || 'none'})` };
}

/**
 * The local cluster that serves `url`; throws, saying why, when there is none: a fault case that
 * cannot inject its fault must fail, never pass without having run.
 */
export function requireLocalCluster(url: string): LocalCluster {
  const found = findLocalCluster(url);
  if ('why' in found) {
    throw new Error(
      `cannot restart the Postgres of this run (${new URL(url).host}): ${found.why}. ` +
        'This case needs a local pg_ctlcluster cluster (set DATABASE_URL to one); it fails rather than report a restart it did not make.',
    );
  }
  return found;
}

/** `pg_ctlcluster … restart -m fast`: every connection is cut, the server is back when this resolves. */
export async function restartCluster(c: LocalCluster): Promise<void> {
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', '-m', 'fast', c.version, c.cluster, 'restart']);
}
