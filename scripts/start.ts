/**
 * `npm start`: brings up a whole local Passerelle — Kafka (unless KAFKA_BROKERS is set), Postgres,
 * migrations, topics, demo principals, the four apps and the web console — writes .passerelle/dev-credentials.json and
 * stops everything on Ctrl-C / SIGTERM.
 */
import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { provideDatabase, ProvidedDatabase } from '@passerelle/persistence';
import { readKafkaCredentials } from '@passerelle/messaging';
import { kafkaSection, provisionKafkaFromEnv, ROOT as root, seedDemoPrincipals, sharedSecretsEnv, writeCredentials } from './provision';
import {
  APP_HEAP_OPTIONS,
  APPS,
  describeEarlierData,
  earlierData,
  LOG_DIR,
  removeRunFile,
  RUN_FILE,
  runningStart,
  writeRunFile,
} from './local-state';

const stateDir = join(root, '.passerelle');

export { APPS };

const say = (msg: string) => process.stdout.write(`passerelle: ${msg}\n`);

/**
 * KAFKA_BROKERS (an existing cluster, whose users come from KAFKA_CREDENTIALS_FILE: one environment
 * serves provisioning and all four apps here, so per-service KAFKA_SASL_* settings are for deployments
 * that start each app on its own), else infra/kafka/kafka.sh.
 */
