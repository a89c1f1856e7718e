import { GatewayProductExercises1798000000000, GatewayProductFilterDefaults1797910000000, GatewayProducts1797900000000 } from './products';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class GatewaySignalsOutbox1763800000000 implements MigrationInterface {
  name = 'GatewaySignalsOutbox1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table gateway.signals (
        id uuid primary key,
        agency text not null,
        external_ref text not null,
        content_hash text not null,
        payload jsonb not null,
        trace_id text not null,
        submitted_by uuid not null,
        created_at timestamptz not null default now(),
        constraint signals_agency_ref unique (agency, external_ref)
      )`);
    await q.query(`
      create table gateway.signal_status (
        id bigserial primary key,
        signal_id uuid not null references gateway.signals (id),
        status text not null,
        detail jsonb,
        at timestamptz not null default now()
      )`);
    await q.query('create index signal_status_signal on gateway.signal_status (signal_id, id)');
    await q.query(`
      create table gateway.outbox (
        id bigserial primary key,
        event_id uuid not null unique,
        event_type text not null,
        topic text not null,
        key text not null,
        signal_id uuid not null,
        trace_id text not null,
        payload jsonb not null,
        occurred_at timestamptz not null default now(),
        published_at timestamptz
      )`);
    // The relay reads only unpublished rows; a partial index keeps that read small forever.
    await q.query('create index outbox_pending on gateway.outbox (id) where published_at is null');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table gateway.outbox, gateway.signal_status, gateway.signals');
  }
}

export class GatewayFeedbackInbox1763900000000 implements MigrationInterface {
  name = 'GatewayFeedbackInbox1763900000000';

  async up(q: QueryRunner): Promise<void> {
    // The agency's feedback inbox; `seq` is the resumable cursor (writers serialise, so commit
    // order is seq order and a reader never skips a row committed later with a lower seq).
    await q.query(`
      create table gateway.feedback (
        seq bigserial primary key,
        event_id text not null unique,
        agency text not null,
        signal_id text not null,
        status text not null,
        detail jsonb not null default '{}',
        trace_id text,
        occurred_at timestamptz not null,
        received_at timestamptz not null default now()
      )`);
    await q.query('create index feedback_agency_seq on gateway.feedback (agency, seq)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table gateway.feedback');
  }
}

export class GatewayOutboxAccessRecords1764500000000 implements MigrationInterface {
  name = 'GatewayOutboxAccessRecords1764500000000';

  async up(q: QueryRunner): Promise<void> {
    // The outbox also carries access records (refused attempts at the edge), which concern no signal.
    await q.query('alter table gateway.outbox alter column signal_id drop not null');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('delete from gateway.outbox where signal_id is null');
    await q.query('alter table gateway.outbox alter column signal_id set not null');
  }
}

/** Secrets of the gateway's own making (the key that makes inbox cursors opaque), created once per database. */
export class GatewaySecrets1764600000000 implements MigrationInterface {
  name = 'GatewaySecrets1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table gateway.secrets (name text primary key, value text not null)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table gateway.secrets');
  }
}

/**
 * A row that can never be published (its topic does not exist, it is too large, the service may not
 * write there) is parked with its reason, so the rows behind it go on.
 */
export class GatewayOutboxParking1796200000000 implements MigrationInterface {
  name = 'GatewayOutboxParking1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table gateway.outbox add column parked_at timestamptz, add column park_reason text');
    await q.query('create index outbox_parked on gateway.outbox (key) where parked_at is not null and published_at is null');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table gateway.outbox drop column parked_at, drop column park_reason');
  }
}

/**
 * Feedback deduplicates on (agency, event id), the agency being that of the feedback topic that
 * carried the notice: a notice on one agency's topic can never pre-claim one on another's.
 */
export class GatewayFeedbackByAgency1796300000000 implements MigrationInterface {
  name = 'GatewayFeedbackByAgency1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'alter table gateway.feedback drop constraint feedback_event_id_key, add constraint feedback_agency_event unique (agency, event_id)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'alter table gateway.feedback drop constraint feedback_agency_event, add constraint feedback_event_id_key unique (event_id)',
    );
  }
}

/**
 * Retention: each signal's `retentionUntil` as a column the purge job reads; a tombstone per purged
 * signal (ids and dates only) so that its receipt answers `purged`; outbox rows keep no payload once
 * published (the signal's content was a second copy there).
 */
export class GatewayRetention1796400000000 implements MigrationInterface {
  name = 'GatewayRetention1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table gateway.outbox alter column payload drop not null');
    await q.query('update gateway.outbox set payload = null where published_at is not null and payload is not null');
    await q.query('alter table gateway.signals add column retention_until date');
    await q.query(`update gateway.signals set retention_until = (payload->>'retentionUntil')::date
                    where payload->>'retentionUntil' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`);
    await q.query('create index signals_retention on gateway.signals (retention_until)');
    await q.query('create index outbox_signal on gateway.outbox (signal_id) where signal_id is not null');
    await q.query('create index feedback_signal on gateway.feedback (agency, signal_id)');
    await q.query(`
      create table gateway.purged_signals (
        id uuid primary key,
        agency text not null,
        retention_until date,
        purged_at timestamptz not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table gateway.purged_signals');
    await q.query('drop index gateway.feedback_signal');
    await q.query('drop index gateway.outbox_signal');
    await q.query('alter table gateway.signals drop column retention_until');
  }
}

