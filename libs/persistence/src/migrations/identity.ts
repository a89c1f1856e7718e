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

/**
 * Officers (issue 32, item 8): a revocation an officer of the target's chain asks for waits for a
 * second officer instead of being refused; each principal has a version, bumped by every change,
 * and a request records the version it was filed against, so that a request whose target changed
 * since is refused as stale instead of being applied to a principal its approver never saw.
 */
export class IdentityRequestVersions1796810000000 implements MigrationInterface {
  name = 'IdentityRequestVersions1796810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table identity.principals add column version int not null default 0');
    await q.query('alter table identity.principal_requests add column target_version int');
    await q.query('alter table identity.principal_requests drop constraint principal_requests_operation_check');
    await q.query(`alter table identity.principal_requests add constraint principal_requests_operation_check
                     check (operation in ('create', 'update', 'rotate-key', 'revoke'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`delete from identity.principal_requests where operation = 'revoke'`);
    await q.query('alter table identity.principal_requests drop constraint principal_requests_operation_check');
    await q.query(`alter table identity.principal_requests add constraint principal_requests_operation_check
                     check (operation in ('create', 'update', 'rotate-key'))`);
    await q.query('alter table identity.principal_requests drop column target_version');
    await q.query('alter table identity.principals drop column version');
  }
}

/**
 * No officer ever holds a principal's key (issue 32, item 2): a key is issued as a handover in two
 * halves — the asking officer gets the first when it files the request, the approving officer the
 * second — and only both together, redeemed once by the principal before they lapse, give the key.
 * Only the halves' SHA-256 digests are kept. Watchlist marks are held for a second officer as well.
 */
export class IdentityKeyHandovers1796820000000 implements MigrationInterface {
  name = 'IdentityKeyHandovers1796820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table identity.key_handovers (
        request_id uuid primary key,
        principal_id uuid not null,
        first_hash text not null unique,
        second_hash text unique,
        created_at timestamptz not null default now(),
        expires_at timestamptz,
        redeemed_at timestamptz
      )`);
    await q.query('create index key_handovers_principal on identity.key_handovers (principal_id)');
    await q.query('alter table identity.principal_requests drop constraint principal_requests_operation_check');
    await q.query(`alter table identity.principal_requests add constraint principal_requests_operation_check
                     check (operation in ('create', 'update', 'rotate-key', 'revoke', 'watchlist-mark'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`delete from identity.principal_requests where operation = 'watchlist-mark'`);
    await q.query('alter table identity.principal_requests drop constraint principal_requests_operation_check');
    await q.query(`alter table identity.principal_requests add constraint principal_requests_operation_check
                     check (operation in ('create', 'update', 'rotate-key', 'revoke'))`);
    await q.query('drop table identity.key_handovers');
  }
}

/**
 * Security briefings (issue 29, item 5): the briefing text is versioned data published by an OCAM
 * security officer; a principal holding a clearance reads nothing classified until it acknowledged
 * the version in force. Version 1 is the standing briefing, so the rule holds from the first start.
 */
export class IdentityBriefings1797295000000 implements MigrationInterface {
  name = 'IdentityBriefings1797295000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table identity.briefings (
        version int primary key check (version >= 1),
        text text not null,
        digest text not null,
        published_by uuid,
        published_at timestamptz not null default now()
      )`);
    await q.query(`
      create table identity.briefing_acknowledgements (
        principal_id uuid not null,
        version int not null references identity.briefings (version),
        acknowledged_at timestamptz not null default now(),
        primary key (principal_id, version)
      )`);
    const text = STANDING_BRIEFING;
    await q.query(`insert into identity.briefings (version, text, digest) values (1, $1, encode(sha256(convert_to($1, 'UTF8')), 'hex'))`, [
      text,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table identity.briefing_acknowledgements');
    await q.query('drop table identity.briefings');
  }
}

const STANDING_BRIEFING = [
  'Security briefing for holders of a security clearance (law of 11 December 1998).',
  '1. Classified information is read only for the task it was shared for (need to know), never copied outside Passerelle.',
  '2. Every read and every refused attempt is recorded and reviewed by your security officer each quarter.',
  '3. Your clearance has an expiry: ask your security officer before it lapses; an expired clearance reads nothing classified.',
  '4. Report at once to your security officer a lost or disclosed API key, or any classified item seen by someone not entitled to it.',
  '5. A new version of this briefing must be acknowledged again before you read classified items.',
].join('\n');

/**
 * Reporters (issue 29, item 6): a field officer of an agency drafts signals for the agency's
 * permanence cell; like a POC, it always belongs to an agency.
 */
