import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLedger1763800000000 implements MigrationInterface {
  name = 'AuditLedger1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table audit.ledger (
        seq bigint primary key,
        event_id text not null unique,
        recorded_at timestamptz not null,
        occurred_at timestamptz,
        actor text not null,
        action text not null,
        agency text,
        signal_id text,
        correlation_id text,
        trace_id text,
        source_topic text not null,
        source_partition int not null,
        source_offset bigint not null,
        payload_digest text not null,
        details jsonb not null default '{}',
        prev_hash text not null,
        hash text not null
      )`);
    await q.query('create index ledger_signal on audit.ledger (signal_id, seq) where signal_id is not null');
    // Append-only for every role, owner included: only a superuser who disables the trigger can
    // rewrite history, and the signed checkpoints make that visible.
    await q.query(`
      create function audit.refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit.ledger is append-only: % refused', tg_op using errcode = '42501';
      end $$`);
    await q.query(`
      create trigger ledger_append_only before update or delete on audit.ledger
      for each row execute function audit.refuse_change()`);
    await q.query(`
      create trigger ledger_no_truncate before truncate on audit.ledger
      for each statement execute function audit.refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table audit.ledger');
    await q.query('drop function audit.refuse_change()');
  }
}

export const auditMigrations = [AuditLedger1763800000000];