/** The agency's signals newest first (GET /v1/signals), page by page. */
export class GatewaySignalsByAgency1796500000000 implements MigrationInterface {
  name = 'GatewaySignalsByAgency1796500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('create index signals_agency_newest on gateway.signals (agency, created_at desc, id desc)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop index gateway.signals_agency_newest');
  }
}

/** Erasure before term: a tombstone says why the signal went, so that its receipt answers `erased`. */
export class GatewayErasure1796600000000 implements MigrationInterface {
  name = 'GatewayErasure1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table gateway.purged_signals add column reason text not null default 'retention-expired'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table gateway.purged_signals drop column reason');
  }
}

/**
 * An erasure removes the inbox notices about a signal the gateway does not hold (an agency's own
 * client submitted it) by the signal id alone, whatever inbox they are in: an index for that lookup.
 */
export class GatewayFeedbackBySignal1796820000000 implements MigrationInterface {
  name = 'GatewayFeedbackBySignal1796820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('create index feedback_signal_id on gateway.feedback (signal_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop index gateway.feedback_signal_id');
  }
}

/**
 * Access records (reads, refused attempts) get an outbox and a relay of their own (issue 32, item 3):
 * a backlog of reads never waits in front of the events that change state (feedback, principal
 * changes, erasures), which stay in `gateway.outbox`. Same columns as that outbox, so the same relay
 * pass drains it. Rows already in `gateway.outbox` are published from there as before.
 */
export class GatewayAccessOutbox1796830000000 implements MigrationInterface {
  name = 'GatewayAccessOutbox1796830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table gateway.access_outbox (
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
    await q.query('create index access_outbox_pending on gateway.access_outbox (id) where published_at is null');
    await q.query('create index access_outbox_parked on gateway.access_outbox (key) where parked_at is not null and published_at is null');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table gateway.access_outbox');
  }
}

/**
 * A point of contact's open questions (issue 26): the inbox finds an agency's analysts' questions
 * without reading its every notice, and whether a question is answered — a later signal of the
 * agency that `supplements` the one asked about — by an index lookup.
 */
export class GatewayOpenQuestions1796870000000 implements MigrationInterface {
  name = 'GatewayOpenQuestions1796870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create index feedback_questions on gateway.feedback (agency, seq) where detail ? 'question'`);
    await q.query(`create index signals_supplements on gateway.signals (agency, (payload->>'supplements')) where payload ? 'supplements'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop index gateway.feedback_questions, gateway.signals_supplements');
  }
}

/**
 * The inbox filtered by kind of notice (issue 26): an agency's assessments or rejections found
 * without reading past its routing and delivery notices.
 */
export class GatewayFeedbackByStatus1796880000000 implements MigrationInterface {
  name = 'GatewayFeedbackByStatus1796880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('create index feedback_agency_status_seq on gateway.feedback (agency, status, seq)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop index gateway.feedback_agency_status_seq');
  }
}

/**
 * Reporters' drafts (issue 29, item 6): a field officer drafts a signal for its agency's permanence
 * cell (the agency's POCs), who validate, edit, return it with a comment, or forward it to OCAM —
 * then it becomes a signal of gateway.signals (`signal_id`), once. Each step is a row of
 * `draft_steps` (who, when, which fields an edit changed, a return's comment) for the reporter and
 * the cell to read; the ledger gets the same facts without the comment.
 */
export class GatewayDrafts1798100000000 implements MigrationInterface {
  name = 'GatewayDrafts1798100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table gateway.drafts (
        id uuid primary key,
        agency text not null,
        reporter_id uuid not null,
        reporter_name text not null,
        status text not null check (status in ('pending', 'validated', 'returned', 'forwarded')),
        payload jsonb not null,
        version int not null default 1,
        signal_id uuid,
        forwarded_by uuid,
        forwarded_by_name text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint drafts_forwarded check ((status = 'forwarded') = (signal_id is not null))
      )`);
    await q.query('create index drafts_reporter on gateway.drafts (reporter_id, updated_at desc)');
    await q.query(`create index drafts_queue on gateway.drafts (agency, updated_at desc)`);
    await q.query(`
      create table gateway.draft_steps (
        id bigserial primary key,
        draft_id uuid not null references gateway.drafts (id) on delete cascade,
        step text not null,
        principal_id uuid not null,
        principal_name text not null,
        fields text[] not null default '{}',
        comment text,
        at timestamptz not null default now()
      )`);
    await q.query('create index draft_steps_draft on gateway.draft_steps (draft_id, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table gateway.draft_steps, gateway.drafts');
  }
}