function startKafka(): { brokers: string; credentialsFile?: string; startedHere: boolean } {
  if (process.env.KAFKA_BROKERS)
    return { brokers: process.env.KAFKA_BROKERS, credentialsFile: process.env.KAFKA_CREDENTIALS_FILE, startedHere: false };
  say('starting Kafka (infra/kafka/kafka.sh start)');
  const out = execFileSync('bash', [join(root, 'infra/kafka/kafka.sh'), 'start'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const m = /KAFKA_BROKERS=(\S+)/.exec(out);
  const c = /KAFKA_CREDENTIALS_FILE=(\S+)/.exec(out);
  if (!m || !c) throw new Error(`kafka.sh did not report its brokers and credentials: ${out}`);
  return { brokers: m[1], credentialsFile: c[1], startedHere: /KAFKA_STARTED=yes/.test(out) };
}

async function waitHealthy(url: string, child: ChildProcess, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with code ${child.exitCode} before it was ready`);
    try {
      const r = await fetch(`${url}/health`);
      if (r.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url}/health did not answer 200 within ${deadlineMs / 1000}s`);
}

async function main(): Promise<void> {
  const t0 = Date.now();
  mkdirSync(stateDir, { recursive: true });
  const running = runningStart();
  if (running) {
    process.stderr.write(`passerelle: npm start already runs in this checkout (pid ${running.pid}); \`npm run stop\` stops it\n`);
    process.exit(1);
  }
  const kafka = startKafka();
  let db: ProvidedDatabase | undefined;
  const children: ChildProcess[] = [];
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((res) => {
            if (c.exitCode !== null) return res();
            c.once('exit', () => res());
            c.kill('SIGTERM');
            setTimeout(() => c.kill('SIGKILL'), 20000).unref();
          }),
      ),
    );
    if (kafka.startedHere) execFileSync('bash', [join(root, 'infra/kafka/kafka.sh'), 'stop'], { stdio: 'inherit' });
    await db?.stop();
    removeRunFile();
    say('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    db = await provideDatabase(stateDir);
    say(`Postgres: ${db.source} (${db.url.replace(/:[^:@/]*@/, ':***@')})`);
    say(`Kafka: ${kafka.brokers} (SASL/SCRAM-SHA-512; ACLs of infra/kafka/acls.json)`);
    // State persists across starts: say so, since examples that expect a fresh system behave otherwise.
    const earlier = await earlierData(db.url);
    say(
      earlier
        ? `earlier data found: ${describeEarlierData(earlier)} — kept across starts (\`npm run reset\` wipes it)`
        : 'no earlier data: a fresh system',
    );
    const kafkaEnv = { KAFKA_BROKERS: kafka.brokers, ...(kafka.credentialsFile ? { KAFKA_CREDENTIALS_FILE: kafka.credentialsFile } : {}) };
    const created = await provisionKafkaFromEnv([], { ...process.env, ...kafkaEnv });
    if (created.length) say(`created ${created.length} topics`);
    const seeded = await seedDemoPrincipals(db.url);
    // The secrets the apps share (id secret, key secret, data-key KEK, metrics token): files under
    // .passerelle/ (mode 0600), generated once, unless the environment names them.
    const { env: idSecretEnv, metricsToken } = sharedSecretsEnv();

    // Extra Node.js options for the apps, e.g. PASSERELLE_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'
    // for a profile of each app written when it stops (NODE_OPTIONS refuses --cpu-prof).
    const nodeArgs = (process.env.PASSERELLE_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
    // Heap limits for each app (docs/performance.md, "Against the targets": Memory): V8 otherwise lets a busy app's heap
    // grow far past what it keeps alive. A NODE_OPTIONS that sets them itself wins.
    const nodeOptions = [
      process.env.NODE_OPTIONS ?? '',
      /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? '' : APP_HEAP_OPTIONS,
    ]
      .filter(Boolean)
      .join(' ');
    const services: Record<string, string> = {};
    for (const app of APPS) {
      const port = Number(process.env[app.portEnv] ?? app.port);
      const url = `http://127.0.0.1:${port}`;
      services[app.name] = url;
      const child = spawn(
        process.execPath,
        [...nodeArgs, '-r', join(root, 'scripts/register-paths.js'), join(root, 'dist/apps', app.name, 'src/main.js')],
        {
          cwd: root,
          env: {
            ...process.env,
            PORT: String(port),
            NODE_OPTIONS: nodeOptions,
            DATABASE_URL: db.url,
            ...kafkaEnv,
            ...idSecretEnv,
            // The console reaches the APIs where this start put them.
            GATEWAY_URL: services['agency-gateway'],
            INTAKE_URL: services.intake,
            AUDIT_URL: services.audit,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const prefix = `[${app.name}] `;
      // Each app's output also goes to .passerelle/logs/<app>.log (appended), for a background start.
      mkdirSync(LOG_DIR, { recursive: true });
      const logFile = createWriteStream(join(LOG_DIR, `${app.name}.log`), { flags: 'a', mode: 0o600 });
      for (const stream of [child.stdout, child.stderr]) {
        let buf = '';
        stream?.on('data', (d: Buffer) => {
          buf += d.toString('utf8');
          const lines = buf.split('\n');
          buf = lines.pop() ?? '';
          for (const l of lines) {
            process.stdout.write(prefix + l + '\n');
            logFile.write(l + '\n');
          }
        });
      }
      child.on('exit', (code, signal) => {
        if (!stopping) {
          say(`${app.name} exited (${signal ?? code}); stopping everything`);
          void stop(1);
        }
      });
      children.push(child);
    }
    // What `npm run stop` reads (scripts/stop.ts); removed when this process stops.
    writeRunFile({
      pid: process.pid,
      startedAt: new Date(t0).toISOString(),
      kafkaStartedHere: kafka.startedHere,
      kafkaBrokers: kafka.brokers,
      apps: APPS.map((a, i) => ({ name: a.name, pid: children[i].pid ?? 0, url: services[a.name] })),
    });
    await Promise.all(APPS.map((a, i) => waitHealthy(services[a.name], children[i], 180000)));

    const credentialsFile = writeCredentials(
      services,
      seeded,
      kafka.credentialsFile ? kafkaSection(readKafkaCredentials(kafka.credentialsFile)) : undefined,
      undefined,
      { token: metricsToken },
    );
    say(`ready in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    for (const [name, url] of Object.entries(services)) say(`  ${name.padEnd(15)} ${url}   (health: ${url}/health)`);
    say(`web console: ${services.console} (sign in with an API key below)`);
    say(`API keys of the demo principals and the Kafka users: ${credentialsFile} (mode 0600; API keys rotated at every start)`);
    say(`apps' logs: ${LOG_DIR}/<app>.log`);
    say(`Ctrl-C (or \`npm run stop\` from another terminal; run file ${RUN_FILE}) stops everything.`);
  } catch (e) {
    process.stderr.write(`passerelle: start failed: ${(e as Error).stack ?? e}\n`);
    await stop(1);
  }
}

void main();
