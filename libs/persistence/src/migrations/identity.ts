import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityPrincipals1763800000000 implements MigrationInterface {
  name = 'IdentityPrincipals1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table identity.principals (
        id uuid primary key default gen_random_uuid(),
        name text not null unique,
        role text not null check (role in ('poc', 'analyst', 'oversight', 'security-officer', 'admin')),
        agency text,
        clearance text not null default 'unclassified'
          check (clearance in ('unclassified', 'restricted', 'confidential', 'secret', 'top-secret')),
        clearance_expires_at timestamptz,
        feeds text[] not null default '{}',
        api_key_hash text not null unique,
        created_at timestamptz not null default now(),
        revoked_at timestamptz,
        constraint poc_has_agency check (role <> 'poc' or agency is not null)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table identity.principals');
  }
}

/**
 * Separation of duties: who created and who approved each principal (so that no officer acts on a
 * principal of its own chain), and the requests a second officer must approve.
 */
export class IdentityPrincipalRequests1796000000000 implements MigrationInterface {
  name = 'IdentityPrincipalRequests1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table identity.principals add column created_by uuid, add column approved_by uuid`);
    await q.query(`
      create table identity.principal_requests (
        id uuid primary key default gen_random_uuid(),
        operation text not null check (operation in ('create', 'update', 'rotate-key')),
        -- The principal acted on; for a creation, the id the new principal will have.
        target_id uuid not null,
        payload jsonb not null,
        reason text not null,
        requested_by uuid not null,
        requested_at timestamptz not null default now(),
        expires_at timestamptz not null,
        status text not null default 'pending' check (status in ('pending', 'approved', 'refused', 'expired')),
        decided_by uuid,
        decided_at timestamptz
      )`);
    await q.query(`create index principal_requests_pending on identity.principal_requests (requested_at) where status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table identity.principal_requests');
    await q.query('alter table identity.principals drop column created_by, drop column approved_by');
  }
}

export const identityMigrations = [IdentityPrincipals1763800000000, IdentityPrincipalRequests1796000000000];
