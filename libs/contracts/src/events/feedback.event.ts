import { IsIn, IsISO8601, IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';

export const FEEDBACK_STATUSES = ['routed', 'duplicate', 'rejected', 'delivered', 'assessed'] as const;

/** Payload on `feedback.<agency>.v1`: a receipt update or an analyst's feedback for the source. */
export class FeedbackEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsString() @Length(1, 100) signalId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsIn(FEEDBACK_STATUSES) status!: (typeof FEEDBACK_STATUSES)[number];
  @IsOptional() @IsObject() detail?: Record<string, unknown>;
}
