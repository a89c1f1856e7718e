import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENCY_PATTERN, IsInstant } from '@passerelle/contracts';
import { PageLimit } from '@passerelle/http';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateBy } from 'class-validator';

const SEQ = /^[1-9][0-9]{0,17}$/;

/** A page cursor: the seq of the last entry (or checkpoint) the client has seen, 0 for none. */
const SeqCursor = (seen: string, description: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description }),
    IsOptional(),
    Matches(/^(0|[1-9][0-9]{0,17})$/, { message: `cursor must be the seq of the last ${seen} seen` }),
  );

/** GET /v1/audit/events: every filter optional and combined with AND; cursor is the last seq seen. */
export class EventsQueryDto {
  @ApiPropertyOptional({ example: 'customs' }) @IsOptional() @IsString() @Length(1, 40) agency?: string;
  @ApiPropertyOptional({ description: 'a principal id, an agency or a service' }) @IsOptional() @IsString() @Length(1, 200) actor?: string;
  /** Principals whose name holds this text (case ignored): their entries, as actors. */
  @ApiPropertyOptional({ description: "a principal's name, or part of it (case ignored): that principal's entries as actor" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9._@-]+$/, { message: 'actorName may hold letters, digits and . _ @ - only' })
  actorName?: string;
  @ApiPropertyOptional({ example: 'signal.routed', description: 'an action code (GET /v1/audit/actions lists them)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  action?: string;
  /** A signal id. */
  @ApiPropertyOptional({ description: 'a signal id' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  signal?: string;
  /** Recorded at or after this instant (ISO 8601). */
  @ApiPropertyOptional({ format: 'date-time', description: 'recorded at or after this instant' })
  @IsOptional()
  @IsInstant()
  from?: string;
  /** Recorded at or before this instant (ISO 8601). */
  @ApiPropertyOptional({ format: 'date-time', description: 'recorded at or before this instant' })
  @IsOptional()
  @IsInstant()
  to?: string;
  /** `oldest` (the default) or `newest` first; the cursor pages on in the same order. */
  @ApiPropertyOptional({ enum: ['oldest', 'newest'], default: 'oldest' })
  @IsOptional()
  @IsIn(['oldest', 'newest'])
  order?: 'oldest' | 'newest';
  @SeqCursor('entry', 'nextCursor of the previous page (the seq of the last entry seen)') cursor?: string;
  @PageLimit(1000) limit?: number;
}

/** GET /v1/audit/trail: a signal found by its agency and the reference that agency gave it. */
export class TrailByReferenceQueryDto {
  @ApiProperty({ example: 'customs' })
  @IsString()
  @Matches(new RegExp(`^${AGENCY_PATTERN}$`), { message: 'agency must be an agency code (customs, mobility…)' })
  agency!: string;
  /** As the agency gave it (SignalSubmission.externalRef). */
  @ApiProperty({ example: 'CUS-2026-000123', description: "the agency's own reference for the signal (its externalRef)" })
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, { message: 'reference may hold letters, digits and . _ : / - only' })
  reference!: string;
}

/** A seq range, both ends inclusive, for verify and export. */
export class SeqRangeQueryDto {
  @ApiPropertyOptional({ description: 'first seq (default: 1)' })
  @IsOptional()
  @Matches(SEQ, { message: 'from must be a seq (1 or more)' })
  from?: string;
  @ApiPropertyOptional({ description: 'last seq (default: the head)' })
  @IsOptional()
  @Matches(SEQ, { message: 'to must be a seq (1 or more)' })
  @ValidateBy({
    name: 'notBeforeFrom',
    validator: {
      // An empty range is a mistake to point out, not a verification that "passed" over nothing.
      validate: (to: unknown, args) => {
        const from = (args?.object as SeqRangeQueryDto).from;
        if (typeof to !== 'string' || typeof from !== 'string' || !SEQ.test(to) || !SEQ.test(from)) return true;
        return BigInt(to) >= BigInt(from);
      },
      defaultMessage: () => 'to must not be before from',
    },
  })
  to?: string;
}

export class CheckpointsQueryDto {
  @SeqCursor('checkpoint', 'nextCursor of the previous page') cursor?: string;
  @PageLimit(1000) limit?: number;
}

/**
 * GET /v1/audit/export and /export/size: a seq range (from, to), narrowed to a period (since, until:
 * instants on recorded_at) and/or to the span of one signal's entries. The export stays one
 * unbroken stretch of the chain, so it verifies offline as any export does.
 */
export class ExportQueryDto extends SeqRangeQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'entries recorded at or after this instant' })
  @IsOptional()
  @IsInstant()
  since?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'entries recorded at or before this instant' })
  @IsOptional()
  @IsInstant()
  until?: string;
  @ApiPropertyOptional({ description: 'a signal id: from its first entry to its last (every entry between them, so the chain verifies)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:/@-]*$/, { message: 'signal must be a signal id' })
  signal?: string;
}
