/**
 * The retention purge, as a command (the apps also run it on a schedule, PURGE_INTERVAL_MS):
 *
 *   npm run purge -- [--now <ISO instant>] [--service gateway|router|intake]
 *
 * Removes every copy the gateway, the router and the intake hold of the signals whose retentionUntil
 * has passed at `--now` (default: now), and sends a `signals.purged.v1` notice per signal and
 * service, which the audit records as a `signal.purged` entry; the gateway also removes reporters'
 * drafts never forwarded and untouched for DRAFTS_RETENTION_DAYS (a `draft.purged` entry). `--now` sets the purge's clock forward
 * (a rehearsal, a test); rows are never edited to make a signal due. Reads DATABASE_URL, KAFKA_BROKERS,
 * KAFKA_CREDENTIALS_FILE (default the local cluster's), KAFKA_TOPIC_PREFIX and the secrets like the
 * apps. Exit codes: 0 done, 1 failed, 2 bad usage.
 */
import 'reflect-metadata';
import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { purgeAll, PurgeJob } from '@passerelle/persistence';
import { GatewayModule } from '../apps/agency-gateway/src/app.module';
import { PurgeGatewaySignalsUseCase } from '../apps/agency-gateway/src/retention/purge-signals.usecase';
import { PurgeStaleDraftsUseCase } from '../apps/agency-gateway/src/drafts/purge-drafts.usecase';
import { IntakeModule } from '../apps/intake/src/app.module';
import { PurgeIntakeSignalsUseCase } from '../apps/intake/src/retention/purge-signals.usecase';
import { RouterModule } from '../apps/router/src/app.module';
import { PurgeRouterSignalsUseCase } from '../apps/router/src/retention/purge-signals.usecase';

export const USAGE = 'usage: npm run purge -- [--now <ISO 8601 instant>] [--service gateway|router|intake]';

const SERVICES: Record<string, { module: Type<unknown>; job: Type<PurgeJob>; drafts?: Type<PurgeJob> }> = {
  // The gateway also removes reporters' drafts never forwarded and untouched for DRAFTS_RETENTION_DAYS.
  gateway: { module: GatewayModule, job: PurgeGatewaySignalsUseCase, drafts: PurgeStaleDraftsUseCase },
  router: { module: RouterModule, job: PurgeRouterSignalsUseCase },
  intake: { module: IntakeModule, job: PurgeIntakeSignalsUseCase },
};

/** The instant `--now` names; null when it names none. */
export function parseNow(value: string | undefined, clock = () => new Date()): Date | null {
  if (value === undefined) return clock();
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) return null;
  const d = new Date(value);
  return isNaN(d.getTime()) ? null : d;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values: { now?: string; service?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { now: { type: 'string' }, service: { type: 'string' } } }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const now = parseNow(values.now);
  const services = values.service ? [values.service] : Object.keys(SERVICES);
  if (!now || services.some((s) => !SERVICES[s])) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // The command is the schedule here: the apps' own timers stay off in this process.
  env.PURGE_INTERVAL_MS = '0';
  const local = join(__dirname, '..', '..', '.passerelle', 'kafka', 'cluster-1', 'credentials.json');
  if (!env.KAFKA_CREDENTIALS_FILE && !env.KAFKA_SASL_USERNAME && existsSync(local)) env.KAFKA_CREDENTIALS_FILE = local;
  for (const service of services) {
    const { module, job, drafts } = SERVICES[service];
    let app: INestApplicationContext | undefined;
    try {
      app = await NestFactory.createApplicationContext(module, { logger: ['error', 'warn'] });
      await app.init();
      const n = await purgeAll(app.get(job), now);
      process.stdout.write(`${service}: purged ${n} signal(s) whose retention ended by ${now.toISOString().slice(0, 10)}\n`);
      if (drafts) process.stdout.write(`${service}: purged ${await purgeAll(app.get(drafts), now)} stale draft(s) never forwarded\n`);
    } catch (e) {
      const x = e as { name?: string; code?: unknown };
      process.stderr.write(`${service}: purge failed (${x?.name ?? typeof e}${x?.code ? ` ${String(x.code)}` : ''})\n`);
      return 1;
    } finally {
      await app?.close();
    }
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    () => process.exit(1),
  );
}
