import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { AGENCY_PATTERN } from '../topics';
import { CLASSIFICATIONS } from '../classification';
import { INT4_MAX, IsCounts } from '../number-bounds';

/**
 * What an access record reports: a read (the default when absent), a refused attempt, the release
 * of an embargoed signal by one of the principals it names (`signalId`: the signal released), or a
 * step of a reporter's draft (`draft`: `step`, `draftId`, `reporterId`, `fields` for an edit, and
 * `signalId` once forwarded).
 */
export const ACCESS_OUTCOMES = ['read', 'denied', 'embargo-released', 'draft', 'product-filter'] as const;
/**
 * A change of a products filter (outcome `product-filter`): a POC's own (`own`) or its agency's
 * default, set by the agency's security officer (`agency-default`) — what the filter now lets
 * through (competences, regions, minLevel: catalogue codes), or that it was cleared.
 */
export const FILTER_SCOPES = ['own', 'agency-default'] as const;
export const FILTER_CHANGES = ['set', 'cleared'] as const;
/**
 * The steps of a reporter's draft through the agency's permanence cell (issue 29, item 6), recorded
 * with outcome `draft`: facts only — which draft, which step, which fields an edit changed. A `read`
 * (a reporter's or the cell's GET of drafts) lists every draft the answer held in `draftIds`.
 */
export const DRAFT_STEPS = ['created', 'edited', 'validated', 'returned', 'forwarded', 'read', 'purged'] as const;
export type DraftStep = (typeof DRAFT_STEPS)[number];
/** The most field paths one edit record lists. */
export const DRAFT_MAX_FIELDS = 100;
export type AccessOutcome = (typeof ACCESS_OUTCOMES)[number];
/** The answers a refused attempt got. */
export const ACCESS_DENIED_STATUSES = [401, 403, 404] as const;
/**
 * Why an attempt was refused, as a code: no usable key, a key nobody holds, a role the endpoint is
 * not for, another refusal (need-to-know), nothing the caller may see there, no such route, a
 * submission marked above the submitting principal's clearance, or a signal under an embargo that
 * does not name the caller (answered 404 like one that does not exist; the ledger says why).
 */
export const ACCESS_DENIAL_REASONS = [
  'no-key',
  'unknown-key',
  'role',
  'forbidden',
  'not-found',
  'no-route',
  'above-clearance',
  'embargoed',
  'briefing-required',
] as const;
export type AccessDenialReason = (typeof ACCESS_DENIAL_REASONS)[number];
/**
 * The most signals one read record lists. A read that returned more (none does today: pages stop at
 * 500) is recorded as several records of at most this many, each with the same endpoint and time.
 */
export const ACCESS_MAX_SIGNAL_IDS = 500;
/** A signal id as a read record lists it: a UUID, or `sha256:<16 hex>` of an id that is not one. */
export const READ_SIGNAL_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|sha256:[0-9a-f]{16})$/;

/** A category code as a read record lists it (the taxonomy's shape: `code` or `code.sub`). */
export const ACCESS_CATEGORY = /^[a-z][a-z0-9-]{0,59}(\.[a-z][a-z0-9-]{0,59})?$/;

const denied = (e: AccessRecordedEvent): boolean => e.outcome === 'denied';
const draft = (e: AccessRecordedEvent): boolean => e.outcome === 'draft';
const draftStep = (e: AccessRecordedEvent): boolean => e.outcome === 'draft' && e.step !== 'read' && e.step !== 'purged';
/** A step over several drafts, listed in `draftIds`: a read of drafts, or the retention purge of stale ones. */
const draftList = (e: AccessRecordedEvent): boolean => e.outcome === 'draft' && (e.step === 'read' || e.step === 'purged');
/** The gateway's retention purge of drafts never forwarded: done by the service, no principal. */
const byService = (e: AccessRecordedEvent): boolean => denied(e) || (e.outcome === 'draft' && e.step === 'purged');
const filterChange = (e: AccessRecordedEvent): boolean => e.outcome === 'product-filter';
const deniedOnce = (e: AccessRecordedEvent): boolean => e.outcome === 'denied' && e.count === undefined;
const counted = (e: AccessRecordedEvent): boolean => e.count !== undefined;

/**
 * Payload on `access.recorded.v1`. Outcome `read` (or absent, as before): one read through an API —
 * of signal content (`signalIds`: every signal the answer held, and `agencies`: whose they are; a
 * read of exactly one signal also names it in `signalId`/`agency`), or of statistics or principals
 * (`resourceId`: the principal read). Records written before `signalIds` existed carry one
 * `signalId` per record: consumers accept both.
 * Outcome `denied`: one refused attempt (401, 403 or 404 on a protected resource) with its status,
 * reason and source; or, once a source went past its threshold in a window, one record of how many
 * further attempts it made there (`count`, `windowStart`, `windowEnd`, `byStatus`, `byEndpoint`).
 * Outcome `draft`: a step of a reporter's draft by a principal, a read of drafts (`draftIds`), or
 * the gateway's retention purge of drafts never forwarded (step `purged`, `draftIds`, no principal).
 * Never the API key, a request body or a query value.
 */
