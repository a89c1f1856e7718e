import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IdentityDocument, IsCalendarDate, WATCHLIST_CAPABILITIES, WatchlistCapability } from '@passerelle/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO31661Alpha2,
  IsISO8601,
  IsObject,
  IsString,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/** Absent, never null (as in the signal contract). */
const Optional = () => ValidateIf((_o: object, v: unknown) => v !== undefined);
// eslint-disable-next-line no-control-regex -- the point of this pattern is to refuse control characters
const TEXT = /^[^\u0000-\u001F\u007F]*$/;
const TEXT_MSG = { message: '$property must not contain control characters' };

/** At most this many entries per version (the request must also stay under the intake's body limit, 1 MiB). */
export const MAX_ENTRIES = 5000;
/** At most this many blinded points per evaluation request. */
export const MAX_BATCH = 1000;

/** One person on a list, as its owner uploads it. Only its id and category are kept at the intake. */
export class WatchlistEntryDto {
  @ApiProperty({ description: "the list owner's own id for the entry", example: 'FTF-0042' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/, { message: 'entryId may hold letters, digits and . _ : / - (1-100)' })
  entryId!: string;
  @ApiProperty({ example: 'foreign-terrorist-fighter' })
  @Matches(/^[a-z][a-z0-9-]{1,59}$/, { message: 'category must be a lower-case code' })
  category!: string;
  @ApiProperty() @IsString() @Length(1, 100) @Matches(TEXT, TEXT_MSG) familyName!: string;
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 200) @Matches(TEXT, TEXT_MSG) givenNames?: string;
  @ApiPropertyOptional({ example: '1990-04-12' }) @Optional() @IsCalendarDate({ notFuture: true, minYear: 1900 }) birthDate?: string;
  @ApiPropertyOptional({ type: [String], example: ['BE'] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsISO31661Alpha2({ each: true, message: 'each nationality must be an ISO 3166-1 alpha-2 code' })
  nationalities?: string[];
  @ApiPropertyOptional({ type: 'array', items: { type: 'object' }, description: 'type, number, issuingCountry as in a signal' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsObject({ each: true, message: 'each of $property must be an object' })
  @ValidateNested({ each: true })
  @Type(() => IdentityDocument)
  documents?: IdentityDocument[];
}

export class PublishVersionDto {
  @ApiPropertyOptional({ description: 'when the version comes into force (default: now)', example: '2026-12-01T00:00:00Z' })
  @Optional()
  @IsISO8601({ strict: true })
  validFrom?: string;
  @ApiProperty({
    description: 'when it lapses; agencies get no tokens and no evaluations for it after that',
    example: '2027-01-01T00:00:00Z',
  })
  @IsISO8601({ strict: true })
  validUntil!: string;
  @ApiProperty({ type: [WatchlistEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ENTRIES)
  @IsObject({ each: true, message: 'each of $property must be an object' })
  @ValidateNested({ each: true })
  @Type(() => WatchlistEntryDto)
  entries!: WatchlistEntryDto[];
}

export class EvaluateDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_BATCH, description: 'blinded ristretto255 points, base64url (43 characters)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH)
  @Matches(/^[A-Za-z0-9_-]{43}$/, { each: true, message: 'each of $property must be a blinded point (43 base64url characters)' })
  blinded!: string[];
}

export class GrantDto {
  @ApiProperty({
    enum: WATCHLIST_CAPABILITIES,
    description: 'owner: publishes versions (role analyst); receiver: gets tokens and evaluates (role poc)',
  })
  @IsIn(WATCHLIST_CAPABILITIES)
  capability!: WatchlistCapability;
}
