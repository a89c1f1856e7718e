import { MigrationInterface, QueryRunner } from 'typeorm';

export class IntakeInboxSignals1763800000000 implements MigrationInterface {
  name = 'IntakeInboxSignals1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table intake.inbox (
        event_id text primary key,
        topic text not null,
        kafka_partition int not null,
        kafka_offset bigint not null,
        processed_at timestamptz not null default now()
      )`);
    await q.query(`
      create table intake.signals (
        seq bigserial unique,
        signal_id uuid primary key,
        feed text not null,
        agency text not null,
        category text not null,
        urgency text not null,
        classification text not null,
        correlation_id text,
        payload jsonb not null,
        trace_id text,
        received_at timestamptz not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table intake.signals, intake.inbox');
  }
}

export const intakeMigrations = [IntakeInboxSignals1763800000000];
