import { DataSource, MigrationInterface } from 'typeorm';

export type MigrationClass = new () => MigrationInterface;

/**
 * Runs one schema's migrations, with their own `<schema>.migrations` table, under a Postgres
 * advisory lock so that several processes starting together never run the same migration twice.
 */
export async function migrateSchema(url: string, schema: string, migrations: MigrationClass[]): Promise<string[]> {
  const ds = new DataSource({
    type: 'postgres',
    url,
    schema,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Never log failed queries: their parameters hold signal content.
    logging: false,
  });
  await ds.initialize();
  const lock = ds.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('select pg_advisory_lock(hashtext($1))', [`passerelle.migrate.${schema}`]);
    await lock.query(`create schema if not exists "${schema}"`);
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await lock.query('select pg_advisory_unlock(hashtext($1))', [`passerelle.migrate.${schema}`]).catch(() => undefined);
    await lock.release();
    await ds.destroy();
  }
}
