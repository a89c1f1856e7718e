import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { FeedbackRepository } from './feedback.repository';

const encode = (seq: string) => Buffer.from(`f:${seq}`, 'utf8').toString('base64url');
function decode(cursor: string | undefined): string {
  if (!cursor) return '0';
  const m = /^f:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new BadRequestException('cursor is not one this API returned');
  return m[1];
}

@ApiTags('feedback')
@ApiBearerAuth()
@Controller('v1/feedback')
@Roles('poc')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackRepository) {}

  @Get()
  @ApiOperation({
    summary: "The agency's feedback inbox",
    description:
      'Rejections, routing and delivery notices, assessments and requests for more information, oldest first. Pass nextCursor back to resume.',
  })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 100' })
  async inbox(@CurrentPrincipal() principal: Principal, @Query('cursor') cursor?: string, @Query('limit') limit?: string) {
    const n = limit === undefined ? 100 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 500) throw new BadRequestException('limit must be an integer from 1 to 500');
    const after = decode(cursor);
    const items = await this.feedback.page(principal.agency ?? '', after, n);
    const last = items[items.length - 1];
    return {
      items: items.map(({ seq: _seq, ...rest }) => rest),
      nextCursor: encode(last ? last.seq : after),
    };
  }
}
