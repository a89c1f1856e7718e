/**
 * The apps of one site of the two-site deployment (infra/sites/sites.sh start-apps, docs/continuity.md):
 *
 *   node -r ./scripts/register-paths.js dist/scripts/sites-apps.js start a|b
 *   node -r ./scripts/register-paths.js dist/scripts/sites-apps.js status a|b
 *
 * `start` reads the site's environment as `sites.sh env <site>` gives it (DATABASE_URL through the
 * site's HAProxy, the site's broker list first, the cluster's credentials file) and:
 * - creates the database when missing; the first start also seeds the demo principals and writes
 *   their API keys and both sites' URLs to `<state>/credentials.json` (mode 0600) — later starts
 *   keep them (the principals are in the replicated database already);
 * - hands every app the secrets `npm start` hands them (the same files, for both sites:
 *   sharedSecretsEnv);
 * - starts the gateway, router, intake, audit and console of the site as background processes
 *   (their own session, logs in `<state>/logs/<app>-<site>.log`) on the site's ports (a: 3101–3105,
 *   b: 3201–3205), writes their pids to `<state>/apps-<site>.pids` (what kill-site and stop read),
 *   and waits until each answers 200 on /health (`SITES_APPS_TIMEOUT`, 300 s).
 * Exit code 1 when a port is taken by another process, an app exits, or one is not ready in time.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { envInt } from '@passerelle/contracts';
import { ensureDatabaseExists } from '@passerelle/persistence';
import { readKafkaCredentials } from '@passerelle/messaging';
import { APP_HEAP_OPTIONS, APPS } from './local-state';
import { kafkaSection, ROOT, seedDemoPrincipals, sharedSecretsEnv, writeCredentials } from './provision';

export type Site = 'a' | 'b';
export const SITES_STATE = process.env.PASSERELLE_SITES_DIR || join(ROOT, '.passerelle/sites');
export const SITES_CREDENTIALS = join(SITES_STATE, 'credentials.json');

/** A site's port of an app: site a 3101–3105, site b 3201–3205 (in the order of APPS). */
export function sitePort(site: Site, app: (typeof APPS)[number]['name']): number {
  return (site === 'a' ? 3100 : 3200) + APPS.findIndex((a) => a.name === app) + 1;
}

export function siteUrls(site: Site): Record<string, string> {
  return Object.fromEntries(APPS.map((a) => [a.name, `http://127.0.0.1:${sitePort(site, a.name)}`]));
}

const say = (msg: string) => process.stdout.write(`sites-apps: ${msg}\n`);
const pidsFile = (site: Site) => join(SITES_STATE, `apps-${site}.pids`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      res(true);
    });
    s.once('error', () => res(false));
  });
}

async function health(url: string): Promise<number | 'down'> {
  try {
    const r = await fetch(`${url}/health`, { signal: AbortSignal.timeout(15_000) });
    return r.status;
  } catch {
    return 'down';
  }
}

/** The pids of the site's apps when every one of them still runs; otherwise null. */
function runningApps(site: Site): number[] | null {
  if (!existsSync(pidsFile(site))) return null;
  const pids = readFileSync(pidsFile(site), 'utf8').split(/\s+/).filter(Boolean).map(Number);
  return pids.length === APPS.length && pids.every(alive) ? pids : null;
}

