import { Type } from 'class-transformer';
import { IsISO8601, IsObject, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { SignalSubmission } from '../submission';

/** Payload on `signals.<agency>.submitted.v1` when the gateway publishes it. */
export class SignalSubmittedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() signalId!: string;
  @IsString() @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsObject() @ValidateNested() @Type(() => SignalSubmission) signal!: SignalSubmission;
}
