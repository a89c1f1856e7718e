/**
 * What `npm start`, `npm run stop` and `npm run reset` share about a local run: where its state
 * lives, the run file `npm start` leaves while it runs, the processes of this checkout, and what
 * data an earlier run left.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export const ROOT = resolve(__dirname, '..', '..');
export const STATE_DIR = join(ROOT, '.passerelle');
/** Written by `npm start` once its processes run, removed when it stops: what `npm run stop` reads. */
export const RUN_FILE = join(STATE_DIR, 'run.json');
export const LOG_DIR = join(STATE_DIR, 'logs');
export const KAFKA_SCRIPT = join(ROOT, 'infra/kafka/kafka.sh');
/** infra/kafka/kafka.sh keeps its clusters here (`cluster-1`, `cluster-3`), as the script itself decides. */
export const kafkaStateRoot = (env: NodeJS.ProcessEnv = process.env): string => env.PASSERELLE_KAFKA_DIR || join(STATE_DIR, 'kafka');

/** The schemas Passerelle's migrations create (one per service, and the shared principals). */
export const SCHEMAS = ['gateway', 'router', 'intake', 'audit', 'identity', 'keys'] as const;

/** The apps a local run starts, and their default ports (`npm start`; `npm run sites` shifts them per site). */
export const APPS = [
  { name: 'agency-gateway', portEnv: 'GATEWAY_PORT', port: 3001 },
  { name: 'router', portEnv: 'ROUTER_PORT', port: 3002 },
  { name: 'intake', portEnv: 'INTAKE_PORT', port: 3003 },
  { name: 'audit', portEnv: 'AUDIT_PORT', port: 3004 },
  // The web console (apps/console): pages and a session layer over the three APIs above.
  { name: 'console', portEnv: 'CONSOLE_PORT', port: 3005 },
] as const;

/** The apps' heap limits: 128 MB of old space, 4 MB semi-spaces (peak RSS under the bench ~150–190 MB). */
export const APP_HEAP_OPTIONS = '--max-old-space-size=128 --max-semi-space-size=4';

export interface RunFile {
  /** The `npm start` process (node dist/scripts/start.js): SIGTERM stops everything it started. */
  pid: number;
  startedAt: string;
  /** Whether this run started the broker (then it stops it too). */
  kafkaStartedHere: boolean;
  kafkaBrokers: string;
  /** The apps' processes, for when the start process itself is gone. */
  apps: { name: string; pid: number; url: string }[];
}

export function writeRunFile(run: RunFile): void {
  writeFileSync(RUN_FILE, JSON.stringify(run, null, 2) + '\n', { mode: 0o600 });
}

export function readRunFile(): RunFile | null {
  try {
    return JSON.parse(readFileSync(RUN_FILE, 'utf8')) as RunFile;
  } catch {
    return null;
  }
}

/** The run file of an `npm start` that still runs (its pid alive and still our start script), else null. */
export function runningStart(): RunFile | null {
  const run = readRunFile();
  return run && alive(run.pid) && /dist\/scripts\/start\.js/.test(commandLine(run.pid)) ? run : null;
}

export function removeRunFile(): void {
  rmSync(RUN_FILE, { force: true });
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process's command line, or '' when it is gone (Linux /proc). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** The broker nodes of this checkout that run (pid files of infra/kafka/kafka.sh), by cluster size. */
export function runningKafkaNodes(env: NodeJS.ProcessEnv = process.env): { nodes: 1 | 3; pids: number[] }[] {
  const out: { nodes: 1 | 3; pids: number[] }[] = [];
  for (const nodes of [1, 3] as const) {
    const dir = join(kafkaStateRoot(env), `cluster-${nodes}`);
    if (!existsSync(dir)) continue;
    const pids = readdirSync(dir)
      .filter((d) => /^node-\d+$/.test(d))
      .flatMap((d) => {
        try {
          const pid = Number(readFileSync(join(dir, d, 'pid'), 'utf8').trim());
          return pid > 0 && alive(pid) ? [pid] : [];
        } catch {
          return [];
        }
      });
    if (pids.length) out.push({ nodes, pids });
  }
  return out;
}

/** The embedded Postgres of this checkout (`.passerelle/postgres`), when it runs. */
export function runningEmbeddedPostgres(): number | null {
  try {
    const pid = Number(readFileSync(join(STATE_DIR, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    return pid > 0 && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

export async function waitGone(pids: number[], ms: number): Promise<number[]> {
  const deadline = Date.now() + ms;
  let left = pids.filter(alive);
  while (left.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    left = left.filter(alive);
  }
  return left;
}

export interface EarlierData {
  signals: number;
  feedItems: number;
  ledgerEntries: number;
  principals: number;
}

/** What an earlier run left in the database; null when none of Passerelle's schemas has data. */
export async function earlierData(databaseUrl: string): Promise<EarlierData | null> {
  const c = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    const count = async (table: string): Promise<number> => {
      const [{ exists }] = (await c.query(`select to_regclass($1) is not null as exists`, [table])).rows;
      if (!exists) return 0;
      // An estimate would do for the big ones, but these are read once at start: exact is fine up to millions.
      return Number((await c.query(`select count(*)::bigint as n from ${table}`)).rows[0].n);
    };
    const found = {
      signals: await count('gateway.signals'),
      feedItems: await count('intake.feed_items'),
      ledgerEntries: await count('audit.ledger'),
      principals: await count('identity.principals'),
    };
    return found.signals || found.feedItems || found.ledgerEntries ? found : null;
  } finally {
    await c.end();
  }
}

export function describeEarlierData(d: EarlierData): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return `${n(d.signals)} signal(s) submitted through the gateway, ${n(d.feedItems)} feed item(s) at the intake, ${n(d.ledgerEntries)} ledger entries`;
}

export const maskUrl = (url: string): string => url.replace(/:[^:@/]*@/, ':***@');