async function start(site: Site): Promise<number> {
  const env = process.env;
  if (!env.DATABASE_URL || !env.KAFKA_BROKERS || !env.KAFKA_CREDENTIALS_FILE)
    throw new Error('DATABASE_URL, KAFKA_BROKERS and KAFKA_CREDENTIALS_FILE are required (sites.sh env a|b)');
  mkdirSync(join(SITES_STATE, 'logs'), { recursive: true });
  const already = runningApps(site);
  if (already) {
    say(`site ${site}: the apps run already (pids ${already.join(' ')})`);
    return 0;
  }
  await ensureDatabaseExists(env.DATABASE_URL);
  const secrets = sharedSecretsEnv(env);
  if (!existsSync(SITES_CREDENTIALS)) {
    // Once for the deployment: the principals are in the database, which both sites share.
    const seeded = await seedDemoPrincipals(env.DATABASE_URL);
    const services = { ...siteUrls('a'), ...Object.fromEntries(Object.entries(siteUrls('b')).map(([k, v]) => [`${k}-b`, v])) };
    writeCredentials(services, seeded, kafkaSection(readKafkaCredentials(env.KAFKA_CREDENTIALS_FILE)), SITES_CREDENTIALS, {
      token: secrets.metricsToken,
    });
    say(`${seeded.length} demo principals seeded; API keys in ${SITES_CREDENTIALS}`);
  }
  const taken = [];
  for (const a of APPS) if (await portTaken(sitePort(site, a.name))) taken.push(`${a.name} ${sitePort(site, a.name)}`);
  if (taken.length) {
    process.stderr.write(`sites-apps: site ${site}: ports taken by a process this script did not start: ${taken.join(', ')}\n`);
    return 1;
  }
  const urls = siteUrls(site);
  const other: Site = site === 'a' ? 'b' : 'a';
  const nodeOptions = [env.NODE_OPTIONS ?? '', /--max-old-space-size/.test(env.NODE_OPTIONS ?? '') ? '' : APP_HEAP_OPTIONS]
    .filter(Boolean)
    .join(' ');
  const children = APPS.map((a) => {
    const log = join(SITES_STATE, 'logs', `${a.name}-${site}.log`);
    const fd = openSync(log, 'a', 0o600);
    const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts/register-paths.js'), join(ROOT, 'dist/apps', a.name, 'src/main.js')], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', fd, fd],
      env: {
        ...env,
        ...secrets.env,
        PORT: String(sitePort(site, a.name)),
        NODE_OPTIONS: nodeOptions,
        // The console reaches its own site's APIs.
        GATEWAY_URL: urls['agency-gateway'],
        INTAKE_URL: urls.intake,
        AUDIT_URL: urls.audit,
        // The gateway tells its agencies when the other site's gateway does not answer (site-unreachable).
        PASSERELLE_PEER_GATEWAYS: env.PASSERELLE_PEER_GATEWAYS ?? `${other}=${siteUrls(other)['agency-gateway']}`,
      },
    });
    closeSync(fd);
    child.unref();
    return { app: a.name, child, log };
  });
  writeFileSync(pidsFile(site), children.map((c) => c.child.pid).join(' ') + '\n', { mode: 0o600 });
  say(`site ${site}: started ${children.map((c) => `${c.app} (pid ${c.child.pid}, :${sitePort(site, c.app)})`).join(', ')}`);
  const timeoutS = envInt(env, 'SITES_APPS_TIMEOUT', 300, { min: 1 });
  const deadline = Date.now() + timeoutS * 1000;
  const t0 = Date.now();
  const waiting = new Set(children.map((c) => c.app));
  while (waiting.size) {
    for (const c of children) {
      if (!waiting.has(c.app)) continue;
      if (c.child.exitCode !== null || !alive(c.child.pid!)) {
        process.stderr.write(`sites-apps: site ${site}: ${c.app} exited before it was ready; its log ${c.log}:\n`);
        process.stderr.write(tail(c.log));
        return 1;
      }
      if ((await health(urls[c.app])) === 200) waiting.delete(c.app);
    }
    if (!waiting.size) break;
    if (Date.now() > deadline) {
      process.stderr.write(`sites-apps: site ${site}: not ready within ${timeoutS} s: ${[...waiting].join(', ')}\n`);
      for (const c of children.filter((c) => waiting.has(c.app))) process.stderr.write(`${c.log}:\n${tail(c.log)}`);
      return 1;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  say(
    `site ${site}: the apps answer /health in ${((Date.now() - t0) / 1000).toFixed(1)} s (logs ${join(SITES_STATE, 'logs')}/<app>-${site}.log)`,
  );
  return 0;
}

function tail(file: string, lines = 15): string {
  try {
    return (
      readFileSync(file, 'utf8')
        .split('\n')
        .slice(-lines - 1)
        .join('\n') + '\n'
    );
  } catch {
    return '';
  }
}

/** One line per app of the site: its pid, its URL and what its /health answers. Exit code 1 when one is not up. */
async function status(site: Site): Promise<number> {
  const pids = existsSync(pidsFile(site)) ? readFileSync(pidsFile(site), 'utf8').split(/\s+/).filter(Boolean).map(Number) : [];
  let ok = 0;
  for (const [i, a] of APPS.entries()) {
    const url = siteUrls(site)[a.name];
    const pid = pids[i];
    const h = await health(url);
    const running = pid !== undefined && alive(pid);
    if (!running || h !== 200) ok = 1;
    process.stdout.write(`${a.name}-${site} ${running ? `running (pid ${pid})` : 'DOWN'} ${url} /health: ${h}\n`);
  }
  return ok;
}

if (require.main === module) {
  const [cmd, site] = process.argv.slice(2);
  if ((cmd !== 'start' && cmd !== 'status') || (site !== 'a' && site !== 'b')) {
    process.stderr.write('usage: sites-apps.js start|status a|b\n');
    process.exit(2);
  }
  (cmd === 'start' ? start(site) : status(site)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`sites-apps: ${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
}
