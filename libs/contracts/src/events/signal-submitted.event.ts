import { Type } from 'class-transformer';
import { IsISO8601, IsObject, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { SignalSubmission } from '../submission';
import { SealedContent } from './sealed-content';

/**
 * Payload on `signals.<agency>.submitted.v1` when the gateway publishes it, or an agency's own client
 * writes this envelope. Its ids are UUIDs: on an agency's topic they are the agency's text, and what
 * is not a UUID there could carry anything into the places that keep ids (issue 32, item 6).
 */
export class SignalSubmittedEvent {
  @IsUUID() eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() signalId!: string;
  @IsString() @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  /**
   * The point of contact who submitted it (the gateway sets it; an agency's own client may leave it
   * out). For the classified register (issue 29): received from whom. Optional, added in place.
   */
  @IsOptional() @IsUUID() submittedBy?: string;
  @IsObject() @ValidateNested() @Type(() => SignalSubmission) signal!: SignalSubmission;
}

/**
 * Payload on `signals.<agency>.submitted.v1` as the gateway writes it: the facts in clear, the
 * signal sealed with its data key (bound to the topic, the signal and the event). The router opens
 * it into a {@link SignalSubmittedEvent}; once the signal is erased (or purged) its key is gone and
 * this copy cannot be opened by anybody. Agencies' own clients keep writing the forms above.
 */
export class SealedSignalSubmittedEvent {
  @IsUUID() eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() signalId!: string;
  @IsString() @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsString() @Length(2, 40) agency!: string;
  /** The point of contact who submitted it, as in {@link SignalSubmittedEvent}. */
  @IsOptional() @IsUUID() submittedBy?: string;
  @IsObject() @ValidateNested() @Type(() => SealedContent) sealed!: SealedContent;
}
