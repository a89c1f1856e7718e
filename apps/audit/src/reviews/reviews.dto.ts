import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENCY_PATTERN } from '@passerelle/contracts';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { ANOMALY_MARKS, AnomalyMark } from './access-review';
import { CLEARANCE_MARKS } from './clearance-review.builder';
import { REVIEW_KINDS, ReviewKind } from './list-reviews.usecase';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SCOPE = new RegExp(`^${AGENCY_PATTERN}$`);

/** A review's scope and period: the officer's agency by default (`ocam` for OCAM's principals), days from..to inclusive. */
export class ReviewPeriodDto {
  @ApiPropertyOptional({
    example: 'customs',
    description: "the agency reviewed (default: the officer's own; `ocam` for OCAM's principals)",
  })
  @IsOptional()
  @Matches(SCOPE, { message: 'agency must be an agency code' })
  agency?: string;
  @ApiProperty({ example: '2026-07-01', description: 'first day of the period' })
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'from must be a date (YYYY-MM-DD)' })
  from!: string;
  @ApiProperty({ example: '2026-09-30', description: 'last day of the period (at most a year after from, not after today)' })
  @Matches(DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'to must be a date (YYYY-MM-DD)' })
  to!: string;
}

export class AccessReviewQueryDto extends ReviewPeriodDto {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'pdf'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'pdf'])
  format?: 'json' | 'csv' | 'pdf';
}

export class MarkAnomalyDto extends ReviewPeriodDto {
  @ApiProperty({ example: 'anomaly-0123456789abcdef0123' })
  @Matches(/^anomaly-[0-9a-f]{20}$/, { message: 'anomalyId must be an anomaly id of the review' })
  anomalyId!: string;
  @ApiProperty({ enum: ANOMALY_MARKS })
  @IsIn(ANOMALY_MARKS)
  mark!: AnomalyMark;
}

export class ClearanceReviewQueryDto extends ReviewPeriodDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class MarkFindingDto extends ReviewPeriodDto {
  @ApiProperty({ example: 'anomaly-0123456789abcdef0123' })
  @Matches(/^anomaly-[0-9a-f]{20}$/, { message: 'anomalyId must be a finding id of the review' })
  anomalyId!: string;
  @ApiProperty({ enum: CLEARANCE_MARKS, description: 'what was decided; the change itself is asked for at the intake (two-person rules)' })
  @IsIn(CLEARANCE_MARKS)
  mark!: (typeof CLEARANCE_MARKS)[number];
}

export class SignOffDto extends ReviewPeriodDto {
  @ApiProperty({ description: 'the digest of the review as read (its `digest`)' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'digest must be the review digest (64 hex)' })
  digest!: string;
}

export class ReviewsListQueryDto {
  @ApiProperty({ enum: REVIEW_KINDS })
  @IsIn(REVIEW_KINDS)
  kind!: ReviewKind;
  @ApiPropertyOptional({ example: 'customs' })
  @IsOptional()
  @Matches(SCOPE, { message: 'scope must be an agency code or ocam' })
  scope?: string;
  @ApiPropertyOptional({ example: '2026-01-01', description: 'list periods from this day on (default: since the first principal)' })
  @IsOptional()
  @Matches(DATE, { message: 'since must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'since must be a date (YYYY-MM-DD)' })
  since?: string;
}
