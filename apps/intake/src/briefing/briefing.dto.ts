import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsString, Length, Max, Min, ValidateNested } from 'class-validator';

export class AcknowledgeBriefingDto {
  @ApiProperty({ description: 'The version of the briefing you read (GET /v1/me/briefing): only the version in force is acknowledged' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

/** The briefing's text in each language: a version is published in French, Dutch and English at once. */
export class BriefingTexts {
  @ApiProperty({ description: 'The text in French (plain text, 20 to 20 000 characters)' })
  @IsString()
  @Length(20, 20_000)
  fr!: string;

  @ApiProperty({ description: 'The text in Dutch (plain text, 20 to 20 000 characters)' })
  @IsString()
  @Length(20, 20_000)
  nl!: string;

  @ApiProperty({ description: 'The text in English (plain text, 20 to 20 000 characters)' })
  @IsString()
  @Length(20, 20_000)
  en!: string;
}

export class PublishBriefingDto {
  @ApiProperty({ type: BriefingTexts, description: 'The full text of the new version in French, Dutch and English (all three)' })
  @IsObject()
  @ValidateNested()
  @Type(() => BriefingTexts)
  texts!: BriefingTexts;
}
