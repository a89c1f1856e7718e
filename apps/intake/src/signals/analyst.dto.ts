import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageLimit } from '@passerelle/http';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import { Outcome, OUTCOMES } from './assess-signal.usecase';

export const FEED_ORDERS = ['asc', 'desc'] as const;
export type FeedOrder = (typeof FEED_ORDERS)[number];

export class FeedPageQuery {
  @ApiPropertyOptional({
    description: 'nextCursor of the previous page (of the same order); absent to start from the oldest item, or with order=desc the newest',
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  cursor?: string;
  @PageLimit(500) limit?: number;
  @ApiPropertyOptional({
    enum: FEED_ORDERS,
    default: 'asc',
    description:
      '`asc`: oldest first, and nextCursor keeps following the feed as items arrive; `desc`: newest first, nextCursor pages ' +
      'towards older items and is null once the oldest is reached (a cursor is valid only with the order that gave it)',
  })
  @IsOptional()
  @IsIn(FEED_ORDERS)
  order?: FeedOrder;
}

export class StreamQuery {
  /** Resume point when the client cannot send `Last-Event-ID`. */
  @ApiPropertyOptional({ description: 'resume point when the client cannot send Last-Event-ID' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  cursor?: string;
  /** `beginning` (default) replays the feed; `now` sends only what arrives from now on. */
  @ApiPropertyOptional({ enum: ['beginning', 'now'], default: 'beginning' })
  @IsOptional()
  @IsIn(['beginning', 'now'])
  from?: 'beginning' | 'now';
}

export class AssessmentBody {
  @ApiProperty({ enum: OUTCOMES })
  @IsIn(OUTCOMES)
  outcome!: Outcome;
  /** Internal note; for `more-information-requested` it is the question sent to the source. */
  @ApiPropertyOptional({ maxLength: 4000, description: 'required for more-information-requested: the question sent to the source' })
  @ValidateIf((o: AssessmentBody) => o.outcome === 'more-information-requested' || o.note !== undefined)
  @IsString()
  @Length(1, 4000)
  note?: string;
  /** The signal version the analyst assessed (from GET /v1/signals/{id}); a stale one is a 409. */
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 2147483647,
    description: 'the version read from GET /v1/signals/{id}; a stale one is a 409',
  })
  @IsInt()
  @Min(0)
  // The column is a Postgres int: a larger number is a client error, not a query that fails.
  @Max(2147483647)
  version!: number;
}
