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

/** The role the audit app's connections switch to once migrations have run (cluster-wide, shared by databases). */
export const AUDIT_WRITER_ROLE = 'passerelle_audit_writer';

/**
 * Signed checkpoints, and a role that may only read and append: the app cannot UPDATE, DELETE or
 * TRUNCATE the ledger even without the trigger. Roles belong to the cluster while grants belong to
 * each database, so the role is created only when missing (test databases share one cluster).
 */
export class AuditCheckpointsAndWriterRole1764000000000 implements MigrationInterface {
  name = 'AuditCheckpointsAndWriterRole1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table audit.checkpoints (
        id bigint generated always as identity primary key,
        seq bigint not null,
        hash text not null,
        signed_at timestamptz not null,
        algorithm text not null,
        key_id text not null,
        public_key text not null,
        signature text not null,
        unique (seq, key_id)
      )`);
    await q.query(`
      create trigger checkpoints_append_only before update or delete on audit.checkpoints
      for each row execute function audit.refuse_change()`);
    await q.query(`
      create trigger checkpoints_no_truncate before truncate on audit.checkpoints
      for each statement execute function audit.refuse_change()`);
    await q.query(`
      do $$ begin
        if not exists (select 1 from pg_roles where rolname = '${AUDIT_WRITER_ROLE}') then
          create role ${AUDIT_WRITER_ROLE} nologin;
        end if;
      exception when duplicate_object or unique_violation then null; -- created concurrently
      end $$`);
    // A login role that is not a superuser must be a member to switch to it.
    await q.query(`
      do $$ begin
        if not (select rolsuper from pg_roles where rolname = current_user) then
          execute format('grant ${AUDIT_WRITER_ROLE} to %I', current_user);
        end if;
      end $$`);
    await q.query(`grant usage on schema audit to ${AUDIT_WRITER_ROLE}`);
    await q.query(`grant select, insert on audit.ledger, audit.checkpoints to ${AUDIT_WRITER_ROLE}`);
    // Authentication reads the principals through the same connections.
    await q.query(`grant usage on schema identity to ${AUDIT_WRITER_ROLE}`);
    await q.query(`grant select on identity.principals to ${AUDIT_WRITER_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`revoke all on identity.principals from ${AUDIT_WRITER_ROLE}`);
    await q.query(`revoke usage on schema identity from ${AUDIT_WRITER_ROLE}`);
    await q.query(`revoke all on audit.ledger from ${AUDIT_WRITER_ROLE}`);
    await q.query(`revoke usage on schema audit from ${AUDIT_WRITER_ROLE}`);
    await q.query('drop table audit.checkpoints');
  }
}

/**
 * Oversight queries over years of entries: each filter has an index ordered by seq, so a page is
 * an index range scan whatever the table size; recorded_at turns a time window into a seq range.
 */
export class AuditQueryIndexes1764000000001 implements MigrationInterface {
  name = 'AuditQueryIndexes1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('create index ledger_agency on audit.ledger (agency, seq) where agency is not null');
    await q.query('create index ledger_actor on audit.ledger (actor, seq)');
    await q.query('create index ledger_action on audit.ledger (action, seq)');
    await q.query('create index ledger_recorded_at on audit.ledger (recorded_at, seq)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const i of ['ledger_agency', 'ledger_actor', 'ledger_action', 'ledger_recorded_at']) await q.query(`drop index audit.${i}`);
  }
}

/**
 * The ledger deduplicates on (source topic, event id): an event id is unique only among the events
 * of the topic that carried it, so a message on one topic can never keep another's out of the
 * ledger. Only the key changes: what each entry hashes is the same, and old entries verify as
 * before.
 */
export class AuditLedgerDedupeByTopic1796300000000 implements MigrationInterface {
  name = 'AuditLedgerDedupeByTopic1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table audit.ledger add constraint ledger_topic_event unique (source_topic, event_id)');
    await q.query('alter table audit.ledger drop constraint ledger_event_id_key');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table audit.ledger add constraint ledger_event_id_key unique (event_id)');
    await q.query('alter table audit.ledger drop constraint ledger_topic_event');
  }
}

/**
 * A read is one entry listing every signal it returned (`details.signalIds`, issue 32, item 3): a
 * GIN index on that list lets a signal's trail and `?signal=` find the reads that returned it as
 * fast as the entries naming it in `signal_id`. The index is derived data: what entries hash is
 * unchanged.
 */
export class AuditLedgerReadSignals1796830000000 implements MigrationInterface {
  name = 'AuditLedgerReadSignals1796830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create index ledger_read_signals on audit.ledger using gin ((details -> 'signalIds'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop index audit.ledger_read_signals');
  }
}

/**
 * Authentication reads the version of the security briefing each principal owes (issue 29, item 5)
 * with its key: the audit's writer role, which authenticates oversight, reads those tables too.
 * (identity's migrations always run before a service's own.)
 */
export class AuditReadsBriefings1797295000000 implements MigrationInterface {
  name = 'AuditReadsBriefings1797295000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`grant select on identity.briefings, identity.briefing_acknowledgements to ${AUDIT_WRITER_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`revoke all on identity.briefings, identity.briefing_acknowledgements from ${AUDIT_WRITER_ROLE}`);
  }
}

/**
 * The classified register (issue 29, item 4) finds the reads of a product through the list of
 * products a read returned (`productIds`), as a signal's through `signalIds`: derived data, nothing
 * an entry hashes changes.
 */
export class AuditLedgerReadProducts1797400000000 implements MigrationInterface {
  name = 'AuditLedgerReadProducts1797400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create index ledger_read_products on audit.ledger using gin ((details -> 'productIds'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop index audit.ledger_read_products');
  }
}

/**
 * Oversight finds a signal by the reference its agency quotes (issue 26): the entries that carry the
 * reference's keyed digest (`details.refDigest`, feedback and bare submissions) are indexed by it.
 * Derived data: nothing an entry hashes changes.
 */
export class AuditLedgerReferences1798600000000 implements MigrationInterface {
  name = 'AuditLedgerReferences1798600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create index ledger_reference on audit.ledger ((details ->> 'refDigest'), agency) where details ? 'refDigest'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop index audit.ledger_reference');
  }
}

export const auditMigrations = [
  AuditLedger1763800000000,
  AuditCheckpointsAndWriterRole1764000000000,
  AuditQueryIndexes1764000000001,
  AuditLedgerDedupeByTopic1796300000000,
  AuditLedgerReadSignals1796830000000,
  AuditReadsBriefings1797295000000,
  AuditLedgerReadProducts1797400000000,
  AuditLedgerReferences1798600000000,
];
