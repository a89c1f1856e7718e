import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

/** The steps of an alert to a permanence cell an agency's gateway learns: raised, escalated, acknowledged. */
export const ALERT_NOTICE_STEPS = ['raised', 'escalated', 'acknowledged'] as const;

/**
 * Payload on `alerts.<agency>.v1`, written by the intake, read by the agency's gateway: a step of an
 * alert to the agency's permanence cell (OCAM's question on a signal, or its request for
 * information) — which POC it reached (raised, escalated) or who acknowledged it. Ids, codes and the
 * link only, never content (as the e-mail and the webhook). The gateway keeps them so that a POC the
 * alert reached can see and acknowledge it there (`POST /v1/alerts/{id}/acknowledgement`).
 */
export class AlertNoticeEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() alertId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsIn(ALERT_NOTICE_STEPS) step!: (typeof ALERT_NOTICE_STEPS)[number];
  /** `question` (OCAM's question on a signal) or `rfi` (a request for information). */
  @IsString() @Matches(/^[a-z][a-z0-9-]{0,39}$/) kind!: string;
  /** The alert's level, e.g. `request`. */
  @IsString() @Matches(/^[a-z][a-z0-9-]{0,39}$/) level!: string;
  /** Raised about an exercise (docs/exercises.md): labelled as one everywhere it shows. */
  @IsBoolean() exercise!: boolean;
  /** The POC it reached (raised, escalated) or who acknowledged it. */
  @IsUUID() principalId!: string;
  @IsOptional() @IsUUID() signalId?: string;
  @IsOptional() @IsUUID() productId?: string;
  @IsString() @Length(1, 500) link!: string;
}

/**
 * Payload on `alerts.<agency>.acknowledged.v1`, written by the agency's gateway, read by the intake:
 * a POC the alert reached acknowledged it at its gateway. The intake stops its escalation and records
 * `alert.acknowledged` in the ledger, as for an acknowledgement made at the intake — once it has
 * checked that `principalId` is a POC of the topic's agency (else: dead letter).
 */
export class AlertAcknowledgedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() alertId!: string;
  @IsString() @Length(2, 40) agency!: string;
  @IsUUID() principalId!: string;
  /** For a human reading the topic only: the intake records the name its own principals hold for `principalId`. */
  @IsString() @Length(1, 100) principalName!: string;
}
