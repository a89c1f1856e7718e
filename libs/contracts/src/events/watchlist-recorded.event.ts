import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { INT4_MAX } from '../number-bounds';
import { PERSON_KEY_KINDS, PersonKeyKind } from '../subject-normalisation';

/**
 * What happens to a watchlist, as the ledger records it: a version published (entry and token
 * counts, digest), its token set delivered to an agency, a batch of blinded points evaluated for an
 * agency (a count), a reported hit linked to its entry (or not found), a principal marked or
 * unmarked for a list. Facts only: never an entry, a name, a document, a token or a point.
 */
export const WATCHLIST_ACTIONS = [
  'version-published',
  'tokens-delivered',
  'batch-evaluated',
  'hit-linked',
  'hit-unmatched',
  'grant-changed',
  'usage-alert',
] as const;
export type WatchlistAction = (typeof WATCHLIST_ACTIONS)[number];

/** What a principal is marked for on a list: publishing its versions, or receiving its tokens and evaluating. */
export const WATCHLIST_CAPABILITIES = ['owner', 'receiver'] as const;
export type WatchlistCapability = (typeof WATCHLIST_CAPABILITIES)[number];

/**
 * Why the key holder alerted the list's owners about an agency's evaluations: a principal near or at
 * its budget for the version, the agency's hourly budget reached, or a second principal of one agency
 * evaluating against the same version (a real matching run is one principal's).
 */
export const WATCHLIST_USAGE_ALERTS = ['near-version-budget', 'version-budget-spent', 'hourly-budget-spent', 'another-principal'] as const;
export type WatchlistUsageAlert = (typeof WATCHLIST_USAGE_ALERTS)[number];

export const WATCHLIST_NAME = /^[a-z][a-z0-9-]{1,39}$/;

/** Payload on `watchlists.recorded.v1`, written by the intake (the key holder), read by the audit. */
export class WatchlistRecordedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsIn(WATCHLIST_ACTIONS) action!: WatchlistAction;
  @Matches(WATCHLIST_NAME) list!: string;
  @IsOptional() @IsInt() @Min(1) @Max(INT4_MAX) version?: number;
  /** Who acted: the list owner, the agency's principal, the security officer; absent for the intake itself (a hit linked). */
  @IsOptional() @IsUUID() principalId?: string;
  /** The agency concerned (tokens delivered, points evaluated, hit reported). */
  @IsOptional() @IsString() @Length(2, 40) agency?: string;
  /** Entries published, or points evaluated. */
  @IsOptional() @IsInt() @Min(0) @Max(INT4_MAX) count?: number;
  /** Tokens published. */
  @IsOptional() @IsInt() @Min(0) @Max(INT4_MAX) tokenCount?: number;
  /** SHA-256 of the version's entries in canonical JSON (RFC 8785), sorted by entry id. */
  @IsOptional() @Matches(/^[0-9a-f]{64}$/) digest?: string;
  /** For a hit: the signal that reported it, the list owner's entry id, and how it matched. */
  @IsOptional() @IsUUID() signalId?: string;
  @IsOptional() @IsString() @Length(1, 100) entryId?: string;
  @IsOptional() @IsIn(PERSON_KEY_KINDS) keyKind?: PersonKeyKind;
  /** For a grant: the principal marked or unmarked, for what, and which. */
  @IsOptional() @IsUUID() subjectPrincipalId?: string;
  @IsOptional() @IsIn(WATCHLIST_CAPABILITIES) capability?: WatchlistCapability;
  @IsOptional() @IsBoolean() granted?: boolean;
  /** For a usage alert: why (the principal, agency and points evaluated so far are in the fields above). */
  @IsOptional() @IsIn(WATCHLIST_USAGE_ALERTS) alert?: WatchlistUsageAlert;
  @IsOptional() @Matches(/^[0-9a-f]{32}$/) traceId?: string;
}