/**
 * Incidents the gateway told the agencies about (issue 30): one row per notice raised, at most one
 * open per part (a second gateway finds it recorded), and an index for the check of submissions
 * published and not yet routed.
 */
export class GatewayIncidents1798200000000 implements MigrationInterface {
  name = 'GatewayIncidents1798200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table gateway.incidents (
        id uuid primary key,
        part text not null,
        code text not null,
        site text,
        started_at timestamptz not null,
        ended_at timestamptz
      )`);
    await q.query('create unique index incidents_open on gateway.incidents (part) where ended_at is null');
    await q.query(`create index signal_status_published on gateway.signal_status (at) where status = 'published'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop index gateway.signal_status_published');
    await q.query('drop table gateway.incidents');
  }
}

/**
 * The alerts to the agency's permanence cell, as the intake tells its gateway (issue 29, item 7):
 * whom each reached (the POCs who may acknowledge it here) and who acknowledged it. Ids and codes only.
 */
export class GatewayAlerts1798421000000 implements MigrationInterface {
  name = 'GatewayAlerts1798421000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `create table gateway.alerts (
         id uuid primary key,
         agency text not null,
         kind text not null,
         level text not null,
         exercise boolean not null default false,
         signal_id uuid,
         product_id uuid,
         link text not null,
         alerted_ids uuid[] not null default '{}',
         raised_at timestamptz not null,
         acknowledged_at timestamptz,
         acknowledged_by uuid
       )`,
    );
    await q.query(`create index alerts_by_agency on gateway.alerts (agency, raised_at desc)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table gateway.alerts`);
  }
}

/**
 * Outbox rows are deleted once published (issue 25): the relay no longer keeps a published row with
 * its payload dropped. The rows published before are deleted here, so that both outboxes hold only
 * rows pending or parked. Nothing reads them: the events are in Kafka and in the ledger, and the
 * receipts keep the time each signal was published (`gateway.signal_status`).
 */
export class GatewayOutboxPublishedRowsDeleted1798525000000 implements MigrationInterface {
  name = 'GatewayOutboxPublishedRowsDeleted1798525000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('delete from gateway.outbox where published_at is not null');
    await q.query('delete from gateway.access_outbox where published_at is not null');
  }

  async down(): Promise<void> {
    // Nothing to restore: the rows were published, their events are in Kafka.
  }
}

/**
 * A receipt's history past `published` is read from the agency's inbox notices (gateway.feedback),
 * where each is stored already, instead of from a copy of each in gateway.signal_status (issue 25:
 * one fact stored twice). The copies are deleted; `accepted` and `published` stay, theirs alone.
 */
export class GatewayReceiptStatusesFromFeedback1798525100000 implements MigrationInterface {
  name = 'GatewayReceiptStatusesFromFeedback1798525100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`delete from gateway.signal_status where status not in ('accepted', 'published')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `insert into gateway.signal_status (signal_id, status, detail, at)
       select s.id, f.status, f.detail, f.occurred_at
         from gateway.feedback f join gateway.signals s on s.agency = f.agency and s.id::text = f.signal_id
        where f.status in ('routed', 'duplicate', 'rejected', 'delivered', 'failed', 'assessed')
        order by f.seq`,
    );
  }
}

export const gatewayMigrations = [
  GatewaySignalsOutbox1763800000000,
  GatewayFeedbackInbox1763900000000,
  GatewayOutboxAccessRecords1764500000000,
  GatewaySecrets1764600000000,
  GatewayOutboxParking1796200000000,
  GatewayFeedbackByAgency1796300000000,
  GatewayRetention1796400000000,
  GatewaySignalsByAgency1796500000000,
  GatewayErasure1796600000000,
  GatewayFeedbackBySignal1796820000000,
  GatewayAccessOutbox1796830000000,
  GatewayOpenQuestions1796870000000,
  GatewayFeedbackByStatus1796880000000,
  // OCAM's products (issue 28): migrations/products.ts.
  GatewayProducts1797900000000,
  GatewayProductFilterDefaults1797910000000,
  // Exercise products (issue 29, item 8).
  GatewayProductExercises1798000000000,
  // Reporters' drafts for the permanence cell (issue 29, item 6).
  GatewayDrafts1798100000000,
  GatewayIncidents1798200000000,
  GatewayAlerts1798421000000,
  // Outbox rows deleted once published (issue 25).
  GatewayOutboxPublishedRowsDeleted1798525000000,
  // Receipt statuses past `published` read from the inbox notices (issue 25).
  GatewayReceiptStatusesFromFeedback1798525100000,
];
