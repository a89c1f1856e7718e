import 'reflect-metadata';
import { Type } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, HttpAppOptions, startApp } from '@passerelle/http';
import { createTestDatabase, createTestTopics, deleteTestTopics } from '@passerelle/testing';
import { NewPrincipal, PrincipalsRepository } from '@passerelle/security';
import { DataSource } from 'typeorm';
import { GatewayModule } from '../../apps/agency-gateway/src/app.module';
import { GATEWAY_HTTP } from '../../apps/agency-gateway/src/gateway.http';
import { RouterModule } from '../../apps/router/src/app.module';
import { IntakeModule } from '../../apps/intake/src/app.module';
import { AuditModule } from '../../apps/audit/src/app.module';
import { AUDIT_HTTP } from '../../apps/audit/src/audit.http';
import { INTAKE_HTTP } from '../../apps/intake/src/intake.http';
import { ROUTER_HTTP } from '../../apps/router/src/router.http';

export const APP_MODULES: Record<string, Type<unknown>> = {
  'agency-gateway': GatewayModule,
  router: RouterModule,
  intake: IntakeModule,
  audit: AuditModule,
};

export interface RunningSystem {
  urls: Record<string, string>;
  apps: Record<string, NestFastifyApplication>;
  databaseUrl: string;
  topicPrefix: string;
  /** API keys by principal name. */
  keys: Record<string, string>;
  /** Plain SQL on the system's database, for assertions. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * Boots the four apps with their production modules, in this process, on their own database and
 * topic namespace, against the real Kafka and Postgres of the test run.
 */
/**
 * A fixture principal. Every one has acknowledged the security briefing in force (issue 29, item 5),
 * as a clearance holder must before reading anything classified, unless `briefed: false`.
 */
export type FixturePrincipal = NewPrincipal & { briefed?: boolean };

export async function startSystem(
  principals: FixturePrincipal[],
  which = Object.keys(APP_MODULES),
  gatewayOverrides: Partial<HttpAppOptions> = {},
): Promise<RunningSystem> {
  const db = await createTestDatabase();
  const topicPrefix = await createTestTopics();
  process.env.DATABASE_URL = db.url;
  process.env.KAFKA_TOPIC_PREFIX = topicPrefix;
  process.env.LOG_LEVEL ??= 'warn';
  process.env.OUTBOX_POLL_MS ??= '200';
  const ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
  const repo = new PrincipalsRepository(ds);
  const keys: Record<string, string> = {};
  for (const p of principals) {
    const { principal, apiKey } = await repo.upsertWithNewKey(p);
    keys[p.name] = apiKey;
    if (p.briefed !== false) {
      await ds.query(
        `insert into identity.briefing_acknowledgements (principal_id, version)
         select $1, max(version) from identity.briefings on conflict do nothing`,
        [principal.id],
      );
    }
  }

  const apps: Record<string, NestFastifyApplication> = {};
  const urls: Record<string, string> = {};
  for (const name of which) {
    const opts: HttpAppOptions =
      name === 'agency-gateway'
        ? { ...GATEWAY_HTTP, ...gatewayOverrides }
        : name === 'intake'
          ? INTAKE_HTTP
          : name === 'audit'
            ? AUDIT_HTTP
            : ROUTER_HTTP;
    const app = await createHttpApp(APP_MODULES[name], opts);
    urls[name] = await startApp(app);
    apps[name] = app;
  }
  return {
    urls,
    apps,
    databaseUrl: db.url,
    topicPrefix,
    keys,
    sql: (q, params) => ds.query(q, params),
    close: async () => {
      for (const app of Object.values(apps).reverse()) await app.close();
      await ds.destroy();
      await db.drop();
      await deleteTestTopics(topicPrefix);
    },
  };
}
