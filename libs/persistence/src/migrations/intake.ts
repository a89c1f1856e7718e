import { IntakeProductExercises1798000000000, IntakeProducts1797900000000, IntakeProductsFilteredOut1797910000000 } from './products';
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

/**
 * Dossiers, per-feed ordering, assessments, access control columns and the intake's outbox.
 *
 * Visibility is decided in SQL (`class_rank` against the reader's clearance, feed membership), so
 * what a reader may not see is never fetched, counted or streamed.
 */
export class IntakeDossiersAssessments1763900000000 implements MigrationInterface {
  name = 'IntakeDossiersAssessments1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table intake.signals
        add column class_rank smallint generated always as (case classification
          when 'unclassified' then 0 when 'restricted' then 1 when 'confidential' then 2
          when 'secret' then 3 when 'top-secret' then 4 else 99 end) stored,
        add column rule_id text,
        add column rule_version int,
        add column matched_key jsonb,
        add column due_at timestamptz,
        add column version int not null default 0,
        add column outcome text,
        add column assessed_at timestamptz`);
    await q.query(`update intake.signals set due_at = received_at + interval '7 days' where due_at is null`);
    await q.query('alter table intake.signals alter column due_at set not null');
    await q.query('create index signals_correlation on intake.signals (correlation_id)');
    await q.query('create index signals_unassessed_due on intake.signals (agency, due_at) where outcome is null');
    await q.query(`
      create table intake.dossiers (
        id text primary key,
        opened_at timestamptz not null default now()
      )`);
    await q.query(`insert into intake.dossiers (id) select distinct correlation_id from intake.signals where correlation_id is not null`);
    // One row per (feed, signal), numbered in commit order (writers serialise on an advisory lock),
    // so a reader's cursor over seq never skips a row that commits later with a smaller number.
    await q.query(`
      create table intake.feed_items (
        seq bigserial primary key,
        feed text not null,
        signal_id uuid not null references intake.signals (signal_id),
        unique (feed, signal_id)
      )`);
    await q.query('create index feed_items_feed_seq on intake.feed_items (feed, seq)');
    await q.query('insert into intake.feed_items (feed, signal_id) select feed, signal_id from intake.signals order by seq');
    await q.query(`
      create table intake.assessments (
        id uuid primary key default gen_random_uuid(),
        signal_id uuid not null references intake.signals (signal_id),
        version int not null,
        outcome text not null check (outcome in ('relevant', 'not-relevant', 'more-information-requested', 'closed')),
        note text,
        analyst_id uuid not null,
        analyst_name text not null,
        assessed_at timestamptz not null default now(),
        unique (signal_id, version)
      )`);
    await q.query(`
      create table intake.outbox (
        id bigserial primary key,
        event_id text not null unique,
        event_type text not null,
        topic text not null,
        key text not null,
        trace_id text not null,
        payload jsonb not null,
        occurred_at timestamptz not null default now(),
        published_at timestamptz
      )`);
    await q.query('create index outbox_pending on intake.outbox (id) where published_at is null');
    // What the flow figures count: every routing verdict and rejection, one row per event.
    await q.query(`
      create table intake.flow (
        event_id text primary key,
        signal_id text,
        agency text not null,
        kind text not null,
        occurred_at timestamptz not null
      )`);
    await q.query('create index flow_agency_time on intake.flow (agency, occurred_at)');
    await q.query(`create table intake.secrets (name text primary key, value text not null)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table intake.secrets, intake.flow, intake.outbox, intake.assessments, intake.feed_items, intake.dossiers');
    await q.query(`alter table intake.signals drop column class_rank, drop column rule_id, drop column rule_version,
      drop column matched_key, drop column due_at, drop column version, drop column outcome, drop column assessed_at`);
  }
}

/**
 * Dossiers get ids of their own. A dossier was known by the router's correlation id, which is the id
 * of the signal that opened it: an analyst who may not read that signal learnt its id, and so that an
 * earlier report on the same subject exists. The correlation id stays, as the key by which routed
 * signals find their dossier; readers only ever see `id`, a random UUID drawn when the intake opens
 * the dossier. Existing dossiers get new ids here (their old ones were signal ids).
 */
