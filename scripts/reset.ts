/**
 * `npm run reset`: wipes the local system's data for a clean demo, after a confirmation.
 *
 *   npm run reset [-- --yes]
 *
 * Wiped: Passerelle's schemas in the database `npm start` uses (gateway, router, intake, audit, keys,
 * identity: signals, feeds, dossiers, receipts, feedback, the audit ledger and its checkpoints,
 * principals), its topics on the broker (signals.*, feeds.*, feedback.*, access.recorded.v1,
 * identity.principals.changed.v1, deadletters.*, under KAFKA_TOPIC_PREFIX) and its consumer groups
 * (passerelle.*), the apps' logs and .passerelle/dev-credentials.json. Kept: the broker's users and
 * passwords, its TLS certificates, the audit signing key and the other secrets under .passerelle/,
 * and everything else in the database or on the broker (other schemas, other topics, the tests').
 * The next `npm start` creates everything anew: migrations, topics, demo principals with new keys.
 *
 * Refuses while `npm start` runs (`npm run stop` first). Finds the database and the broker as
 * `npm start` does (DATABASE_URL, else the local server, else the embedded Postgres; KAFKA_BROKERS
 * with KAFKA_CREDENTIALS_FILE, else infra/kafka/kafka.sh, started for the reset and stopped again
 * when it was not running). Without --yes it asks; with no terminal to ask on, it refuses.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { topicNames } from '@passerelle/contracts';
import { kafkaClient, kafkaConnectionFromEnv } from '@passerelle/messaging';
import { databaseName, provideDatabase, ProvidedDatabase } from '@passerelle/persistence';
import { Client } from 'pg';
import { describeEarlierData, earlierData, KAFKA_SCRIPT, LOG_DIR, maskUrl, runningStart, SCHEMAS, STATE_DIR } from './local-state';

const say = (msg: string) => process.stdout.write(`passerelle reset: ${msg}\n`);

/** Whether a topic is one of the deployment's, under the prefix (never a test file's `t<hex>.` namespace). */
export function isPasserelleTopic(topic: string, prefix: string): boolean {
  const t = topicNames(prefix);
  return (
    [t.routed, t.rejected, t.accessRecorded, t.principalsChanged].includes(topic) ||
    [t.submittedPattern, t.feedPattern, t.feedbackPattern, t.deadLettersPattern].some((p) => p.test(topic))
  );
}

function brokerEnv(): { env: NodeJS.ProcessEnv; startedHere: boolean } {
  if (process.env.KAFKA_BROKERS) return { env: process.env, startedHere: false };
  say('starting the local broker to delete its topics (infra/kafka/kafka.sh start)');
  const out = execFileSync('bash', [KAFKA_SCRIPT, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const brokers = /KAFKA_BROKERS=(\S+)/.exec(out)?.[1];
  const credentials = /KAFKA_CREDENTIALS_FILE=(\S+)/.exec(out)?.[1];
  if (!brokers || !credentials) throw new Error(`kafka.sh did not report its brokers and credentials: ${out}`);
  return {
    env: { ...process.env, KAFKA_BROKERS: brokers, KAFKA_CREDENTIALS_FILE: credentials },
    startedHere: /KAFKA_STARTED=yes/.test(out),
  };
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    say('no terminal to ask for a confirmation on: run `npm run reset -- --yes` to wipe without asking');
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(y|yes)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const yes = process.argv.includes('--yes') || process.argv.includes('-y');
  const run = runningStart();
  if (run) {
    say(`npm start is running (pid ${run.pid}): stop it first with \`npm run stop\``);
    return 1;
  }
  let db: ProvidedDatabase | undefined;
  let kafka: { env: NodeJS.ProcessEnv; startedHere: boolean } | undefined;
  try {
    db = await provideDatabase(STATE_DIR);
    kafka = brokerEnv();
    const prefix = kafka.env.KAFKA_TOPIC_PREFIX ?? '';
    const admin = kafkaClient(kafkaConnectionFromEnv('admin', kafka.env), 'passerelle-reset').admin();
    await admin.connect();
    try {
      const topics = (await admin.listTopics()).filter((t) => isPasserelleTopic(t, prefix)).sort();
      const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(`${prefix}passerelle.`));
      const data = await earlierData(db.url);
      const schemas = await existingSchemas(db.url);

      say('this wipes, for a clean start:');
      say(`  database ${databaseName(db.url)} (${maskUrl(db.url)}): schemas ${schemas.length ? schemas.join(', ') : '(none yet)'}`);
      if (data) say(`    holding ${describeEarlierData(data)}`);
      say(
        `  broker ${kafka.env.KAFKA_BROKERS}: ${topics.length} topic(s)${prefix ? ` under the prefix '${prefix}'` : ''}, ${groups.length} consumer group(s)`,
      );
      say("  the apps' logs (.passerelle/logs) and .passerelle/dev-credentials.json");
      say('kept: Kafka users and passwords, TLS certificates, the audit signing key and other secrets under .passerelle/');
      if (!schemas.length && !topics.length && !groups.length) {
        say('nothing to wipe');
        return 0;
      }
      if (!yes && !(await confirm('Wipe all of this? Type "yes" to continue: '))) {
        say('nothing was changed');
        return 1;
      }
      if (groups.length) await admin.deleteGroups(groups);
      if (topics.length) await admin.deleteTopics({ topics, timeout: 60000 });
      say(`deleted ${topics.length} topic(s) and ${groups.length} consumer group(s)`);
    } finally {
      await admin.disconnect();
    }
    await dropSchemas(db.url);
    rmSync(LOG_DIR, { recursive: true, force: true });
    rmSync(join(STATE_DIR, 'dev-credentials.json'), { force: true });
    say('done: the next `npm start` migrates, provisions and seeds a fresh system');
    return 0;
  } finally {
    if (kafka?.startedHere) execFileSync('bash', [KAFKA_SCRIPT, 'stop'], { stdio: 'inherit' });
    await db?.stop();
  }
}

async function existingSchemas(url: string): Promise<string[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`select nspname from pg_namespace where nspname = any($1::text[]) order by nspname`, [[...SCHEMAS]]);
    return rows.map((r: { nspname: string }) => r.nspname);
  } finally {
    await c.end();
  }
}

/**
 * Drops the schemas with everything in them. The ledger's triggers refuse DELETE and TRUNCATE, not
 * DROP: the database's owner can always drop what it owns, which is what a reset is.
 */
async function dropSchemas(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    for (const s of SCHEMAS) await c.query(`drop schema if exists "${s}" cascade`);
    say(`dropped schemas ${SCHEMAS.join(', ')}`);
  } finally {
    await c.end();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`passerelle reset: ${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
}
