import { keyedDigest, keySecrets } from '@passerelle/crypto';
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

/**
 * Retention and keyed digests. Signals get their `retentionUntil` (those routed before have none:
 * the purge takes the longest retention the contract allows from their arrival); a tombstone per
 * purged signal. Subject keys, the keys links name, and content fingerprints were stored as they
 * are (`person:<name>:<birth date>`) or as plain SHA-256: they become HMACs under the deployment's
 * key secret (libs/crypto/src/keys.ts), as the router now computes them.
 */
export class RouterRetentionKeyedDigests1796400000000 implements MigrationInterface {
  name = 'RouterRetentionKeyedDigests1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table router.signals add column retention_until date');
    await q.query('create index signals_retention on router.signals (retention_until)');
    await q.query('create index fingerprints_signal on router.fingerprints (signal_id)');
    await q.query('create index subject_keys_signal on router.subject_keys (first_signal_id)');
    await q.query('create index correlation_links_matched_key on router.correlation_links (matched_key) where matched_key is not null');
    await q.query(`
      create table router.purged_signals (
        signal_id text primary key,
        agency text not null,
        retention_until date,
        purged_at timestamptz not null default now()
      )`);
    const secret = keySecrets().current;
    const keyed = (domain: string) => (v: string) => keyedDigest(secret, domain, v);
    // Every stored key is re-keyed (a plain one never is 64 hex digits: it starts with its kind).
    await rekey(q, `select key as v from router.subject_keys where key !~ '^[0-9a-f]{64}$'`, keyed('subject-key'), async (from, to) => {
      await q.query(
        `update router.subject_keys k set key = t.next from unnest($1::text[], $2::text[]) as t(prev, next) where k.key = t.prev`,
        [from, to],
      );
      await q.query(
        `update router.correlation_links l set matched_key = t.next from unnest($1::text[], $2::text[]) as t(prev, next)
          where l.matched_key = t.prev`,
        [from, to],
      );
    });
    // Fingerprints were plain SHA-256 hex: mark the keyed ones apart by re-keying every row once, here.
    await rekey(q, `select fingerprint as v from router.fingerprints`, keyed('fingerprint'), async (from, to) => {
      await q.query(
        `update router.fingerprints f set fingerprint = t.next from unnest($1::text[], $2::text[]) as t(prev, next)
          where f.fingerprint = t.prev`,
        [from, to],
      );
    });
  }

  async down(): Promise<void> {
    throw new Error('keyed digests cannot be turned back into keys: restore a backup instead');
  }
}

/** Reads the values, then rewrites them 5 000 at a time. */
async function rekey(
  q: QueryRunner,
  select: string,
  digest: (v: string) => string,
  write: (from: string[], to: string[]) => Promise<void>,
): Promise<void> {
  const rows: { v: string }[] = await q.query(select);
  for (let i = 0; i < rows.length; i += 5000) {
    const from = [...new Set(rows.slice(i, i + 5000).map((r) => r.v))];
    await write(
      from,
      from.map((v) => digest(v)),
    );
  }
}

/**
 * Why a tombstone was left (`retention-expired` or `erased`), as the gateway's and the intake's
 * have it; an erased signal the router never held gets one too (no agency known then), so that a
 * submission of it that reaches the router late is not routed again.
 */
export class RouterTombstoneReason1797000000000 implements MigrationInterface {
  name = 'RouterTombstoneReason1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table router.purged_signals add column reason text not null default 'retention-expired'`);
    await q.query('alter table router.purged_signals alter column agency drop not null');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('delete from router.purged_signals where agency is null');
    await q.query('alter table router.purged_signals alter column agency set not null, drop column reason');
  }
}

export const routerMigrations = [
  RouterInboxSignals1763800000000,
  RouterCorrelation1763900000000,
  RouterInboxByTopic1796300000000,
  RouterRetentionKeyedDigests1796400000000,
  RouterTombstoneReason1797000000000,
];