export class IntakeOwnDossierIds1796100000000 implements MigrationInterface {
  name = 'IntakeOwnDossierIds1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table intake.dossiers rename column id to correlation_id');
    await q.query('alter table intake.dossiers add column id uuid not null default gen_random_uuid()');
    await q.query('alter table intake.dossiers add constraint dossiers_id_key unique (id)');
    await q.query('alter table intake.signals add column dossier_id uuid references intake.dossiers (id)');
    await q.query('update intake.signals s set dossier_id = d.id from intake.dossiers d where d.correlation_id = s.correlation_id');
    // Dossier reads go by the intake's id, in arrival order; nothing reads by correlation id any more.
    await q.query('create index signals_dossier on intake.signals (dossier_id, seq)');
    await q.query('drop index intake.signals_correlation');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('create index signals_correlation on intake.signals (correlation_id)');
    await q.query('drop index intake.signals_dossier');
    await q.query('alter table intake.signals drop column dossier_id');
    await q.query('alter table intake.dossiers drop column id');
    await q.query('alter table intake.dossiers rename column correlation_id to id');
  }
}

/**
 * A row that can never be published (its topic does not exist, it is too large, the service may not
 * write there) is parked with its reason, so the rows behind it go on.
 */
export class IntakeOutboxParking1796200000000 implements MigrationInterface {
  name = 'IntakeOutboxParking1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table intake.outbox add column parked_at timestamptz, add column park_reason text');
    await q.query('create index outbox_parked on intake.outbox (key) where parked_at is not null and published_at is null');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table intake.outbox drop column parked_at, drop column park_reason');
  }
}

/**
 * The inbox deduplicates on (topic, event id): an id is unique only among the events of the topic
 * that carried it, so a message on one feed topic can never pre-claim the delivery of another's.
 */
export class IntakeInboxByTopic1796300000000 implements MigrationInterface {
  name = 'IntakeInboxByTopic1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table intake.inbox drop constraint inbox_pkey, add primary key (topic, event_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table intake.inbox drop constraint inbox_pkey, add primary key (event_id)');
  }
}

/**
 * Watchlists (docs/watchlists.md): who may publish or receive a list, each version's secret OPRF
 * key (wrapped: AES-256-GCM), its entries' ids and categories and their tokens — never names or
 * documents —, the agencies' evaluations (counts, for the rate limit) and the hits linked to signals.
 */
export class IntakeWatchlists1796400000000 implements MigrationInterface {
  name = 'IntakeWatchlists1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table intake.watchlist_grants (
        list text not null,
        principal_id uuid not null,
        capability text not null check (capability in ('owner', 'receiver')),
        granted_by text not null,
        granted_at timestamptz not null default now(),
        primary key (list, principal_id, capability)
      )`);
    await q.query(`
      create table intake.watchlist_versions (
        list text not null,
        version int not null check (version > 0),
        -- The version's OPRF secret key, AES-256-GCM: nonce (12) | tag (16) | ciphertext (32).
        wrapped_key bytea not null,
        entry_count int not null,
        token_count int not null,
        digest text not null,
        valid_from timestamptz not null,
        valid_until timestamptz not null check (valid_until > valid_from),
        published_by uuid not null,
        published_at timestamptz not null default now(),
        primary key (list, version)
      )`);
    await q.query(`
      create table intake.watchlist_entries (
        list text not null,
        version int not null,
        entry_id text not null,
        category text not null,
        primary key (list, version, entry_id),
        foreign key (list, version) references intake.watchlist_versions
      )`);
    await q.query(`
      create table intake.watchlist_tokens (
        list text not null,
        version int not null,
        token text not null,
        entry_id text not null,
        key_kind text not null,
        primary key (list, version, token, entry_id),
        foreign key (list, version, entry_id) references intake.watchlist_entries
      )`);
    await q.query(`
      create table intake.watchlist_evaluations (
        id bigserial primary key,
        list text not null,
        version int not null,
        agency text not null,
        principal_id uuid not null,
        count int not null,
        evaluated_at timestamptz not null default now()
      )`);
    await q.query('create index watchlist_evaluations_by_agency on intake.watchlist_evaluations (agency, evaluated_at)');
    await q.query(`
      create table intake.watchlist_hits (
        signal_id uuid primary key,
        list text not null,
        version int not null,
        -- Null when the reported token is no token of that version (an unmatched report).
        entry_id text,
        key_kind text not null,
        agency text not null,
        linked_at timestamptz not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'watchlist_hits',
      'watchlist_evaluations',
      'watchlist_tokens',
      'watchlist_entries',
      'watchlist_versions',
      'watchlist_grants',
    ]) {
      await q.query(`drop table intake.${t}`);
    }
  }
}

