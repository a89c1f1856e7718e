import { BadRequestException, Controller, Get, OnModuleInit, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CursorCodec } from '@passerelle/http';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { randomBytes } from 'node:crypto';
import { FeedbackRepository } from './feedback.repository';

@ApiTags('feedback')
@ApiBearerAuth()
@Controller('v1/feedback')
@Roles('poc')
export class FeedbackController implements OnModuleInit {
  /**
   * Cursors are opaque and bound to the principal that was given them: the inbox's position is a
   * sequence over every agency's feedback, so a readable one would show other agencies' volume.
   */
  private codec?: CursorCodec;

  constructor(private readonly feedback: FeedbackRepository) {}

  async onModuleInit(): Promise<void> {
    this.codec = new CursorCodec(await this.feedback.cursorKey(randomBytes(32).toString('hex')));
  }

  private cursors(): CursorCodec {
    if (!this.codec) throw new Error('cursor key not loaded');
    return this.codec;
  }

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
    const scope = `feedback:${principal.id}`;
    const after = cursor ? this.cursors().decode(scope, cursor) : 0n;
    if (after === null) throw new BadRequestException('cursor is not one this API returned to you');
    const items = await this.feedback.page(principal.agency ?? '', after.toString(), n);
    const last = items[items.length - 1];
    return {
      items: items.map(({ seq: _seq, ...rest }) => rest),
      nextCursor: this.cursors().encode(scope, last ? BigInt(last.seq) : after),
    };
  }
}
