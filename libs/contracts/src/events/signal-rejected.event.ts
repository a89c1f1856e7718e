import { Type } from 'class-transformer';
import { IsArray, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { INT4_MAX } from '../number-bounds';

export class RejectionReason {
  @IsString() path!: string;
  @IsString() reason!: string;
}

/** Payload on `signals.rejected.v1`. `signalId` is what the message claimed, when it was readable. */
export class SignalRejectedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsOptional() @IsString() signalId!: string | null;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsOptional() @IsString() agency!: string | null;
  @IsString() topic!: string;
  @IsInt() @Min(0) @Max(INT4_MAX) partition!: number;
  @IsString() offset!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => RejectionReason) reasons!: RejectionReason[];
}