/**
 * Retention: each signal's `retentionUntil` as a column the purge job reads; a tombstone per purged
 * signal (ids, feeds and classification rank only: enough to answer 410 to those who could read it);
 * outbox rows keep no payload once published.
 */
export class IntakeRetention1796500000000 implements MigrationInterface {
  name = 'IntakeRetention1796500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table intake.outbox alter column payload drop not null');
    await q.query('update intake.outbox set payload = null where published_at is not null and payload is not null');
    await q.query('alter table intake.signals add column retention_until date');
    await q.query(`update intake.signals set retention_until = (payload->>'retentionUntil')::date
                    where payload->>'retentionUntil' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`);
    await q.query('create index signals_retention on intake.signals (retention_until)');
    await q.query('create index feed_items_signal on intake.feed_items (signal_id)');
    await q.query(`
      create table intake.purged_signals (
        signal_id uuid primary key,
        agency text not null,
        feeds text[] not null,
        class_rank smallint not null,
        retention_until date,
        purged_at timestamptz not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table intake.purged_signals');
    await q.query('drop index intake.feed_items_signal');
    await q.query('alter table intake.signals drop column retention_until');
  }
}

/**
 * Erasure before term: a security officer's request to erase a signal, held until a second, different
 * officer approves or refuses it (ids, a reason code and dates: no free text); and the reason on a
 * purged signal's tombstone, so that its 410 says `erased`.
 */
export class IntakeErasure1796600000000 implements MigrationInterface {
  name = 'IntakeErasure1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table intake.purged_signals add column reason text not null default 'retention-expired'`);
    await q.query(`
      create table intake.erasure_requests (
        id uuid primary key,
        signal_id uuid not null,
        reason text not null,
        requested_by uuid not null,
        requested_at timestamptz not null default now(),
        expires_at timestamptz not null,
        status text not null default 'pending' check (status in ('pending', 'approved', 'refused', 'expired')),
        decided_by uuid,
        decided_at timestamptz
      )`);
    await q.query(`create unique index erasure_requests_one_pending on intake.erasure_requests (signal_id) where status = 'pending'`);
    await q.query(`create index erasure_requests_approved on intake.erasure_requests (signal_id) where status = 'approved'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table intake.erasure_requests');
    await q.query('alter table intake.purged_signals drop column reason');
  }
}

/**
 * Watchlist evaluations bounded per principal and list version (issue 32): the per-version sums are
 * read through an index, and the usage alerts the list's owners see are kept (each raised once per
 * principal, version and reason).
 */
export class IntakeWatchlistUsage1796700000000 implements MigrationInterface {
  name = 'IntakeWatchlistUsage1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('create index watchlist_evaluations_by_version on intake.watchlist_evaluations (list, version, principal_id)');
    await q.query(`
      create table intake.watchlist_usage_alerts (
        list text not null,
        version int not null,
        agency text not null,
        principal_id uuid not null,
        alert text not null,
        points bigint not null,
        raised_at timestamptz not null default now(),
        primary key (list, version, principal_id, alert)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table intake.watchlist_usage_alerts');
    await q.query('drop index intake.watchlist_evaluations_by_version');
  }
}

/**
 * Access records (reads, refused attempts) get an outbox and a relay of their own (issue 32, item 3):
 * a backlog of reads never waits in front of the events that change state (feedback, principal
 * changes, erasures), which stay in `intake.outbox`. Same columns as that outbox, so the same relay
 * pass drains it. Rows already in `intake.outbox` are published from there as before.
 */