export class AccessRecordedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  /** Absent only for a refused attempt whose key named nobody (401). */
  @ValidateIf((e: AccessRecordedEvent) => !byService(e) || e.principalId !== undefined) @IsUUID() principalId?: string;
  @ValidateIf((e: AccessRecordedEvent) => !byService(e) || e.principalName !== undefined) @IsString() principalName?: string;
  @ValidateIf((e: AccessRecordedEvent) => !byService(e) || e.role !== undefined) @IsString() role?: string;
  /** Method and route pattern, e.g. `GET /v1/signals/{id}`; `GET (no route)` when nothing matched; `*` for a count. */
  @IsString() @Length(1, 200) endpoint!: string;
  @IsOptional() @IsString() signalId?: string;
  /** The agency that submitted the signal that was read (when every signal read is of one agency). */
  @IsOptional() @IsString() agency?: string;
  /**
   * Every signal the read returned (one record per read, not one per item), each once, in the order
   * returned: its id, or `sha256:<16 hex>` of an id that is not a UUID.
   */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ACCESS_MAX_SIGNAL_IDS)
  @Matches(READ_SIGNAL_ID, { each: true })
  signalIds?: string[];
  /** The agencies whose signals the read returned, each once. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(new RegExp(`^${AGENCY_PATTERN}$`), { each: true })
  agencies?: string[];
  /**
   * The taxonomy categories of the signals the read returned, each once (codes such as
   * `terrorism.radicalisation`): what the quarterly access review compares with what the principal
   * read before (docs/security-officer.md). Absent where the reader does not know them.
   */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(ACCESS_CATEGORY, { each: true })
  categories?: string[];
  /** The classifications of the signals the read returned, each once: what the monthly clearance review compares with the clearance held. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsIn(CLASSIFICATIONS, { each: true })
  classifications?: string[];
  /** Every OCAM product the read returned (a POC's products inbox, an analyst's product), each once. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ACCESS_MAX_SIGNAL_IDS)
  @IsUUID('all', { each: true })
  productIds?: string[];
  @IsOptional() @IsString() traceId?: string;
  @IsOptional() @IsIn(ACCESS_OUTCOMES) outcome?: AccessOutcome;
  /** The id the request named (a principal read, a signal probed): an id or a code, else `sha256:<16 hex>` of it. */
  @IsOptional() @IsString() @Length(1, 120) resourceId?: string;
  /** A draft's step (outcome `draft`). */
  @ValidateIf(draft) @IsIn(DRAFT_STEPS) step?: DraftStep;
  /** The draft (outcome `draft`, a step other than `read`). */
  @ValidateIf(draftStep) @IsUUID() draftId?: string;
  /** The reporter whose draft it is (outcome `draft`, a step other than `read`). */
  @ValidateIf(draftStep) @IsUUID() reporterId?: string;
  /** Whose products filter changed (outcome `product-filter`). */
  @ValidateIf(filterChange) @IsIn(FILTER_SCOPES) filterScope?: (typeof FILTER_SCOPES)[number];
  /** Set or cleared (outcome `product-filter`). */
  @ValidateIf(filterChange) @IsIn(FILTER_CHANGES) filterChange?: (typeof FILTER_CHANGES)[number];
  /** The competences a filter now lets through (codes of the dissemination catalogue); absent: any. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(ACCESS_CATEGORY, { each: true })
  competences?: string[];
  /** The regions a filter now lets through (codes of the dissemination catalogue); absent: any. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(/^[a-z0-9][a-z0-9.-]{0,59}$/, { each: true })
  regions?: string[];
  /** The lowest threat level a filter now lets through (1–4); absent: any. */
  @IsOptional() @IsInt() @Min(1) @Max(4) minLevel?: number;
  /** Every draft a read of drafts returned (outcome `draft`, step `read`), or the purge removed (step `purged`), each once. */
  @ValidateIf(draftList)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ACCESS_MAX_SIGNAL_IDS)
  @IsUUID('all', { each: true })
  draftIds?: string[];
  /** The field paths an edit changed (`subjects[0].familyName`), never their values. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DRAFT_MAX_FIELDS)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  fields?: string[];
  @ValidateIf(deniedOnce) @IsIn(ACCESS_DENIED_STATUSES) status?: number;
  @ValidateIf(deniedOnce) @IsIn(ACCESS_DENIAL_REASONS) reason?: AccessDenialReason;
  /**
   * Who tried: `principal:<id>`, or `address:<16 hex>` (a digest of the client address) when no key
   * named anybody; `several` for a count over sources beyond what one instance tracks at once.
   */
  @ValidateIf(denied) @Matches(/^(principal:[0-9a-f-]{36}|address:[0-9a-f]{16}|several)$/) source?: string;
  /** Attempts of `source` in [windowStart, windowEnd) beyond the ones recorded one by one. */
  @IsOptional() @IsInt() @Min(1) @Max(INT4_MAX) count?: number;
  @ValidateIf(counted) @IsISO8601({ strict: true }) windowStart?: string;
  @ValidateIf(counted) @IsISO8601({ strict: true }) windowEnd?: string;
  /** For a count: attempts by status (`"401"` → n). */
  @ValidateIf(counted) @IsObject() @IsCounts() byStatus?: Record<string, number>;
  /** For a count: attempts by endpoint (at most 20 endpoints; the rest under `other`). */
  @ValidateIf(counted) @IsObject() @IsCounts() byEndpoint?: Record<string, number>;
}
