import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OCAM's products to the agencies (issue 28, docs/dissemination.md), at the intake: the products
 * analysts publish, the dissemination rules' decisions per agency, the versions of the rules in
 * force, and the agencies' reads and acknowledgements as they come back.
 */
export class IntakeProducts1797900000000 implements MigrationInterface {
  name = 'IntakeProducts1797900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table intake.products (
        id uuid primary key,
        kind text not null,
        title text not null,
        body text not null,
        categories text[] not null,
        competences text[] not null,
        regions text[] not null,
        level int not null check (level between 1 and 4),
        classification text not null,
        handling text not null,
        legal_basis text not null,
        signal_ids uuid[] not null default '{}',
        deadline timestamptz,
        target_agencies text[],
        -- Named principals (ids) who alone may read the product while it is under embargo.
        embargo_principals uuid[],
        status text not null check (status in ('embargoed', 'published')),
        author_id uuid not null,
        trace_id text not null,
        created_at timestamptz not null default now(),
        published_at timestamptz,
        released_by uuid
      )`);
    await q.query('create index products_published on intake.products (published_at) where published_at is not null');
    await q.query(`
      create table intake.product_decisions (
        product_id uuid not null references intake.products (id),
        agency text not null,
        decision text not null check (decision in ('sent', 'withheld')),
        reason text,
        rule_id text,
        rule_version int not null,
        decided_at timestamptz not null default now(),
        primary key (product_id, agency)
      )`);
    await q.query(`
      create table intake.product_receipts (
        product_id uuid not null references intake.products (id),
        agency text not null,
        step text not null check (step in ('read', 'acknowledged')),
        principal_id uuid not null,
        occurred_at timestamptz not null,
        reply text,
        received_at timestamptz not null default now(),
        primary key (product_id, agency, step)
      )`);
    await q.query(`
      create table intake.dissemination_rule_versions (
        version int primary key,
        hash text not null,
        rules jsonb not null,
        loaded_at timestamptz not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table intake.dissemination_rule_versions');
    await q.query('drop table intake.product_receipts');
    await q.query('drop table intake.product_decisions');
    await q.query('drop table intake.products');
  }
}

/**
 * OCAM's products at an agency's gateway: each product received on the agency's products topic
 * (opened), its POCs' filters, their reads and acknowledgements.
 */
export class GatewayProducts1797900000000 implements MigrationInterface {
  name = 'GatewayProducts1797900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table gateway.products (
        seq bigserial unique,
        agency text not null,
        product_id uuid not null,
        event_id text not null,
        kind text not null,
        level int not null,
        classification text not null,
        competences text[] not null,
        categories text[] not null,
        regions text[] not null,
        deadline timestamptz,
        published_at timestamptz not null,
        received_at timestamptz not null default clock_timestamp(),
        rule_id text not null,
        rule_version int not null,
        content jsonb not null,
        trace_id text not null,
        primary key (agency, product_id)
      )`);
    await q.query('create index products_agency_seq on gateway.products (agency, seq)');
    await q.query(`
      create table gateway.product_acks (
        agency text not null,
        product_id uuid not null,
        principal_id uuid not null,
        acknowledged_at timestamptz not null default now(),
        reply text,
        primary key (agency, product_id),
        foreign key (agency, product_id) references gateway.products (agency, product_id)
      )`);
    await q.query(`
      create table gateway.product_reads (
        agency text not null,
        product_id uuid not null,
        principal_id uuid not null,
        first_read_at timestamptz not null default now(),
        primary key (agency, product_id, principal_id),
        foreign key (agency, product_id) references gateway.products (agency, product_id)
      )`);
    await q.query(`
      create table gateway.product_filters (
        principal_id uuid primary key,
        agency text not null,
        competences text[],
        regions text[],
        min_level int,
        updated_at timestamptz not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table gateway.product_filters');
    await q.query('drop table gateway.product_reads');
    await q.query('drop table gateway.product_acks');
    await q.query('drop table gateway.products');
  }
}

/**
 * An agency's default products filter, set by its security officer: it narrows the inbox of each of
 * the agency's POCs that has no filter of its own (issue 28).
 */
export class GatewayProductFilterDefaults1797910000000 implements MigrationInterface {
  name = 'GatewayProductFilterDefaults1797910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table gateway.product_filter_defaults (
        agency text primary key,
        competences text[],
        regions text[],
        min_level int,
        set_by uuid not null,
        updated_at timestamptz not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table gateway.product_filter_defaults');
  }
}

/**
 * The products each POC's filter held back from its inbox as they arrived at its agency's gateway,
 * one row per (product, agency, POC): the "filtered out" column of the dissemination figures (issue 28).
 */
export class IntakeProductsFilteredOut1797910000000 implements MigrationInterface {
  name = 'IntakeProductsFilteredOut1797910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table intake.product_filtered_out (
        product_id uuid not null references intake.products (id),
        agency text not null,
        principal_id uuid not null,
        occurred_at timestamptz not null,
        received_at timestamptz not null default now(),
        primary key (product_id, agency, principal_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table intake.product_filtered_out');
  }
}

/**
 * Exercise products (issue 29, item 8; docs/exercises.md): marked at publication, delivered labelled,
 * counted in no dissemination figure.
 */
export class IntakeProductExercises1798000000000 implements MigrationInterface {
  name = 'IntakeProductExercises1798000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table intake.products add column exercise boolean not null default false');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table intake.products drop column exercise');
  }
}

/** An agency's copy of an exercise product says so (docs/exercises.md). */
export class GatewayProductExercises1798000000000 implements MigrationInterface {
  name = 'GatewayProductExercises1798000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table gateway.products add column exercise boolean not null default false');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table gateway.products drop column exercise');
  }
}
