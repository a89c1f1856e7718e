import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { eventually } from '@passerelle/testing';
import { freePort } from './app-process';
import { RunningSystem } from './system';

const root = join(__dirname, '../..');

/**
 * Where console tests write their screenshots: `PASSERELLE_SHOTS_DIR` (relative to the repository
 * root), by default `.passerelle/screenshots` — untracked, so a test run never dirties the tree.
 * `npm run docs:screenshots` runs the console tests with `PASSERELLE_SHOTS_DIR=docs/console` to
 * refresh the screenshots the docs show, on purpose (docs/console.md).
 */
export function screenshotsDir(...sub: string[]): string {
  const base = process.env.PASSERELLE_SHOTS_DIR || '.passerelle/screenshots';
  const dir = join(isAbsolute(base) ? base : join(root, base), ...sub);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface RunningConsole {
  url: string;
  close(): Promise<void>;
}

/**
 * The web console in front of a running system's three APIs: apps/console/src/main.ts run from its
 * sources (SWC, like the docs test's scripts) as a process of its own — as `npm start` runs it. (In
 * Jest's module sandbox @fastify/cookie cannot load: it imports the `cookie` package dynamically.)
 * Its output goes to `<logFile>` for the post-mortem of a failed run.
 */
export async function startConsole(sys: RunningSystem, env: Record<string, string> = {}, logFile?: string): Promise<RunningConsole> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', join(root, 'test/support/swc-register.js'), join(root, 'apps/console/src/main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        PORT: String(port),
        HOST: '127.0.0.1',
        GATEWAY_URL: sys.urls['agency-gateway'],
        INTAKE_URL: sys.urls.intake,
        AUDIT_URL: sys.urls.audit,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  if (logFile) {
    const log = createWriteStream(logFile, { flags: 'a' });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  } else {
    child.stdout?.resume();
    child.stderr?.on('data', (d: Buffer) => process.stderr.write(d));
  }
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = `http://127.0.0.1:${port}`;
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`the console exited with code ${child.exitCode}`);
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
      return res.status === 200 ? true : undefined;
    },
    { what: 'the console healthy', timeoutMs: 60000, intervalMs: 250 },
  );
  return {
    url,
    close: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exited;
      clearTimeout(timer);
    },
  };
}
