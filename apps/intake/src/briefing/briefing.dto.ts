import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

export class AcknowledgeBriefingDto {
  @ApiProperty({ description: 'The version of the briefing you read (GET /v1/me/briefing): only the version in force is acknowledged' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

export class PublishBriefingDto {
  @ApiProperty({ description: 'The full text of the new briefing version (plain text, up to 20 000 characters)' })
  @IsString()
  @Length(20, 20_000)
  text!: string;
}