export class IntakeAccessOutbox1796830000000 implements MigrationInterface {
  name = 'IntakeAccessOutbox1796830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table intake.access_outbox (
        id bigserial primary key,
        event_id text not null unique,
        event_type text not null,
        topic text not null,
        key text not null,
        trace_id text not null,
        payload jsonb,
        occurred_at timestamptz not null default now(),
        published_at timestamptz,
        parked_at timestamptz,
        park_reason text
      )`);
    await q.query('create index access_outbox_pending on intake.access_outbox (id) where published_at is null');
    await q.query('create index access_outbox_parked on intake.access_outbox (key) where parked_at is not null and published_at is null');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table intake.access_outbox');
  }
}

/**
 * Embargo (issue 27): a signal its source restricted to named OCAM principals (`embargo.principals`
 * in the submission) is visible only to them until one of them releases it. The names are kept
 * beside the signal so that every read filters on them in SQL, like feeds and clearance; the
 * tombstone keeps them too, so a purged embargoed signal is not disclosed to others either.
 */
export class IntakeEmbargo1797410000000 implements MigrationInterface {
  name = 'IntakeEmbargo1797410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table intake.signals
        add column embargoed_to text[],
        add column embargo_released_at timestamptz,
        add column embargo_released_by uuid`);
    // Signals stored before the column existed: their payload says whether they were embargoed.
    await q.query(`
      update intake.signals set embargoed_to = array(select jsonb_array_elements_text(payload->'embargo'->'principals'))
       where jsonb_typeof(payload->'embargo'->'principals') = 'array'`);
    await q.query(
      `create index signals_embargoed on intake.signals (signal_id) where embargoed_to is not null and embargo_released_at is null`,
    );
    await q.query(`alter table intake.purged_signals add column embargoed_to text[]`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table intake.purged_signals drop column embargoed_to');
    await q.query(`alter table intake.signals drop column embargoed_to, drop column embargo_released_at, drop column embargo_released_by`);
  }
}

/**
 * The erasure reason `data-subject-request` becomes `indirect-access-request` (issue 27): for OCAM's
 * processing a data subject's rights are exercised indirectly, through the Standing Committees I and
 * P (law of 30 July 2018). Stored requests get the new code; the ledger keeps what it recorded.
 */
export class IntakeErasureReasonIndirect1797420000000 implements MigrationInterface {
  name = 'IntakeErasureReasonIndirect1797420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`update intake.erasure_requests set reason = 'indirect-access-request' where reason = 'data-subject-request'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`update intake.erasure_requests set reason = 'data-subject-request' where reason = 'indirect-access-request'`);
  }
}

/**
 * Alerts that reach people (issue 29, item 7): an alert per immediate signal, addressed to the
 * analyst on duty (the rota is data: infra/alerts/rota.json), and its deliveries (e-mail, webhook)
 * as an outbox written in the signal's own transaction, sent by the dispatcher with retries and
 * parked after too many failures. An alert holds no content: its id, level, the signal's id.
 */
export class IntakeAlerts1797430000000 implements MigrationInterface {
  name = 'IntakeAlerts1797430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table intake.alerts (
        id uuid primary key,
        kind text not null,
        level text not null,
        signal_id uuid not null,
        rota_version int not null,
        step int not null default 0,
        recipient text not null,
        raised_at timestamptz not null default now(),
        escalate_at timestamptz,
        acknowledged_at timestamptz,
        acknowledged_by uuid,
        unique (signal_id, kind)
      )`);
    await q.query(
      `create index alerts_escalation on intake.alerts (escalate_at) where acknowledged_at is null and escalate_at is not null`,
    );
    await q.query(`
      create table intake.alert_deliveries (
        id bigserial primary key,
        alert_id uuid not null references intake.alerts (id) on delete cascade,
        step int not null,
        channel text not null check (channel in ('email', 'webhook')),
        target text not null,
        attempts int not null default 0,
        next_attempt_at timestamptz not null default now(),
        sent_at timestamptz,
        parked_at timestamptz,
        last_error text,
        unique (alert_id, step, channel)
      )`);
    await q.query(
      `create index alert_deliveries_due on intake.alert_deliveries (next_attempt_at) where sent_at is null and parked_at is null`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table intake.alert_deliveries');
    await q.query('drop table intake.alerts');
  }
}

/**
 * The span a signal was stored under (its trace id is trace_id): the analyst's assessment joins
 * the signal's trace as its child (issue 31). An id, never content; null when tracing was off.
 */
export class IntakeTraceSpan1797950000000 implements MigrationInterface {
  name = 'IntakeTraceSpan1797950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table intake.signals add column trace_span_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table intake.signals drop column trace_span_id`);
  }
}

