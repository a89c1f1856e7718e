import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

/**
 * Why a signal is erased before its term: a code, never free text (the ledger keeps the code).
 * `wrongly-reported-person`: the signal names somebody it should not; `court-decision`: a court
 * ordered it; `data-subject-request`: a data subject's request was upheld; `supervisory-order`: the
 * supervisory authority ordered it; `unlawful-processing`: the signal should never have been kept.
 */
export const ERASURE_REASONS = [
  'wrongly-reported-person',
  'court-decision',
  'data-subject-request',
  'supervisory-order',
  'unlawful-processing',
] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

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
  @IsIn(ERASURE_REASONS) reason!: ErasureReason;
  /** The officer who asked. */
  @IsUUID() requestedBy!: string;
  /** The second officer who approved or refused (absent on `requested`; the requester itself on a withdrawal). */
  @IsOptional() @IsUUID() decidedBy?: string;
}
