import { DynamicModule, Global, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { databaseUrlFromEnv, ensureDatabaseExists } from './database';
import { migrateSchema, MigrationClass } from './migrate';
import { persistenceConfigFromEnv } from './persistence-config';
import { identityMigrations } from './migrations/identity';
import { keysMigrations } from './migrations/keys';

export interface PersistenceOptions {
  /** The schema this service owns; its migrations run on start. */
  schema: string;
  migrations: MigrationClass[];
  /**
   * A role every connection of the app switches to (`-c role=…` at connection start), once the
   * migrations have run under the login role: the app then holds only that role's privileges.
   */
  sessionRole?: string;
}

const logger = new Logger('Persistence');

async function connect(opts: PersistenceOptions): Promise<DataSource> {
  if (opts.sessionRole && !/^[a-z_][a-z0-9_]*$/.test(opts.sessionRole)) throw new Error(`invalid session role ${opts.sessionRole}`);
  const url = databaseUrlFromEnv();
  // Read before the first try: a wrong value is not a database that is not ready yet.
  const config = persistenceConfigFromEnv();
  const deadline = Date.now() + config.connectTimeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await ensureDatabaseExists(url);
      // identity is shared by every service (principals for authentication); its migrations are
      // idempotent under the advisory lock, so whichever service starts first applies them.
      await migrateSchema(url, 'identity', identityMigrations);
      // keys (the per-signal data keys of sealed Kafka content) likewise: the router draws them,
      // the intake reads them, erasures and purges delete them (libs/persistence data-keys.ts).
      await migrateSchema(url, 'keys', keysMigrations);
      const ran = await migrateSchema(url, opts.schema, opts.migrations);
      if (ran.length) logger.log(`applied migrations to ${opts.schema}: ${ran.join(', ')}`);
      const ds = new DataSource({
        type: 'postgres',
        url,
        schema: opts.schema,
        synchronize: false,
        // Never log failed queries: their parameters hold signal content.
        logging: false,
        extra: {
          max: config.poolSize,
          application_name: `passerelle-${opts.schema}`,
          ...(opts.sessionRole ? { options: `-c role=${opts.sessionRole}` } : {}),
        },
      });
      return await ds.initialize();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      logger.warn(`database not ready (attempt ${attempt}): ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, Math.min(5000, 250 * attempt)));
    }
  }
}

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(private readonly ds: DataSource) {}
  // Runs after every beforeApplicationShutdown hook (consumers stopped, outbox flushed).
  async onApplicationShutdown(): Promise<void> {
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}

@Global()
@Module({})
export class PersistenceModule {
  static forRoot(opts: PersistenceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [{ provide: DataSource, useFactory: () => connect(opts) }, DataSourceCloser],
      exports: [DataSource],
    };
  }
}
