import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

/** Text a person writes (no control characters but line breaks and tabs). */
// eslint-disable-next-line no-control-regex -- the point of this pattern is to refuse control characters
const TEXT = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

export class ReturnDraftBody {
  /** What the reporter should correct or add: shown to the reporter, kept in the gateway, never in the ledger. */
  @ApiProperty({ minLength: 1, maxLength: 2000, description: 'what the reporter should correct or add (never in the ledger)' })
  @IsString()
  @Length(1, 2000)
  @Matches(TEXT, { message: 'comment must be text without control characters' })
  comment!: string;
}
