import { createTestDatabase } from '@passerelle/testing';
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');

/**
 * Runs one built app (`dist/`) as its own process and waits for it to end: an app given a wrong
 * setting must stop by itself, before it listens, with a message naming the variable (issue 24,
 * item 5). A deadline stands in for "it started anyway": it would then run until killed.
 */
function runUntilExit(app: string, env: Record<string, string>, deadlineMs = 120_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', join(root, 'scripts/register-paths.js'), join(root, `dist/apps/${app}/src/main.js`)], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${app} still runs after ${deadlineMs} ms with ${JSON.stringify(env)}; its output:\n${output}`));
    }, deadlineMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// The build (like router-crash.e2e-spec.ts) and six start-ups that each stop early.
jest.setTimeout(10 * 60_000);

describe('an app given a wrong setting refuses to start, naming it', () => {
  let databaseUrl: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    // Some settings are read after the database is reached: give the apps one of their own.
    ({ url: databaseUrl, drop } = await createTestDatabase());
  });

  afterAll(async () => {
    await drop?.();
  });

  it.each([
    // Read by the transport when the app's modules are built (it used to fall back to 2000 without a word).
    ['agency-gateway', 'KAFKA_COALESCE_MAX_MESSAGES', '-3', 'KAFKA_COALESCE_MAX_MESSAGES must be an integer from 1 to 1000000; it is "-3"'],
    // Read before the app is built.
    [
      'agency-gateway',
      'GATEWAY_BODY_LIMIT_BYTES',
      '5MB',
      'GATEWAY_BODY_LIMIT_BYTES must be an integer from 1024 to 1073741824; it is "5MB"',
    ],
    ['router', 'ROUTING_RULES_POLL_MS', 'often', 'ROUTING_RULES_POLL_MS must be an integer of at least 10; it is "often"'],
    // Used to give 24 hours without a word.
    ['intake', 'PRINCIPAL_REQUEST_TTL_HOURS', '0', 'PRINCIPAL_REQUEST_TTL_HOURS must be a number from 0.01 to 8760; it is "0"'],
    // Used to turn the checkpoints off without a word.
    ['audit', 'AUDIT_CHECKPOINT_INTERVAL_MS', '1m', 'AUDIT_CHECKPOINT_INTERVAL_MS must be an integer of at least 0; it is "1m"'],
    // Used to give 15 minutes without a word.
    ['console', 'CONSOLE_IDLE_MINUTES', 'fifteen', 'CONSOLE_IDLE_MINUTES must be a number from 0.01 to 1440; it is "fifteen"'],
  ])('%s with %s=%s', async (app, variable, value, message) => {
    const { code, output } = await runUntilExit(app, {
      DATABASE_URL: databaseUrl,
      KAFKA_TOPIC_PREFIX: 'settings-e2e-unused.',
      [variable]: value,
    });
    expect(code).toBe(1);
    expect(output).toContain(`${app} failed to start: ConfigError: ${message}`);
    expect(output).not.toContain('listening on');
  });
});