/**
 * Who an alert reached, as principals (issue 29, item 7): the rota names each person by the name
 * of its principal; an alert keeps the principal it is with now and every principal it reached so
 * far (only they may acknowledge it), and each delivery the principal it went to (the ledger's
 * recipient). Null where the rota named nobody the intake knows.
 */
export class IntakeAlertRecipients1798300000000 implements MigrationInterface {
  name = 'IntakeAlertRecipients1798300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table intake.alerts add column recipient_id uuid, add column alerted_ids uuid[] not null default '{}'`);
    await q.query(`alter table intake.alert_deliveries add column recipient text, add column recipient_id uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table intake.alert_deliveries drop column recipient, drop column recipient_id`);
    await q.query(`alter table intake.alerts drop column recipient_id, drop column alerted_ids`);
  }
}

/**
 * Alerts to an agency's permanence cell (issue 29, item 7): OCAM's question on a signal or its
 * request for information (an RFI product) alerts the source agency's POCs. Such an alert names
 * the agency, the signal or the product, and what raised it (`ref`: the assessment's feedback id,
 * or the product and agency), raised once per ref; an immediate signal still raises one alert.
 */
export class IntakeAgencyAlerts1798310000000 implements MigrationInterface {
  name = 'IntakeAgencyAlerts1798310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `alter table intake.alerts alter column signal_id drop not null, add column product_id uuid, add column agency text, add column ref text`,
    );
    await q.query(`alter table intake.alerts drop constraint alerts_signal_id_kind_key`);
    await q.query(`create unique index alerts_immediate_once on intake.alerts (signal_id, kind) where ref is null`);
    await q.query(`create unique index alerts_ref_once on intake.alerts (kind, ref) where ref is not null`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`delete from intake.alerts where ref is not null`);
    await q.query(`drop index intake.alerts_ref_once`);
    await q.query(`drop index intake.alerts_immediate_once`);
    await q.query(`alter table intake.alerts add constraint alerts_signal_id_kind_key unique (signal_id, kind)`);
    await q.query(
      `alter table intake.alerts drop column product_id, drop column agency, drop column ref, alter column signal_id set not null`,
    );
  }
}

/**
 * An alert raised about an exercise (an exercise signal, a question on one, an exercise RFI) says so
 * (issue 29, item 8): in its e-mail and webhook, in the ledger and at the agency's gateway.
 */
export class IntakeAlertExercises1798420000000 implements MigrationInterface {
  name = 'IntakeAlertExercises1798420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table intake.alerts add column exercise boolean not null default false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table intake.alerts drop column exercise`);
  }
}

/**
 * Outbox rows are deleted once published (issue 25): the relay no longer keeps a published row with
 * its payload dropped. The rows published before are deleted here, so that both outboxes hold only
 * rows pending or parked. Nothing reads them: the events are in Kafka and in the ledger.
 */
export class IntakeOutboxPublishedRowsDeleted1798525000000 implements MigrationInterface {
  name = 'IntakeOutboxPublishedRowsDeleted1798525000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('delete from intake.outbox where published_at is not null');
    await q.query('delete from intake.access_outbox where published_at is not null');
  }

  async down(): Promise<void> {
    // Nothing to restore: the rows were published, their events are in Kafka.
  }
}

export const intakeMigrations = [
  IntakeInboxSignals1763800000000,
  IntakeDossiersAssessments1763900000000,
  IntakeOwnDossierIds1796100000000,
  IntakeOutboxParking1796200000000,
  IntakeInboxByTopic1796300000000,
  IntakeWatchlists1796400000000,
  IntakeRetention1796500000000,
  IntakeErasure1796600000000,
  IntakeWatchlistUsage1796700000000,
  IntakeAccessOutbox1796830000000,
  IntakeEmbargo1797410000000,
  IntakeErasureReasonIndirect1797420000000,
  IntakeAlerts1797430000000,
  // OCAM's products (issue 28): migrations/products.ts.
  IntakeProducts1797900000000,
  IntakeProductsFilteredOut1797910000000,
  IntakeTraceSpan1797950000000,
  // Exercise products (issue 29, item 8).
  IntakeProductExercises1798000000000,
  IntakeAlertRecipients1798300000000,
  IntakeAgencyAlerts1798310000000,
  IntakeAlertExercises1798420000000,
  // Outbox rows deleted once published (issue 25).
  IntakeOutboxPublishedRowsDeleted1798525000000,
];
