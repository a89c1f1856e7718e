import { IsIn, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

/** A change, or the life of a request for one that needs a second security officer's approval. */
export const PRINCIPAL_CHANGES = [
  'created',
  'updated',
  'revoked',
  'key-rotated',
  // The principal redeemed both halves of its key handover: from now on its own key works.
  'key-handed-over',
  'change-requested',
  'change-approved',
  'change-refused',
  'change-expired',
  // The principal acknowledged a version of the security briefing (attributes: briefingVersion, briefingLanguage, briefingDigest).
  'briefing-acknowledged',
  // An OCAM security officer published a new version of the briefing (principalId: the officer).
  'briefing-published',
] as const;

/** Payload on `identity.principals.changed.v1`: a security officer's change to a principal. */
export class PrincipalChangedEvent {
  @IsString() @Length(1, 100) eventId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsUUID() principalId!: string;
  @IsString() principalName!: string;
  @IsIn(PRINCIPAL_CHANGES) change!: (typeof PRINCIPAL_CHANGES)[number];
  /** Who made the change (a security officer's principal id, or `cli:<user>`). */
  @IsString() changedBy!: string;
  /** The attributes after the change (role, agency, clearance, clearanceExpiresAt, feeds); never the key. */
  @IsObject() attributes!: Record<string, unknown>;
  @IsOptional() @Matches(/^[0-9a-f]{32}$/) traceId?: string;
}
