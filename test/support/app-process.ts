import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { eventually } from '@passerelle/testing';

const root = join(__dirname, '../..');

export type AppName = 'agency-gateway' | 'router' | 'intake' | 'audit';

/** A port nobody listens on now; kept for the app's whole life so that a restart keeps its URL. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * One app of the built system (`npm run build`) as a child process of the test, so that it can be
 * killed with SIGKILL and started again on the same port, database and topics. Its output goes to
 * `<logDir>/<name>.log` (appended across restarts) for the post-mortem of a failed run.
 */
export class AppProcess {
  private child?: ChildProcess;
  private exited?: Promise<number | null>;
  private log?: WriteStream;
  readonly url: string;
  starts = 0;

  constructor(
    readonly name: AppName,
    private readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logDir: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Spawns the app; resolves once its /health answers 200 (Postgres, Kafka and every consumer joined). */
  async start(opts: { timeoutMs?: number; waitHealthy?: boolean } = {}): Promise<void> {
    if (this.running) throw new Error(`${this.name} is already running`);
    mkdirSync(this.logDir, { recursive: true });
    this.log ??= createWriteStream(join(this.logDir, `${this.name}.log`), { flags: 'a' });
    this.log.write(`\n==== start #${++this.starts} at ${new Date().toISOString()}\n`);
    const child = spawn(
      process.execPath,
      ['-r', join(root, 'scripts/register-paths.js'), join(root, `dist/apps/${this.name}/src/main.js`)],
      {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    if (opts.waitHealthy === false) return;
    await this.healthy(opts.timeoutMs ?? 90000);
  }

  async healthy(timeoutMs = 90000): Promise<void> {
    await eventually(
      async () => {
        if (!this.running) throw new Error(`${this.name} exited (see ${join(this.logDir, `${this.name}.log`)})`);
        const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(3000) });
        return res.status === 200 ? true : undefined;
      },
      { timeoutMs, intervalMs: 250, what: `${this.name} healthy` },
    );
  }

  /** kill -9: no shutdown hook runs, the running batch is lost mid-way. */
  async kill(): Promise<void> {
    if (!this.child || !this.running) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM (graceful shutdown), SIGKILL if it has not exited after `ms`. */
  async stop(ms = 20000): Promise<void> {
    if (!this.child || !this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), ms);
    await this.exited;
    clearTimeout(timer);
  }

  async close(): Promise<void> {
    await this.stop();
    await new Promise<void>((r) => (this.log ? this.log.end(r) : r()));
    this.log = undefined;
  }
}
