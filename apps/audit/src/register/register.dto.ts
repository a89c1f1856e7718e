import { ApiPropertyOptional } from '@nestjs/swagger';
import { AGENCY_PATTERN, Classification } from '@passerelle/contracts';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { CLASSIFIED_LEVELS, REGISTER_KINDS, REGISTER_STATES, RegisterKind, RegisterState } from './register';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A search of the classified register: every filter optional. */
export class RegisterQueryDto {
  @ApiPropertyOptional({
    example: 'customs',
    description:
      "an agency's register: the signals it sent, the products it received (default: the officer's own agency; every agency for OCAM's officers and oversight)",
  })
  @IsOptional()
  @Matches(new RegExp(`^${AGENCY_PATTERN}$`), { message: 'agency must be an agency code' })
  agency?: string;
  @ApiPropertyOptional({ enum: CLASSIFIED_LEVELS, description: 'one classification level' })
  @IsOptional()
  @IsIn(CLASSIFIED_LEVELS)
  classification?: Exclude<Classification, 'unclassified'>;
  @ApiPropertyOptional({ enum: REGISTER_KINDS })
  @IsOptional()
  @IsIn(REGISTER_KINDS)
  kind?: RegisterKind;
  @ApiPropertyOptional({ enum: REGISTER_STATES, description: 'held, or destroyed (erased or purged)' })
  @IsOptional()
  @IsIn(REGISTER_STATES)
  state?: RegisterState;
  @ApiPropertyOptional({ example: '2026-01-01', description: 'received on or after this day (UTC)' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'from must be a date (YYYY-MM-DD)' })
  from?: string;
  @ApiPropertyOptional({ example: '2026-12-31', description: 'received on or before this day (UTC)' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'to must be a date (YYYY-MM-DD)' })
  to?: string;
  @ApiPropertyOptional({ enum: ['json', 'csv', 'pdf'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'pdf'])
  format?: 'json' | 'csv' | 'pdf';
}
