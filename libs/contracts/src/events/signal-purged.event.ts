import { IsIn, IsISO8601, IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsCounts } from '../number-bounds';

/** Why a service removed its copy of a signal: at term, or erased before it on two officers' decision. */
export const PURGE_REASONS = ['retention-expired', 'erased'] as const;
/** The services that hold a copy of a signal and purge it. */
export const PURGING_SERVICES = ['gateway', 'router', 'intake'] as const;

/**
 * Payload on `signals.purged.v1`: one service removed every copy of a signal it held (its
 * `retentionUntil` passed, or an erasure was approved). Facts only: which service, which tables and how many rows — never content.
 */
export class SignalPurgedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsString() @Length(1, 100) signalId!: string;
  @Matches(/^[0-9a-f]{32}$/) traceId!: string;
  @IsOptional() @IsString() @Length(2, 40) agency?: string;
  @IsIn(PURGING_SERVICES) service!: (typeof PURGING_SERVICES)[number];
  @IsIn(PURGE_REASONS) reason!: (typeof PURGE_REASONS)[number];
  /** The date the signal was to be kept until (YYYY-MM-DD); absent for an erased signal that had none. */
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) retentionUntil?: string;
  /** Rows removed per table (`gateway.signals` → 1 …). */
  @IsObject() @IsCounts() removed!: Record<string, number>;
}
