/**
 * Dead letters, for operators: what a service's consumers set aside, and a replay once the cause
 * is fixed (a new contract version deployed, a bug fixed).
 *
 *   npm run deadletters -- list [--service gateway|intake|router|audit] [--json]
 *   npm run deadletters -- replay --service <service> --at <partition>@<offset> [--at …]
 *   npm run deadletters -- replay --service <service> --all [--consumer <name>]
 *
 * Runs as the Kafka operator (user `admin` of KAFKA_CREDENTIALS_FILE, default the local cluster's
 * .passerelle/kafka/cluster-1/credentials.json, or KAFKA_SASL_*), with KAFKA_BROKERS and
 * KAFKA_TOPIC_PREFIX like the apps. A replay produces the record as it came (key, value, headers
 * with its ce-id) onto its source topic, with a `passerelle-replayed-from` header; the consumer
 * handles it like any other record, and sets it aside again if it still fails. Exit codes: 0 done,
 * 1 refused (no such dead letter, record not kept), 2 bad usage.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEAD_LETTER_SERVICES, topicNames } from '@passerelle/contracts';
import { DeadLetterTools, kafkaConnectionFromEnv, StoredDeadLetter } from '@passerelle/messaging';

export const USAGE = `usage: npm run deadletters -- <command>
  list [--service <${DEAD_LETTER_SERVICES.join('|')}>] [--json]        every dead letter: where, from where, why
  replay --service <service> --at <partition>@<offset> [--at …]       produce those records again on their source topics
  replay --service <service> --all [--consumer <name>]                 every dead letter of the service (of one consumer)`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

function describe(d: StoredDeadLetter): string {
  const l = d.letter;
  if (!l) return `${d.partition}@${d.offset}  (not a readable dead letter)`;
  const why = l.reasons.map((r) => `${r.path || '(message)'}: ${r.reason}`).join('; ');
  return `${d.partition}@${d.offset}  ${l.occurredAt}  ${l.consumer}  from ${l.sourceTopic}/${l.sourcePartition}@${l.sourceOffset}  ${why}${l.value === null ? '  [record not kept]' : ''}`;
}

export async function run(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        service: { type: 'string' },
        at: { type: 'string', multiple: true },
        all: { type: 'boolean' },
        consumer: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  const services = values.service ? [values.service] : [...DEAD_LETTER_SERVICES];
  if (!['list', 'replay'].includes(command ?? '') || services.some((s) => !(DEAD_LETTER_SERVICES as readonly string[]).includes(s))) {
    io.err(USAGE);
    return 2;
  }
  const localCredentials = join(__dirname, '..', '..', '.passerelle', 'kafka', 'cluster-1', 'credentials.json');
  const connectionEnv =
    env.KAFKA_CREDENTIALS_FILE || env.KAFKA_SASL_USERNAME || !existsSync(localCredentials)
      ? env
      : { ...env, KAFKA_CREDENTIALS_FILE: localCredentials };
  const tools = new DeadLetterTools(kafkaConnectionFromEnv('admin', connectionEnv));
  const t = topicNames(env.KAFKA_TOPIC_PREFIX ?? '');

  if (command === 'list') {
    for (const service of services) {
      const letters = await tools.list(t.deadLetters(service));
      if (values.json) {
        for (const d of letters)
          io.out(JSON.stringify({ service, partition: d.partition, offset: d.offset, ...d.letter, value: undefined }));
        continue;
      }
      io.out(`${t.deadLetters(service)}: ${letters.length} dead letter(s)`);
      for (const d of letters) io.out(`  ${describe(d)}`);
    }
    return 0;
  }

  if (!values.service || (!values.all && !values.at?.length) || (values.all && values.at?.length)) {
    io.err(`replay needs --service and either --all or --at\n${USAGE}`);
    return 2;
  }
  const letters = await tools.list(t.deadLetters(values.service));
  let chosen: StoredDeadLetter[];
  if (values.all) {
    chosen = letters.filter((d) => d.letter && (!values.consumer || d.letter.consumer === values.consumer));
  } else {
    chosen = [];
    for (const at of values.at ?? []) {
      const m = /^(\d+)@(\d+)$/.exec(at);
      if (!m) {
        io.err(`--at ${at}: expected <partition>@<offset>`);
        return 2;
      }
      const d = letters.find((x) => x.partition === Number(m[1]) && x.offset === m[2]);
      if (!d) {
        io.err(`no dead letter at ${t.deadLetters(values.service)} ${at}`);
        return 1;
      }
      chosen.push(d);
    }
  }
  try {
    await tools.replay(chosen);
  } catch (e) {
    io.err((e as Error).message);
    return 1;
  }
  for (const d of chosen) io.out(`replayed ${d.partition}@${d.offset} onto ${d.letter!.sourceTopic}`);
  io.out(`${chosen.length} record(s) replayed`);
  return 0;
}

if (require.main === module) {
  run(process.argv.slice(2), { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) }).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`deadletters: ${(e as Error).message}\n`);
      process.exit(1);
    },
  );
}
