import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERASURE_REASONS, ErasureReason, LEGACY_ERASURE_REASONS } from '@passerelle/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsUUID, ValidateIf } from 'class-validator';
import { ERASURE_REQUEST_STATUSES, ErasureRequest, ErasureRequestStatus } from './erasure-requests.repository';

/** What an officer asks: which signal, and why — a code, never free text (the ledger keeps the code). */
export class RequestErasureDto {
  @ApiProperty({ format: 'uuid', description: 'The signal to erase (its id as on the receipt and in the trail)' })
  @IsUUID()
  signalId!: string;

  @ApiProperty({
    enum: ERASURE_REASONS,
    description:
      'Why it is erased before its term. `data-subject-request` is still accepted, as an alias of `indirect-access-request` ' +
      "(a data subject's rights over OCAM's processing are exercised indirectly, through the Standing Committees I and P).",
  })
  // The legacy code becomes its replacement before validation: older clients keep working.
  @Transform(({ value }) =>
    typeof value === 'string' && value in LEGACY_ERASURE_REASONS
      ? LEGACY_ERASURE_REASONS[value as keyof typeof LEGACY_ERASURE_REASONS]
      : value,
  )
  @IsIn(ERASURE_REASONS)
  reason!: ErasureReason;
}

export class ListErasuresQuery {
  @ApiPropertyOptional({ enum: ERASURE_REQUEST_STATUSES, default: 'pending' })
  @ValidateIf((_o: object, v: unknown) => v !== undefined)
  @IsIn(ERASURE_REQUEST_STATUSES)
  status?: ErasureRequestStatus;
}

/** An erasure request: ids, a code and dates. */
export class ErasureRequestView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) signalId!: string;
  @ApiProperty({ enum: ERASURE_REASONS }) reason!: ErasureReason;
  @ApiProperty({ format: 'uuid' }) requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ enum: ERASURE_REQUEST_STATUSES }) status!: ErasureRequestStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) decidedBy!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt!: string | null;
}

export function toErasureView(r: ErasureRequest): ErasureRequestView {
  return {
    id: r.id,
    signalId: r.signalId,
    reason: r.reason,
    requestedBy: r.requestedBy,
    requestedAt: new Date(r.requestedAt).toISOString(),
    expiresAt: new Date(r.expiresAt).toISOString(),
    status: r.status,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
  };
}
