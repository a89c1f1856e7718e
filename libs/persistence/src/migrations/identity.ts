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

export const identityMigrations = [IdentityPrincipals1763800000000];
