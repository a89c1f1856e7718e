import { MigrationInterface, QueryRunner } from 'typeorm';

export class RouterInboxSignals1763800000000 implements MigrationInterface {
  name = 'RouterInboxSignals1763800000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per consumed event: a redelivered event finds its row and has no second effect.
    await q.query(`
      create table router.inbox (
        event_id text primary key,
        topic text not null,
        kafka_partition int not null,
        kafka_offset bigint not null,
        processed_at timestamptz not null default now()
      )`);
    await q.query(`
      create table router.signals (
        signal_id text primary key,
        agency text not null,
        external_ref text not null,
        verdict text not null,
        destinations text[] not null default '{}',
        trace_id text,
        received_at timestamptz not null default now(),
        constraint router_signals_agency_ref unique (agency, external_ref)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table router.signals, router.inbox');
  }
}

export const routerMigrations = [RouterInboxSignals1763800000000];