export class IdentityReporters1798100000000 implements MigrationInterface {
  name = 'IdentityReporters1798100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table identity.principals drop constraint principals_role_check');
    await q.query(`alter table identity.principals add constraint principals_role_check
                     check (role in ('poc', 'analyst', 'oversight', 'security-officer', 'admin', 'reporter'))`);
    await q.query(`alter table identity.principals add constraint reporter_has_agency check (role <> 'reporter' or agency is not null)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table identity.principals drop constraint reporter_has_agency');
    await q.query('alter table identity.principals drop constraint principals_role_check');
    await q.query(`alter table identity.principals add constraint principals_role_check
                     check (role in ('poc', 'analyst', 'oversight', 'security-officer', 'admin'))`);
  }
}

/**
 * The briefing in every language (issue 27): one version, one text per language (fr, nl, en), each
 * with its digest; a principal reads and acknowledges it in its language. A version published before
 * keeps the one text it was published with (English); the standing version 1 gains its French and
 * Dutch texts.
 */
export class IdentityBriefingLanguages1798200000000 implements MigrationInterface {
  name = 'IdentityBriefingLanguages1798200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table identity.briefing_texts (
        version int not null references identity.briefings (version),
        language text not null check (language in ('en', 'fr', 'nl')),
        text text not null,
        digest text not null,
        primary key (version, language)
      )`);
    await q.query(
      `insert into identity.briefing_texts (version, language, text, digest) select version, 'en', text, digest from identity.briefings`,
    );
    for (const [language, text] of Object.entries(STANDING_BRIEFING_TRANSLATIONS)) {
      await q.query(
        `insert into identity.briefing_texts (version, language, text, digest)
         select 1, $1, $2, encode(sha256(convert_to($2, 'UTF8')), 'hex') from identity.briefings
          where version = 1 and published_by is null and text = $3`,
        [language, text, STANDING_BRIEFING],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table identity.briefing_texts');
  }
}

const STANDING_BRIEFING_TRANSLATIONS: Record<'fr' | 'nl', string> = {
  fr: [
    'Briefing de sécurité pour les titulaires d’une habilitation de sécurité (loi du 11 décembre 1998).',
    '1. Une information classifiée n’est lue que pour la tâche pour laquelle elle a été partagée (besoin d’en connaître), jamais copiée hors de Passerelle.',
    '2. Chaque lecture et chaque tentative refusée sont enregistrées et revues chaque trimestre par votre officier de sécurité.',
    '3. Votre habilitation a une échéance : adressez-vous à votre officier de sécurité avant qu’elle n’expire ; une habilitation expirée ne lit rien de classifié.',
    '4. Signalez sans délai à votre officier de sécurité une clé d’API perdue ou divulguée, ou tout élément classifié vu par une personne qui n’y a pas droit.',
    '5. Une nouvelle version de ce briefing doit être confirmée à nouveau avant de lire des éléments classifiés.',
  ].join('\n'),
  nl: [
    'Veiligheidsbriefing voor houders van een veiligheidsmachtiging (wet van 11 december 1998).',
    '1. Geclassificeerde informatie wordt alleen gelezen voor de taak waarvoor ze werd gedeeld (need to know), nooit buiten Passerelle gekopieerd.',
    '2. Elke lezing en elke geweigerde poging wordt geregistreerd en elk kwartaal door uw veiligheidsofficier nagekeken.',
    '3. Uw veiligheidsmachtiging heeft een vervaldatum: richt u tot uw veiligheidsofficier voor ze verloopt; een verlopen machtiging leest niets geclassificeerds.',
    '4. Meld onmiddellijk aan uw veiligheidsofficier een verloren of bekendgemaakte API-sleutel, of elk geclassificeerd stuk dat iemand zag die er geen recht op heeft.',
    '5. Een nieuwe versie van deze briefing moet opnieuw bevestigd worden voor u geclassificeerde stukken leest.',
  ].join('\n'),
};

/**
 * Why a request waits for a second officer, as facts (issue 27): the approval rule's code and values
 * beside its English words, so that the console says it in the reader's language. Requests filed
 * before keep their English words only.
 */
export class IdentityRequestReasonCodes1798300000000 implements MigrationInterface {
  name = 'IdentityRequestReasonCodes1798300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table identity.principal_requests add column reason_code text, add column reason_values jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table identity.principal_requests drop column reason_code, drop column reason_values');
  }
}

export const identityMigrations = [
  IdentityPrincipals1763800000000,
  IdentityPrincipalRequests1796000000000,
  IdentityRequestVersions1796810000000,
  IdentityKeyHandovers1796820000000,
  IdentityBriefings1797295000000,
  IdentityReporters1798100000000,
  IdentityBriefingLanguages1798200000000,
  IdentityRequestReasonCodes1798300000000,
];
