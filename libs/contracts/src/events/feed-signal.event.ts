import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsObject, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { INT4_MAX } from '../number-bounds';
import { SignalSubmission } from '../submission';
import { SealedContent } from './sealed-content';
import { MatchedKeyReference } from './signal-routed.event';

// The two classes repeat their facts rather than extend a common class: the JSON Schemas (and so
// the compiled validators and the contract documents) are generated per class, without inheritance.

/**
 * Payload on `feeds.<feed>.v2` as it travels: the facts in clear (routing, audit, Kafka-native
 * filtering), the signal sealed with its data key (see {@link SealedContent}). Readers holding no
 * key see the facts only.
 */
export class SealedFeedSignalEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsString() @Length(1, 100) signalId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsString() @Length(2, 40) feed!: string;
  @IsString() @Length(1, 100) correlationId!: string;
  @IsString() @Length(1, 100) ruleId!: string;
  @IsInt() @Min(0) @Max(INT4_MAX) ruleVersion!: number;
  /** Which subject key linked the signal to an existing dossier (kind and digest), when one did. */
  @IsOptional() @IsObject() @ValidateNested() @Type(() => MatchedKeyReference) matchedKey?: MatchedKeyReference;
  @IsObject() @ValidateNested() @Type(() => SealedContent) sealed!: SealedContent;
}

/**
 * A feed message once opened: what the intake's feed handler receives (the transport in
 * libs/messaging opens `sealed` into `signal` before the contract check). Also the form of
 * `feeds.<feed>.v1`, which carried the signal in clear.
 */
export class FeedSignalEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsString() @Length(1, 100) signalId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsString() @Length(2, 40) feed!: string;
  @IsString() @Length(1, 100) correlationId!: string;
  @IsString() @Length(1, 100) ruleId!: string;
  @IsInt() @Min(0) @Max(INT4_MAX) ruleVersion!: number;
  /** Which subject key linked the signal to an existing dossier (kind and digest), when one did. */
  @IsOptional() @IsObject() @ValidateNested() @Type(() => MatchedKeyReference) matchedKey?: MatchedKeyReference;
  @IsObject() @ValidateNested() @Type(() => SignalSubmission) signal!: SignalSubmission;
}
