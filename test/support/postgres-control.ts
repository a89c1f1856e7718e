import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The Debian-packaged local cluster (pg_lsclusters / pg_ctlcluster) that serves `url`, when there
 * is one; undefined for an embedded, remote or containerised server, which the tests cannot restart.
 */
export function localCluster(url: string): { version: string; cluster: string } | undefined {
  const u = new URL(url);
  if (!['127.0.0.1', 'localhost'].includes(u.hostname)) return undefined;
  const port = u.port || '5432';
  try {
    const out = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
    for (const line of out.split('\n').filter(Boolean)) {
      const [version, cluster, p, status] = line.trim().split(/\s+/);
      if (p === port && status === 'online') return { version, cluster };
    }
  } catch {
    // pg_lsclusters not installed
  }
  return undefined;
}

/** `pg_ctlcluster … restart -m fast`: every connection is cut, the server is back when this resolves. */
export async function restartCluster(c: { version: string; cluster: string }): Promise<void> {
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', '-m', 'fast', c.version, c.cluster, 'restart']);
}
