import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-signal data keys that seal the content Passerelle writes to Kafka (libs/crypto
 * sealing.ts): one row per signal, the key wrapped under the deployment's key-encryption key.
 * Deleting a row shreds every copy sealed with it.
 */
export class KeysDataKeys1797000000000 implements MigrationInterface {
  name = 'KeysDataKeys1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table keys.data_keys (
        signal_id uuid primary key,
        wrapped bytea not null,
        kek_id text not null,
        created_at timestamptz not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table keys.data_keys');
  }
}

export const keysMigrations = [KeysDataKeys1797000000000];
