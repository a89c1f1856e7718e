/**
 * Provisioning shared by `npm start` and the compose file's `setup` service: topics, the identity
 * schema, demo principals with fresh API keys, and the credentials file.
 *
 *   node -r ./scripts/register-paths.js dist/scripts/provision.js   (reads DATABASE_URL, KAFKA_BROKERS, SERVICE_URLS)
 */
import 'reflect-metadata';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { provisionTopics } from '@passerelle/messaging';
import { databaseUrlFromEnv, identityMigrations, migrateSchema } from '@passerelle/persistence';
import { DEMO_PRINCIPALS, PrincipalsRepository } from '@passerelle/security';
import { DataSource } from 'typeorm';

export const ROOT = resolve(__dirname, '..', '..');
export const CREDENTIALS_FILE = join(ROOT, '.passerelle', 'dev-credentials.json');

export interface SeededPrincipal {
  name: string;
  role: string;
  agency: string | null;
  clearance: string;
  clearanceExpiresAt: string;
  feeds: string[];
  apiKey: string;
}

export async function createTopics(brokers: string): Promise<string[]> {
  return provisionTopics(brokers.split(','));
}

/** Seeds the demo principals, each with a new key (keys are stored hashed, so they are rotated). */
export async function seedDemoPrincipals(databaseUrl: string): Promise<SeededPrincipal[]> {
  await migrateSchema(databaseUrl, 'identity', identityMigrations);
  const ds = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
  try {
    const repo = new PrincipalsRepository(ds);
    const inAYear = new Date(Date.now() + 365 * 24 * 3600 * 1000);
    const out: SeededPrincipal[] = [];
    for (const p of DEMO_PRINCIPALS) {
      const { principal, apiKey } = await repo.upsertWithNewKey({ ...p, clearanceExpiresAt: inAYear });
      out.push({
        name: principal.name,
        role: principal.role,
        agency: principal.agency,
        clearance: principal.clearance,
        clearanceExpiresAt: inAYear.toISOString(),
        feeds: principal.feeds,
        apiKey,
      });
    }
    return out;
  } finally {
    await ds.destroy();
  }
}

/** Writes the credentials file, readable by its owner only (it holds API keys). */
export function writeCredentials(services: Record<string, string>, principals: SeededPrincipal[], file = CREDENTIALS_FILE): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ services, principals }, null, 2) + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return file;
}

if (require.main === module) {
  (async () => {
    const brokers = process.env.KAFKA_BROKERS;
    if (!brokers) throw new Error('KAFKA_BROKERS is required');
    const created = await createTopics(brokers);
    process.stdout.write(`provision: ${created.length} topic(s) created\n`);
    const principals = await seedDemoPrincipals(databaseUrlFromEnv());
    const services = JSON.parse(process.env.SERVICE_URLS ?? '{}') as Record<string, string>;
    const file = writeCredentials(services, principals, process.env.CREDENTIALS_FILE ?? CREDENTIALS_FILE);
    process.stdout.write(`provision: ${principals.length} principals seeded; API keys in ${file}\n`);
  })().catch((e) => {
    process.stderr.write(`provision failed: ${(e as Error).stack}\n`);
    process.exit(1);
  });
}
