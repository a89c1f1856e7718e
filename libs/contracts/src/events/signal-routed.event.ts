import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLASSIFICATIONS, type Classification } from '../classification';
import { INT4_MAX } from '../number-bounds';

export class MatchedKeyReference {
  @IsString() type!: string;
  @Matches(/^[0-9a-f]{32}$/) digest!: string;
}

/** Payload on `signals.routed.v1`: why a signal went where it went. */
export class SignalRoutedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsString() @Length(1, 100) signalId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsString() @Length(1, 100) correlationId!: string;
  @IsIn(['new', 'duplicate-ref', 'duplicate-content']) verdict!: 'new' | 'duplicate-ref' | 'duplicate-content';
  @IsString() @Length(1, 100) ruleId!: string;
  @IsInt() @Min(0) @Max(INT4_MAX) ruleVersion!: number;
  @IsArray() @IsString({ each: true }) destinations!: string[];
  /** Which subject key linked the signal to an existing correlation: its kind and a digest, not the key. */
  @IsOptional() @IsObject() @ValidateNested() @Type(() => MatchedKeyReference) matchedKey?: MatchedKeyReference;
  /** For a duplicate: the signal it repeats. */
  @IsOptional() @IsString() duplicateOf?: string;
  /**
   * The signal's classification and end of retention, as facts for the classified register (issue
   * 29, item 4): the audit keeps them in the ledger. Optional, added in place (older events lack them).
   */
  @IsOptional() @IsIn(CLASSIFICATIONS) classification?: Classification;
  @IsOptional() @IsISO8601({ strict: true }) retentionUntil?: string;
  /** An exercise (docs/exercises.md): routed to the exercise feed only, and counted in no figure. */
  @IsOptional() @IsBoolean() exercise?: boolean;
}
