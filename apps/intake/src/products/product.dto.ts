import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLASSIFICATIONS, HANDLING_CODES, PRODUCT_KINDS } from '@passerelle/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/** Absent, never null (as in the signal contract). */
const Optional = () => ValidateIf((_o: object, v: unknown) => v !== undefined);
// eslint-disable-next-line no-control-regex -- the point of this pattern is to refuse control characters (but line breaks in a body)
const TEXT = /^[^\u0000-\u001F\u007F]*$/;
// eslint-disable-next-line no-control-regex -- a body may hold line breaks and tabs, no other control character
const BODY = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
const CODE = /^[a-z][a-z0-9-]{1,59}$/;
const CODE_MSG = { each: true, message: 'each of $property must be a lower-case code' };

export class EmbargoDto {
  @ApiProperty({
    type: [String],
    description: 'names of the principals (e.g. OCAM director) who alone may read the product until it is released',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  principals!: string[];
}

export class PublishProductDto {
  @ApiProperty({ enum: PRODUCT_KINDS }) @IsIn(PRODUCT_KINDS) kind!: (typeof PRODUCT_KINDS)[number];
  @ApiProperty({ example: 'Threat assessment: North Sea ferry terminals' })
  @IsString()
  @Length(3, 300)
  @Matches(TEXT, { message: 'title must not contain control characters' })
  title!: string;
  @ApiProperty() @IsString() @Length(1, 50000) @Matches(BODY, { message: 'body must not contain control characters' }) body!: string;
  @ApiProperty({ type: [String], description: 'phenomena from the taxonomy (e.g. terrorism.travel)', example: ['terrorism'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 80, { each: true })
  categories!: string[];
  @ApiProperty({ type: [String], description: 'competence tags from the dissemination catalogue (at least one)', example: ['maritime'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'competences must name at least one competence tag' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(CODE, CODE_MSG)
  competences!: string[];
  @ApiProperty({
    type: [String],
    description: 'regions or points of entry from the dissemination catalogue',
    example: ['poe-port-zeebrugge'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(CODE, CODE_MSG)
  regions!: string[];
  @ApiProperty({ minimum: 1, maximum: 4, description: "OCAM's threat level" }) @IsInt() @Min(1) @Max(4) level!: number;
  @ApiProperty({ enum: CLASSIFICATIONS }) @IsIn(CLASSIFICATIONS) classification!: (typeof CLASSIFICATIONS)[number];
  @ApiProperty({ enum: HANDLING_CODES }) @IsIn(HANDLING_CODES) handling!: (typeof HANDLING_CODES)[number];
  @ApiProperty({ description: 'a legal basis code from the dissemination catalogue', example: 'ocam-law-2006-art-10' })
  @Matches(CODE, { message: 'legalBasis must be a legal basis code' })
  legalBasis!: string;
  @ApiPropertyOptional({ type: [String], description: 'signals the product draws on (each agency sees only the links to its own)' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  signalIds?: string[];
  @ApiPropertyOptional({ description: 'for an RFI (required there): when the answer is due, in the future' })
  @Optional()
  @IsISO8601({ strict: true })
  deadline?: string;
  @ApiPropertyOptional({ type: [String], description: 'for an RFI (required there): the agencies asked' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(CODE, CODE_MSG)
  targetAgencies?: string[];
  @ApiPropertyOptional({
    description: 'true: an exercise (docs/exercises.md) — delivered labelled as one, counted in no dissemination figure',
  })
  @Optional()
  @IsBoolean()
  exercise?: boolean;
  @ApiPropertyOptional({ type: EmbargoDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => EmbargoDto)
  embargo?: EmbargoDto;
}
