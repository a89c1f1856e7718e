import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant } from '@passerelle/contracts';
import { PageLimit } from '@passerelle/http';
import { IsOptional, IsString, Length, Matches, ValidateBy } from 'class-validator';

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
  @ApiPropertyOptional({ example: 'signal.routed' }) @IsOptional() @IsString() @Length(1, 100) action?: string;
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
  @SeqCursor('entry', 'nextCursor of the previous page (the seq of the last entry seen)') cursor?: string;
  @PageLimit(1000) limit?: number;
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
