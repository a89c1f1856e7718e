import { Type } from 'class-transformer';
import { IsISO8601, IsNumber, IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { SignalSubmission } from '../submission';
import { MatchedKeyReference } from './signal-routed.event';

/** Payload on `feeds.<feed>.v1`: what an analyst's feed receives. */
export class FeedSignalEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsString() @Length(1, 100) signalId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsString() @Length(2, 40) feed!: string;
  @IsString() @Length(1, 100) correlationId!: string;
  @IsString() @Length(1, 100) ruleId!: string;
  @IsNumber() ruleVersion!: number;
  /** Which subject key linked the signal to an existing dossier (kind and digest), when one did. */
  @IsOptional() @IsObject() @ValidateNested() @Type(() => MatchedKeyReference) matchedKey?: MatchedKeyReference;
  @IsObject() @ValidateNested() @Type(() => SignalSubmission) signal!: SignalSubmission;
}
