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

export class RouterCorrelation1763900000000 implements MigrationInterface {
  name = 'RouterCorrelation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    // Material-content fingerprints per agency: the first signal with a fingerprint owns it.
    await q.query(`
      create table router.fingerprints (
        agency text not null,
        fingerprint text not null,
        signal_id text not null,
        primary key (agency, fingerprint)
      )`);
    await q.query(`
      create table router.correlations (
        id text primary key,
        created_at timestamptz not null default now()
      )`);
    // One row per normalised subject key; the primary key is what keeps two router instances from
    // opening two dossiers for the same subject.
    await q.query(`
      create table router.subject_keys (
        key text primary key,
        correlation_id text not null references router.correlations (id),
        first_signal_id text not null,
        created_at timestamptz not null default now()
      )`);
    await q.query(`
      create table router.correlation_links (
        correlation_id text not null references router.correlations (id),
        signal_id text not null,
        agency text not null,
        matched_key text,
        linked_at timestamptz not null default now(),
        primary key (correlation_id, signal_id)
      )`);
    await q.query('create index correlation_links_signal on router.correlation_links (signal_id)');
    await q.query('alter table router.signals add column correlation_id text');
    await q.query(`
      create table router.rule_versions (
        version int primary key,
        content_hash text not null,
        rules jsonb not null,
        loaded_at timestamptz not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'drop table router.rule_versions, router.correlation_links, router.subject_keys, router.correlations, router.fingerprints',
    );
  }
}

/**
 * The inbox deduplicates on (topic, event id): an id is unique only among the events of the topic
 * that carried it, so a message on one topic can never pre-claim the effect of another's.
 */
export class RouterInboxByTopic1796300000000 implements MigrationInterface {
  name = 'RouterInboxByTopic1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table router.inbox drop constraint inbox_pkey, add primary key (topic, event_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table router.inbox drop constraint inbox_pkey, add primary key (event_id)');
  }
}

export const routerMigrations = [RouterInboxSignals1763800000000, RouterCorrelation1763900000000, RouterInboxByTopic1796300000000];
