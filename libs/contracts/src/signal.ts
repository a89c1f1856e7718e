import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsObject, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';

export const CLASSIFICATIONS = ['unclassified', 'restricted', 'confidential', 'secret', 'top-secret'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const URGENCIES = ['immediate', 'priority', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * A signal as a point of contact submits it (HTTP body, or the `signal` of a submission event).
 * This is the walking-skeleton subset; the contract issue extends it with subjects, indicators,
 * evaluation, handling and retention.
 */
export class SignalSubmission {
  /** The agency's own reference: unique per agency, the idempotency key. */
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, { message: 'externalRef may hold letters, digits and . _ : / - only' })
  externalRef!: string;

  /** Taxonomy code, e.g. `terrorism.travel`. */
  @IsString()
  @Length(2, 80)
  @Matches(/^[a-z][a-z-]*(\.[a-z][a-z-]*)*$/, { message: 'category must be a taxonomy code such as terrorism.travel' })
  category!: string;

  @IsIn(URGENCIES)
  urgency!: Urgency;

  @IsIn(CLASSIFICATIONS)
  classification!: Classification;

  @IsISO8601({ strict: true, strictSeparator: true })
  observedAt!: string;

  @IsString()
  @Length(1, 4000)
  summary!: string;
}

/** Payload on `signals.<agency>.submitted.v1`. */
export class SignalSubmittedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() signalId!: string;
  @IsString() @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsObject()
  @ValidateNested()
  @Type(() => SignalSubmission)
  signal!: SignalSubmission;
}

/** Payload on `signals.routed.v1`: why a signal went where it went. */
export interface SignalRoutedEvent {
  eventId: string;
  occurredAt: string;
  signalId: string;
  traceId: string;
  agency: string;
  correlationId: string;
  verdict: 'new' | 'duplicate-ref';
  ruleId: string;
  ruleVersion: number;
  destinations: string[];
}

/** Payload on `feeds.<feed>.v1`: what an analyst's feed receives. */
export interface FeedSignalEvent {
  eventId: string;
  occurredAt: string;
  signalId: string;
  traceId: string;
  agency: string;
  feed: string;
  correlationId: string;
  ruleId: string;
  ruleVersion: number;
  signal: SignalSubmission;
}

/** Payload on `signals.rejected.v1`. */
export interface SignalRejectedEvent {
  eventId: string;
  occurredAt: string;
  signalId: string | null;
  traceId: string;
  agency: string | null;
  topic: string;
  partition: number;
  offset: string;
  reasons: { path: string; reason: string }[];
}

/** Payload on `feedback.<agency>.v1`: a receipt update or an analyst's feedback for the source. */
export interface FeedbackEvent {
  eventId: string;
  occurredAt: string;
  signalId: string;
  traceId: string;
  agency: string;
  status: 'routed' | 'duplicate' | 'rejected' | 'delivered' | 'assessed';
  detail?: Record<string, unknown>;
}
