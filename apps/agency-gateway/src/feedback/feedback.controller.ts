import { Controller, Get, OnModuleInit, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CursorCodec, PROBLEM_RESPONSE, refusal } from '@passerelle/http';
import { FEEDBACK_STATUSES } from '@passerelle/contracts';
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
      'Rejections, routing and delivery notices, assessments and requests for more information — of every signal of your ' +
      'agency, submitted here or produced directly on Kafka. Oldest first by default: pass nextCursor back to follow the inbox ' +
      '(an empty page returns the same cursor: poll again with it). With `order=desc`, newest first: nextCursor pages towards ' +
      "older items and is null once the oldest is reached. With `questions=open`, only the analysts' questions (requests for " +
      'more information) not answered yet — answered means a later signal of your agency `supplements` the signal asked ' +
      "about — in the same order and paging. Each item carries the signal's `externalRef` when this gateway holds the signal.",
  })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page, of the same order' })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 100' })
  @ApiQuery({
    name: 'status',
    required: false,
    description: `only notices of these kinds, comma-separated: ${FEEDBACK_STATUSES.join(', ')} (e.g. \`assessed,rejected,failed\`)`,
  })
  @ApiQuery({
    name: 'questions',
    required: false,
    enum: ['open'],
    description: "`open`: only the analysts' questions not yet answered by a supplementary signal",
  })
  @ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'], description: '`asc` (default): oldest first; `desc`: newest first' })
  @ApiResponse({
    status: 200,
    description: '{ items: [{ eventId, signalId, externalRef, status, detail, traceId, occurredAt, receivedAt }], nextCursor }',
  })
  @ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
  async inbox(
    @CurrentPrincipal() principal: Principal,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
    @Query('order') order?: string,
    @Query('questions') questions?: string,
    @Query('status') status?: string,
  ) {
    const n = limit === undefined ? 100 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 500) throw refusal(400, 'problem.http-400.detail.bad-limit', { max: 500 });
    if (order !== undefined && order !== 'asc' && order !== 'desc') throw refusal(400, 'problem.http-400.detail.bad-order');
    if (questions !== undefined && questions !== 'open') throw refusal(400, 'problem.http-400.detail.bad-questions');
    const desc = order === 'desc';
    const open = questions === 'open';
    const statuses = status === undefined ? null : [...new Set(status.split(','))].sort();
    const known: readonly string[] = FEEDBACK_STATUSES;
    if (statuses && (statuses.length === 0 || statuses.some((s) => !known.includes(s))))
      throw refusal(400, 'problem.http-400.detail.bad-feedback-status', { statuses: FEEDBACK_STATUSES.join(', ') });
    // A cursor is bound to its principal and to the order that gave it.
    const scope = `feedback:${principal.id}${desc ? ':desc' : ''}${open ? ':open-questions' : ''}${statuses ? `:status=${statuses.join(',')}` : ''}`;
    const from = cursor ? this.cursors().decode(scope, cursor) : desc ? null : 0n;
    if (cursor && from === null) throw refusal(400, 'problem.http-400.detail.bad-filtered-cursor');
    const items = await this.feedback.page(
      principal.agency ?? '',
      from === null ? null : from.toString(),
      n,
      desc ? 'desc' : 'asc',
      open,
      statuses,
    );
    const last = items[items.length - 1];
    const rest = items.map(({ seq: _seq, ...r }) => r);
    if (desc) {
      // Newest first: a short page reached the oldest item, and nothing older can arrive later.
      return { items: rest, nextCursor: items.length < n ? null : this.cursors().encode(scope, BigInt(last.seq)) };
    }
    return { items: rest, nextCursor: this.cursors().encode(scope, last ? BigInt(last.seq) : (from ?? 0n)) };
  }
}
