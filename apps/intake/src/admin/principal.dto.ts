import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';

/**
 * May be left out, but not sent as null: `IsOptional` lets null through, and a null clearance or
 * feed list then reaches a not-null column (a 500) instead of being refused here.
 */
const OmittableNotNull = (): PropertyDecorator => ValidateIf((_o: object, v: unknown) => v !== undefined);
import { AGENCY_PATTERN } from '@passerelle/contracts';
import {
  CLEARANCES,
  Clearance,
  PrincipalRecord,
  PrincipalRequest,
  REQUEST_STATUSES,
  RequestStatus,
  ROLES,
  Role,
} from '@passerelle/security';

/** Names are identifiers (also accepted by the CLI in place of an id): no spaces, no uuid look-alikes by accident. */
export const PRINCIPAL_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,99}$/;
const AGENCY = new RegExp(`^${AGENCY_PATTERN}$`);
const FEED = /^[a-z][a-z0-9-]{1,39}$/;
/** A date (00:00 UTC that day) or a date-time with an explicit offset: never a local time. */
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const INSTANT_MESSAGE = '$property must be a date (2027-06-30) or a date-time with an offset (2027-06-30T12:00:00Z)';

/**
 * What `clearance` is: a record. A security clearance (habilitation de sécurité / veiligheidsmachtiging)
 * is issued by the national security authority under the law of 11 December 1998; an officer records
 * the level and expiry it issued, it does not grant one. The codes stay as they are on the wire.
 */
const CLEARANCE_RECORDED =
  'Record the level this person may read, as established outside Passerelle: for confidential (CONFIDENTIEL/VERTROUWELIJK), ' +
  'secret (SECRET/GEHEIM) and top-secret (TRÈS SECRET/ZEER GEHEIM), the security clearance the national security authority ' +
  'issued (habilitation de sécurité / veiligheidsmachtiging, law of 11 December 1998); for restricted (RESTREINT/BEPERKT), ' +
  'which under the reformed law needs no clearance, the need to know and the instruction given; unclassified: none. ' +
  'Passerelle records it, it does not grant one.';

/** `clearanceExpiresAt`, on creation and on update: an instant, or null for none. */
const ExpiryInstant = (doc: ApiPropertyOptions): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: String, nullable: true, ...doc }),
    IsOptional(),
    Matches(INSTANT, { message: INSTANT_MESSAGE }),
    IsISO8601({ strict: true }),
  );

/** `feeds`, on creation and on update: need-to-know, known feed names only. */
const FeedNames = (doc: ApiPropertyOptions = {}): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], maxItems: 50, ...doc }),
    OmittableNotNull(),
    IsArray(),
    ArrayMaxSize(50),
    ArrayUnique(),
    IsString({ each: true }),
    Matches(FEED, { each: true, message: 'each of $property must be a feed name' }),
  );

export class CreatePrincipalDto {
  @ApiProperty({ pattern: PRINCIPAL_NAME.source, example: 'analyst.dupont' })
  @IsString()
  @Matches(PRINCIPAL_NAME, { message: '$property must be 2-100 letters, digits, ".", "_", "@" or "-"' })
  name!: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role!: Role;
  /** The agency a POC speaks for or a reporter reports to: required for `poc` and `reporter`, optional for a security officer, refused for every other role. */
  @ApiPropertyOptional({ type: String, nullable: true, pattern: AGENCY.source, example: 'customs' })
  @IsOptional()
  @IsString()
  @Matches(AGENCY, { message: '$property must be a lower-case agency code' })
  agency?: string | null;
  /** The clearance as recorded: the national security authority issues it, the officer records it (docs/legal-basis.md §6). */
  @ApiProperty({ enum: CLEARANCES, description: CLEARANCE_RECORDED })
  @IsIn(CLEARANCES)
  clearance!: Clearance;
  /** When the clearance lapses; absent or null for none. Must be in the future. */
  @ExpiryInstant({ description: 'a date (00:00 UTC) or a date-time with an offset; in the future', example: '2027-06-30' })
  clearanceExpiresAt?: string | null;
  /** Need-to-know: the feeds the principal may read (known feeds only). */
  @FeedNames({ example: ['ocam'] }) feeds?: string[];
}

