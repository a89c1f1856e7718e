import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

/**
 * Why a signal is erased before its term: a code, never free text (the ledger keeps the code).
 * `wrongly-reported-person`: the signal names somebody it should not; `court-decision`: a court
 * ordered it; `indirect-access-request`: a data subject's request, which for OCAM's processing is
 * exercised indirectly through its supervisory authority (the Standing Committees I and P acting
 * jointly, law of 30 July 2018), led to it; `supervisory-order`: that supervisory authority ordered it;
 * `unlawful-processing`: the signal should never have been kept. See docs/legal-basis.md.
 */
export const ERASURE_REASONS = [
  'wrongly-reported-person',
  'court-decision',
  'indirect-access-request',
  'supervisory-order',
  'unlawful-processing',
] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];
/**
 * Codes earlier records carry and that are no longer given: `data-subject-request` (a direct request,
 * which OCAM's data subjects cannot make) is now `indirect-access-request`. The intake's API still
 * takes it as an alias of its replacement, and events and ledger entries that carry it stay valid.
 */
export const LEGACY_ERASURE_REASONS = { 'data-subject-request': 'indirect-access-request' } as const satisfies Record<
  string,
  ErasureReason
>;
export type LegacyErasureReason = keyof typeof LEGACY_ERASURE_REASONS;
/** Every reason code an erasure event may carry: the current ones and the legacy ones. */
export const ERASURE_REASON_CODES = [...ERASURE_REASONS, ...(Object.keys(LEGACY_ERASURE_REASONS) as LegacyErasureReason[])];

/** The steps of an erasure request: asked by one security officer, approved or refused by another (or lapsed unanswered). */
export const ERASURE_STEPS = ['requested', 'approved', 'refused', 'expired'] as const;
export type ErasureStep = (typeof ERASURE_STEPS)[number];

/**
 * Payload on `signals.erasure.recorded.v1` (produced by the intake only, keyed by signal id): one step
 * of an erasure request. On `approved`, every service that holds a copy of the signal removes it
 * (the gateway and the router consume this topic; the intake has done so in the approval's
 * transaction) and says so on `signals.purged.v1` with reason `erased`. Facts only: ids and codes.
 */
export class SignalErasureRecordedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() signalId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsUUID() requestId!: string;
  @IsIn(ERASURE_STEPS) step!: ErasureStep;
  @IsIn(ERASURE_REASON_CODES) reason!: ErasureReason | LegacyErasureReason;
  /** The officer who asked. */
  @IsUUID() requestedBy!: string;
  /** The second officer who approved or refused (absent on `requested`; the requester itself on a withdrawal). */
  @IsOptional() @IsUUID() decidedBy?: string;
}
