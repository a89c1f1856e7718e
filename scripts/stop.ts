/**
 * `npm run stop`: stops what `npm start` started in this checkout — from another terminal, or when
 * `npm start` runs in the background — and a broker of this checkout that was left running.
 *
 *   npm run stop [-- --keep-kafka]
 *
 * 1. `npm start` running (its run file, .passerelle/run.json): SIGTERM to it, which stops the apps
 *    (each finishes its running batch), then the broker if it started it, then an embedded Postgres;
 *    waited for up to 90 s.
 * 2. Its apps still running although it is gone (it was killed): SIGTERM to each of them.
 * 3. A broker of this checkout still running (pid files under PASSERELLE_KAFKA_DIR, default
 *    .passerelle/kafka): `infra/kafka/kafka.sh stop`, unless --keep-kafka. This also stops a broker
 *    that `npm test` left behind.
 * 4. An embedded Postgres of this checkout (.passerelle/postgres) left running: stopped (fast shutdown).
 *
 * A local Postgres server (the system's, on 5432) is never stopped. Exit code 0 when nothing of
 * this checkout runs any more, 1 otherwise.
 */
import { execFileSync } from 'node:child_process';
import {
  alive,
  commandLine,
  KAFKA_SCRIPT,
  kafkaStateRoot,
  readRunFile,
  removeRunFile,
  runningEmbeddedPostgres,
  runningStart,
  runningKafkaNodes,
  waitGone,
} from './local-state';

const say = (msg: string) => process.stdout.write(`passerelle stop: ${msg}\n`);

async function main(): Promise<number> {
  const keepKafka = process.argv.includes('--keep-kafka');
  let failed = false;
  const run = readRunFile();
  if (run && runningStart()) {
    say(`stopping npm start (pid ${run.pid}, running since ${run.startedAt}): its apps${run.kafkaStartedHere ? ', its broker' : ''}…`);
    process.kill(run.pid, 'SIGTERM');
    const left = await waitGone([run.pid], 90000);
    if (left.length) {
      say(`npm start (pid ${run.pid}) did not stop within 90 s`);
      failed = true;
    } else say('npm start stopped');
  } else if (run) {
    say('npm start is not running (its run file is stale)');
  } else {
    say('npm start is not running');
  }

  // Apps whose supervisor was killed: they are ours only if they still run our own main.js.
  const orphans = (run?.apps ?? []).filter((a) => alive(a.pid) && commandLine(a.pid).includes(`apps/${a.name}/src/main.js`));
  if (orphans.length) {
    say(`stopping ${orphans.map((a) => `${a.name} (pid ${a.pid})`).join(', ')}`);
    for (const a of orphans) process.kill(a.pid, 'SIGTERM');
    const left = await waitGone(
      orphans.map((a) => a.pid),
      30000,
    );
    for (const pid of left) process.kill(pid, 'SIGKILL');
  }
  if (run && !alive(run.pid)) removeRunFile();

  const brokers = runningKafkaNodes();
  const keptKafka = brokers.length > 0 && keepKafka;
  if (keptKafka) {
    say(`a broker of this checkout still runs (${kafkaStateRoot()}); kept (--keep-kafka)`);
  } else {
    for (const b of brokers) {
      say(`stopping the ${b.nodes}-node broker of this checkout (${kafkaStateRoot()}/cluster-${b.nodes}, pid ${b.pids.join(', ')})`);
      try {
        execFileSync('bash', [KAFKA_SCRIPT, 'stop', '--nodes', String(b.nodes)], { stdio: 'inherit' });
      } catch {
        failed = true;
      }
    }
    if (!brokers.length) say('no broker of this checkout runs');
  }

  const pg = runningEmbeddedPostgres();
  if (pg) {
    say(`stopping the embedded Postgres of this checkout (pid ${pg})`);
    // SIGINT is Postgres's fast shutdown: open sessions are ended, the data is consistent.
    process.kill(pg, 'SIGINT');
    if ((await waitGone([pg], 30000)).length) failed = true;
  }
  say(
    failed
      ? 'something is still running (see above)'
      : keptKafka
        ? 'nothing of this checkout runs but its broker'
        : 'nothing of this checkout is running',
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`passerelle stop: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