/** Only clearance, its expiry and feeds change; role, agency and name are fixed for a principal's life. */
export class UpdatePrincipalDto {
  @ApiPropertyOptional({ enum: CLEARANCES, description: CLEARANCE_RECORDED }) @OmittableNotNull() @IsIn(CLEARANCES) clearance?: Clearance;
  /** null removes the expiry; a past instant withdraws the clearance at once. */
  @ExpiryInstant({ description: 'null removes the expiry; a past instant withdraws the clearance at once' })
  clearanceExpiresAt?: string | null;
  @FeedNames() feeds?: string[];
}

export class ListPrincipalsQuery {
  /** Only principals whose clearance expires within this many days (or has already expired), soonest first. */
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 3650,
    description: 'only clearances expiring within N days (or expired), soonest first',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  expiringWithinDays?: number;
}

/** A principal as the admin API and the CLI show it: never its key or key hash. */
export interface PrincipalView {
  id: string;
  name: string;
  role: Role;
  agency: string | null;
  clearance: Clearance;
  clearanceExpiresAt: string | null;
  /** True when the clearance has lapsed: the principal then reads nothing classified. */
  clearanceExpired: boolean;
  feeds: string[];
  createdAt: string;
  revokedAt: string | null;
}

export function toView(p: PrincipalRecord, now: Date = new Date()): PrincipalView {
  return {
    id: p.id,
    name: p.name,
    role: p.role,
    agency: p.agency,
    clearance: p.clearance,
    clearanceExpiresAt: p.clearanceExpiresAt?.toISOString() ?? null,
    clearanceExpired: p.clearanceExpiresAt !== null && p.clearanceExpiresAt.getTime() <= now.getTime(),
    feeds: p.feeds,
    createdAt: p.createdAt.toISOString(),
    revokedAt: p.revokedAt?.toISOString() ?? null,
  };
}

export class ListRequestsQuery {
  @ApiPropertyOptional({ enum: REQUEST_STATUSES, default: 'pending' })
  @OmittableNotNull()
  @IsIn(REQUEST_STATUSES)
  status?: RequestStatus;
}

/** A change waiting for (or decided by) a second security officer. */
export interface RequestView {
  id: string;
  operation: PrincipalRequest['operation'];
  /** The principal acted on; for a creation, the id it will have. */
  principalId: string;
  /** What is asked (never a key). */
  requested: Record<string, unknown>;
  /** Why it takes a second officer, in English. */
  reason: string;
  /** The same as a code and its values (the console says it in the reader's language); null for a request filed before codes. */
  reasonCode: string | null;
  reasonValues: Record<string, unknown> | null;
  requestedBy: string;
  requestedAt: string;
  expiresAt: string;
  status: RequestStatus;
  decidedBy: string | null;
  decidedAt: string | null;
}

/**
 * A request in the listing, with names for the console: the target's name (for a creation, the name
 * asked for), the asker's, and — while pending, for a change to an existing principal — the target's
 * current clearance, expiry and feeds, so that the change reads as before → after.
 */
export interface ListedRequestView extends RequestView {
  principalName: string | null;
  requestedByName: string | null;
  current: { clearance: string; clearanceExpiresAt: string | null; feeds: string[] } | null;
}

export function toListedRequestView(r: PrincipalRequest, principals: Map<string, PrincipalRecord>): ListedRequestView {
  const target = principals.get(r.targetId);
  return {
    ...toRequestView(r),
    principalName: target?.name ?? (typeof r.payload.name === 'string' ? r.payload.name : null),
    requestedByName: principals.get(r.requestedBy)?.name ?? null,
    current:
      target && r.status === 'pending'
        ? { clearance: target.clearance, clearanceExpiresAt: target.clearanceExpiresAt?.toISOString() ?? null, feeds: target.feeds }
        : null,
  };
}

export function toRequestView(r: PrincipalRequest): RequestView {
  return {
    id: r.id,
    operation: r.operation,
    principalId: r.targetId,
    requested: r.payload,
    reason: r.reason,
    reasonCode: r.reasonCode,
    reasonValues: r.reasonValues,
    requestedBy: r.requestedBy,
    requestedAt: r.requestedAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    status: r.status,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt?.toISOString() ?? null,
  };
}
