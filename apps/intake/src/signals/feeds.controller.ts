import { BeforeApplicationShutdown, Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { envInt } from '@passerelle/contracts';
import { PROBLEM_RESPONSE, SseStreams } from '@passerelle/http';
import { CurrentPrincipal, Principal, PrincipalsRepository, ReadsClassified, Roles } from '@passerelle/security';
import { FastifyReply, FastifyRequest } from 'fastify';
import { FeedNotifier } from '../feeds/feed-notifier';
import { FeedPageQuery, StreamQuery } from './analyst.dto';
import { AnalystReadsUseCase } from './analyst-reads.usecase';
import { SignalsRepository } from './signals.repository';

const STREAM_BATCH = 100;
// Read once, when the app loads: a wrong value stops start-up naming the variable.
const POLL_MS = envInt(process.env, 'FEED_STREAM_POLL_MS', 1000, { min: 1 });

@ApiTags('feeds')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@Controller('v1/feeds')
@Roles('analyst')
@ReadsClassified()
export class FeedsController implements BeforeApplicationShutdown {
  private readonly sse = new SseStreams();

  constructor(
    private readonly reads: AnalystReadsUseCase,
    private readonly signals: SignalsRepository,
    private readonly principals: PrincipalsRepository,
    private readonly notifier: FeedNotifier,
  ) {}

  @Get(':feed/signals')
  @ApiOperation({
    summary: 'A page of the feed',
    description:
      'Only what you may read (feed membership, clearance, expiry). Oldest first by default: pass nextCursor back to follow the feed, ' +
      'with no gaps and no repeats while signals arrive (an empty page returns the same cursor: poll again with it). With ' +
      '`order=desc`, newest first: nextCursor pages towards older items and is null once the oldest is reached; the first ' +
      'page of `desc` (no cursor) also gives streamCursor, the position after its newest item, to follow the feed from ' +
      '(GET …/stream?cursor=, or `asc` pages) with nothing missed. Each page is one read in the audit ledger, listing the ' +
      'signals it returned. 404 when this ' +
      'intake does not serve the feed (INTAKE_FEEDS), whoever asks; 403 when it does and you are not a member of it.',
  })
  @ApiResponse({
    status: 200,
    description:
      '{ items: [{ cursor, signalId, dossierId, agency, category, urgency, classification, dueAt, overdue, signal, … }], nextCursor, ' +
      'streamCursor (first `desc` page only) }',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE, description: 'this intake does not serve the feed (RFC 7807 problem details)' })
  async page(@CurrentPrincipal() principal: Principal, @Param('feed') feed: string, @Query() q: FeedPageQuery) {
    const order = q.order ?? 'asc';
    const limit = q.limit ?? 100;
    const from = this.reads.decodeCursor(feed, q.cursor, order);
    // The newest page also says where to follow the feed from: the end of the feed as it was before
    // the page was read, or the page's newest item (a later item is after both, so none is missed).
    const head = order === 'desc' && !q.cursor ? await this.signals.feedHead(feed) : null;
    const { items, first, last } = await this.reads.feedPage(principal, feed, from, limit, `GET /v1/feeds/${feed}/signals`, order);
    if (order === 'desc') {
      // Newest first: a short page reached the oldest item, and nothing older can arrive later.
      const nextCursor = items.length < limit || last === null ? null : this.reads.encodeCursor(feed, last, order);
      if (head === null) return { items, nextCursor };
      return { items, nextCursor, streamCursor: this.reads.encodeCursor(feed, first ?? head) };
    }
    return { items, nextCursor: this.reads.encodeCursor(feed, last ?? 0n) };
  }

  @Get(':feed/stream')
  @ApiOperation({
    summary: 'The feed as server-sent events',
    description:
      'Each event is one signal (event `signal`, id = its cursor), oldest first. Reconnect with Last-Event-ID (or ?cursor=) to resume. ' +
      'Access is re-checked before every batch: a revoked key or a lowered clearance takes effect at once. The key goes in the ' +
      "Authorization header only, which a browser's EventSource cannot send: use an SSE client that sets headers.",
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'the id of the last event received: the stream resumes after it' })
  @ApiResponse({ status: 200, description: 'events `signal` (data: one feed item, id: its cursor), `revoked`, `error`' })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE, description: 'this intake does not serve the feed (RFC 7807 problem details)' })
  async stream(
    @CurrentPrincipal() principal: Principal,
    @Param('feed') feed: string,
    @Query() q: StreamQuery,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Headers('authorization') authorization: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Everything that can fail with a problem response is checked before the stream opens.
    this.reads.feedVisibility(principal, feed);
    const resume = lastEventId ?? q.cursor;
    let after = (resume ? this.reads.decodeCursor(feed, resume) : q.from === 'now' ? await this.signals.feedHead(feed) : 0n) ?? 0n;
    const apiKey = authorization.replace(/^Bearer\s+/i, '').trim();

    await this.sse.run(req, reply, principal.id, {
      name: feed,
      reader: () => this.principals.findByApiKey(apiKey),
      next: async (current) => {
        const page = await this.reads.feedPage(current, feed, after, STREAM_BATCH, `GET /v1/feeds/${feed}/stream`);
        after = page.last ?? after;
        return {
          events: page.items.map((item) => ({ id: item.cursor, event: 'signal', data: JSON.stringify(item) })),
          full: page.items.length === STREAM_BATCH,
        };
      },
      wait: (signal) => this.notifier.wait(feed, POLL_MS, signal),
    });
  }

  /** Open streams end before the server closes, or it would wait for them forever. */
  beforeApplicationShutdown(): void {
    this.sse.closeAll();
  }
}
