import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { SealedContent } from './sealed-content';

/**
 * What became of a signal: routed (or a duplicate, or rejected) by the router, delivered to (or
 * `failed`: could not be stored by) the intake, assessed by an analyst.
 */
export const FEEDBACK_STATUSES = ['routed', 'duplicate', 'rejected', 'delivered', 'failed', 'assessed'] as const;

// The two classes repeat their facts rather than extend a common class: the JSON Schemas (and so
// the compiled validators and the contract documents) are generated per class, without inheritance.

/**
 * Payload on `feedback.<agency>.v2` in clear: a receipt update (routed, duplicate, rejected,
 * delivered: codes, the agency's own `externalRef`, the feed). Also the form of an analyst's
 * feedback once opened (what the gateway's handler receives: the transport in libs/messaging opens
 * `sealed` into `detail` before the contract check), and the form of every notice on
 * `feedback.<agency>.v1`, which carried the analyst's question in clear.
 */
export class FeedbackEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsString() @Length(1, 100) signalId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsIn(FEEDBACK_STATUSES) status!: (typeof FEEDBACK_STATUSES)[number];
  @IsOptional() @IsObject() detail?: Record<string, unknown>;
}

/**
 * Payload on `feedback.<agency>.v2` for an analyst's feedback (`assessed`): the facts in clear, the
 * detail the analyst wrote (outcome, question, time, and the analyst's name where the deployment
 * names it) sealed with the signal's data key (see {@link SealedContent}), so that an erasure or the
 * purge at term shreds it on Kafka too. `detail` in clear carries codes and keyed digests only (the
 * outcome, the question's HMAC under the deployment's key secret), for the audit; once opened, the
 * sealed detail takes its place. A reader holding no key (the agency's own Kafka client) sees the
 * facts only and reads the content in its gateway inbox (`GET /v1/feedback`).
 */
export class SealedFeedbackEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsString() @Length(1, 100) signalId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsIn(FEEDBACK_STATUSES) status!: (typeof FEEDBACK_STATUSES)[number];
  /** Codes and keyed digests only (e.g. `{ outcome, questionDigest }`): never free text. */
  @IsOptional() @IsObject() detail?: Record<string, unknown>;
  @IsObject() @ValidateNested() @Type(() => SealedContent) sealed!: SealedContent;
}
