import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';

/** A STIX/TAXII timestamp: RFC 3339 in UTC. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const LIST = /^[A-Za-z0-9_.:,-]{1,2000}$/;

/** The query of a TAXII 2.1 objects or manifest request. */
export class TaxiiPageQueryDto {
  @ApiPropertyOptional({ description: 'only objects added to the collection after this timestamp (e.g. 2026-12-06T10:00:00.000Z)' })
  @IsOptional()
  @Matches(TIMESTAMP, { message: 'added_after must be a timestamp such as 2026-12-06T10:00:00.000Z' })
  added_after?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'objects per page (at most 1000 are returned)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a positive integer' })
  @Min(1, { message: 'limit must be a positive integer' })
  limit?: number;

  @ApiPropertyOptional({ description: 'the `next` of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  next?: string;

  @ApiPropertyOptional({ name: 'match[type]', description: 'comma-separated STIX types' })
  @IsOptional()
  @Matches(LIST)
  'match[type]'?: string;

  @ApiPropertyOptional({ name: 'match[id]', description: 'comma-separated STIX ids' })
  @IsOptional()
  @Matches(LIST)
  'match[id]'?: string;

  @ApiPropertyOptional({ name: 'match[spec_version]', description: 'only 2.1 is served' })
  @IsOptional()
  @Matches(LIST)
  'match[spec_version]'?: string;

  @ApiPropertyOptional({ name: 'match[version]', description: 'every object has one version: last, first and all give it' })
  @IsOptional()
  @Matches(LIST)
  'match[version]'?: string;
}
