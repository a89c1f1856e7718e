import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expandAcls, loadAclFile } from './acls';
import { KafkaConnection } from './kafka-settings';

/**
 * Client quotas per Kafka user (infra/kafka/quotas.json), so that one agency's flood cannot take the
 * broker's bandwidth and handler time from the others. kafkajs has no client-quota admin API
 * (AlterClientQuotas/DescribeClientQuotas), so they are applied and read with Kafka's own
 * `kafka.admin.ConfigCommand` (kafka-configs), from the jars `infra/kafka/kafka.sh` fetches.
 */
export interface QuotaFile {
  agency: Record<string, number>;
  users?: Record<string, Record<string, number>>;
}

export type UserQuotas = Map<string, Record<string, number>>;

const QUOTA_KEYS = new Set(['producer_byte_rate', 'consumer_byte_rate', 'request_percentage', 'controller_mutation_rate']);

function repoFile(rel: string): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, rel);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${rel} not found`);
  }
}

export function loadQuotaFile(env: NodeJS.ProcessEnv = process.env): QuotaFile {
  return JSON.parse(readFileSync(env.KAFKA_QUOTAS_FILE ?? repoFile('infra/kafka/quotas.json'), 'utf8')) as QuotaFile;
}

/** The quotas every user should have: the agency quota for each agency user, then the per-user ones. */
export function expandQuotas(file: QuotaFile, agencyUsers: string[]): UserQuotas {
  const out: UserQuotas = new Map();
  const check = (q: Record<string, number>, who: string) => {
    for (const [k, v] of Object.entries(q)) {
      if (!QUOTA_KEYS.has(k) || !(typeof v === 'number' && v > 0)) throw new Error(`quotas.json: ${who}: ${k}=${String(v)} is not a quota`);
    }
    return q;
  };
  for (const u of agencyUsers) out.set(u, check({ ...file.agency }, 'agency'));
  for (const [u, q] of Object.entries(file.users ?? {})) out.set(u, check({ ...(out.get(u) ?? {}), ...q }, u));
  return out;
}

/** The quotas wanted for the agencies of acls.json (and those given). */
export function wantedQuotas(agencies: string[] = [], env: NodeJS.ProcessEnv = process.env): UserQuotas {
  const users = expandAcls(loadAclFile(env), { agencies })
    .users.filter((u) => u.kind === 'agency')
    .map((u) => u.name);
  return expandQuotas(loadQuotaFile(env), users);
}

let jars: string | undefined;

/** The directory of Kafka's jars (fetched by kafka.sh into ~/.cache/passerelle on first use). */
function kafkaJars(): string {
  jars ??= execFileSync('bash', [repoFile('infra/kafka/kafka.sh'), 'jars'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  return jars;
}

/** Runs ConfigCommand as the connection's user (an operator: altering quotas needs ALTER_CONFIGS on the cluster). */
function configCommand(conn: KafkaConnection, args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-quotas-'));
  try {
    const mechanism = conn.auth.mechanism.toUpperCase();
    const module =
      conn.auth.mechanism === 'plain'
        ? 'org.apache.kafka.common.security.plain.PlainLoginModule'
        : 'org.apache.kafka.common.security.scram.ScramLoginModule';
    const q = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const props = [
      `security.protocol=${conn.tls ? 'SASL_SSL' : 'SASL_PLAINTEXT'}`,
      `sasl.mechanism=${mechanism}`,
      `sasl.jaas.config=${module} required username="${q(conn.auth.username)}" password="${q(conn.auth.password)}";`,
    ];
    if (conn.tls?.ca?.length) {
      writeFileSync(join(dir, 'ca.pem'), conn.tls.ca.join('\n'), { mode: 0o600 });
      props.push('ssl.truststore.type=PEM', `ssl.truststore.location=${join(dir, 'ca.pem')}`);
    }
    writeFileSync(join(dir, 'admin.properties'), props.join('\n') + '\n', { mode: 0o600 });
    writeFileSync(
      join(dir, 'log4j.properties'),
      'log4j.rootLogger=ERROR, err\nlog4j.appender.err=org.apache.log4j.ConsoleAppender\nlog4j.appender.err.Target=System.err\nlog4j.appender.err.layout=org.apache.log4j.PatternLayout\n',
    );
    return execFileSync(
      'java',
      [
        `-Dlog4j.configuration=file:${join(dir, 'log4j.properties')}`,
        '-cp',
        `${kafkaJars()}/*`,
        'kafka.admin.ConfigCommand',
        '--bootstrap-server',
        conn.brokers.join(','),
        '--command-config',
        join(dir, 'admin.properties'),
        ...args,
      ],
      // A JVM's start alone took 30 s on the shared 2-core machine under load: generous.
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The quotas the brokers hold for every user that has any (read back with ConfigCommand --describe). */
export function describeUserQuotas(conn: KafkaConnection): UserQuotas {
  const out: UserQuotas = new Map();
  const text = configCommand(conn, ['--describe', '--entity-type', 'users']);
  for (const m of text.matchAll(/^Quota configs for user-principal '([^']+)' are (.*)$/gm)) {
    const q: Record<string, number> = {};
    for (const kv of m[2].split(/,\s*/)) {
      const [k, v] = kv.split('=');
      if (k && v !== undefined) q[k.trim()] = Number(v);
    }
    out.set(m[1], q);
  }
  return out;
}

const same = (a: Record<string, number> | undefined, b: Record<string, number>) =>
  !!a && Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v);

/**
 * Puts every wanted quota in force (only those that differ from what the brokers hold: one
 * ConfigCommand run to read, one per user to change); answers the users it changed. A quota the
 * file no longer names for a user it still lists is removed (`--delete-config`).
 */
export function applyQuotas(conn: KafkaConnection, wanted: UserQuotas): string[] {
  const current = describeUserQuotas(conn);
  const changed: string[] = [];
  for (const [user, q] of wanted) {
    const now = current.get(user);
    if (same(now, q)) continue;
    const stale = Object.keys(now ?? {}).filter((k) => !(k in q));
    configCommand(conn, [
      '--alter',
      '--entity-type',
      'users',
      '--entity-name',
      user,
      '--add-config',
      Object.entries(q)
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
      ...(stale.length ? ['--delete-config', stale.join(',')] : []),
    ]);
    changed.push(user);
  }
  return changed;
}
