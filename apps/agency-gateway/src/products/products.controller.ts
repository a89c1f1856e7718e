import {
  BeforeApplicationShutdown,
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  OnModuleInit,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiHeader,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { envInt } from '@passerelle/contracts';
import { CursorCodec, PROBLEM_RESPONSE, refusal, SseEvent, SseStreams, uuidParam } from '@passerelle/http';
import { CurrentPrincipal, Principal, PrincipalsRepository, Roles, resourceReadRecords } from '@passerelle/security';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { GatewayAccessRecords } from '../signals/access-records';
import { FeedbackRepository } from '../feedback/feedback.repository';
import { AcknowledgeProductUseCase } from './acknowledge-product.usecase';
import { ProductFilterUseCase } from './product-filter.usecase';
import { ProductInboxUseCase } from './product-inbox.usecase';
import { ProductsNotifier } from './products-notifier';

const STREAM_BATCH = 100;
// Read once, when the app loads: a wrong value stops start-up naming the variable.
const STREAM_POLL_MS = envInt(process.env, 'PRODUCTS_STREAM_POLL_MS', 1000, { min: 1 });

const Optional = () => ValidateIf((_o: object, v: unknown) => v !== undefined);
// eslint-disable-next-line no-control-regex -- an answer may hold line breaks and tabs, no other control character
const TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

export class AcknowledgeProductDto {
  @ApiPropertyOptional({ description: 'for a request for information (required there): your answer' })
  @Optional()
  @IsString()
  @Length(1, 20000)
  @Matches(TEXT, { message: 'reply must not contain control characters' })
  reply?: string;
}

export class ProductFilterDto {
  @ApiPropertyOptional({ type: [String], description: "competence tags, within your agency's", example: ['maritime', 'ports'] })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  competences?: string[];
  @ApiPropertyOptional({ type: [String], description: 'regions or points of entry of the catalogue' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsString({ each: true })
  regions?: string[];
  @ApiProperty({ required: false, minimum: 1, maximum: 4, description: "OCAM's threat level at least" })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(4)
  minLevel?: number;
}

/** OCAM's products for the agency's points of contact (docs/dissemination.md). */
@ApiTags('products')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@Controller('v1/products')
@Roles('poc')
export class ProductsController implements OnModuleInit, BeforeApplicationShutdown {
  private readonly sse = new SseStreams();
  /** Cursors are opaque and bound to the principal (the sequence spans every agency's products). */
  private codec?: CursorCodec;

  constructor(
    private readonly inbox: ProductInboxUseCase,
    private readonly acks: AcknowledgeProductUseCase,
    private readonly filters: ProductFilterUseCase,
    private readonly cursorKeys: FeedbackRepository,
    private readonly principals: PrincipalsRepository,
    private readonly notifier: ProductsNotifier,
  ) {}

  async onModuleInit(): Promise<void> {
    this.codec = new CursorCodec(await this.cursorKeys.cursorKey(randomBytes(32).toString('hex')));
  }

  @Get()
  @ApiOperation({
    summary: "The agency's products inbox",
    description:
      "OCAM's assessments, bulletins, alerts and requests for information disseminated to your agency, at or under your clearance " +
      'and let through by your filter, oldest first: pass nextCursor back to follow the inbox (an empty page returns the same cursor). ' +
      '`filteredOut` counts what your filter in force (yours, else your agency’s default: `filter.source`) holds back of what ' +
      'arrived this month (or `month=`) — nothing is hidden without a trace. Every read is recorded, and ' +
      "your agency's first read of each product goes back to OCAM as a read receipt.",
  })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 100' })
  @ApiQuery({ name: 'month', required: false, description: 'YYYY-MM: the month `filteredOut` counts (default: this month, UTC)' })
  @ApiResponse({ status: 200, description: '{ items: [...], nextCursor, filter: { …, source }, filteredOut: { period, count } }' })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
    @Query('month') month?: string,
  ) {
    const n = limit === undefined ? 100 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 500) throw refusal(400, 'problem.http-400.detail.bad-limit', { max: 500 });
    if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw refusal(400, 'problem.http-400.detail.bad-month');
    const period = month === undefined ? undefined : new Date(`${month}-01T00:00:00Z`);
    const from = this.decodeCursor(principal, cursor, 'cursor');
    const scope = `products:${principal.id}`;
    const page = await this.inbox.page(principal, from, n, 'GET /v1/products', new Date(), period);
    const last = page.items[page.items.length - 1];
    return {
      ...page,
      items: page.items.map(({ seq: _seq, ...i }) => i),
      nextCursor: this.codec!.encode(scope, last ? BigInt(last.seq) : from),
    };
  }

  @Get('stream')
  @ApiOperation({
    summary: "The agency's products inbox as server-sent events",
    description:
      'The same products as GET /v1/products (your agency’s, at or under your clearance, let through by your filter), oldest first: ' +
      'each is one event `product` whose id is its cursor. Reconnect with Last-Event-ID (or ?cursor=, any nextCursor of the list) ' +
      'to resume after it; a Last-Event-ID this API did not give you is refused (400) before the stream opens. An event ' +
      '`filtered-out` ({ period, count }) opens the stream and follows each change: what your filter held back this month. ' +
      'Your key and clearance are looked up again before every batch (event `revoked` when the key no longer holds), and every ' +
      'batch delivered is recorded as a read, as the list is. The key goes in the Authorization header only.',
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'the id of the last event received: the stream resumes after it' })
  @ApiQuery({ name: 'cursor', required: false, description: 'resume point when the client cannot send Last-Event-ID' })
  @ApiResponse({ status: 200, description: 'events `product` (data: one inbox item, id: its cursor), `filtered-out`, `revoked`, `error`' })
  async stream(
    @CurrentPrincipal() principal: Principal,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Headers('authorization') authorization: string,
    @Query('cursor') cursor: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Everything that can fail with a problem response is checked before the stream opens.
    let after = this.decodeCursor(principal, lastEventId ?? cursor, lastEventId !== undefined ? 'Last-Event-ID' : 'cursor');
    const scope = `products:${principal.id}`;
    const apiKey = authorization.replace(/^Bearer\s+/i, '').trim();
    const agency = principal.agency ?? '';

    let filteredOut = '';
    await this.sse.run(req, reply, principal.id, {
      name: 'products',
      reader: async () => {
        const current = await this.principals.findByApiKey(apiKey);
        return current && current.id === principal.id ? current : null;
      },
      next: async (current) => {
        const page = await this.inbox.page(current, after, STREAM_BATCH, 'GET /v1/products/stream');
        const events: SseEvent[] = [];
        const counted = JSON.stringify(page.filteredOut);
        if (counted !== filteredOut) {
          events.push({ event: 'filtered-out', data: counted });
          filteredOut = counted;
        }
        for (const { seq, ...item } of page.items) {
          events.push({ id: this.codec!.encode(scope, BigInt(seq)), event: 'product', data: JSON.stringify(item) });
          after = BigInt(seq);
        }
        return { events, full: page.items.length === STREAM_BATCH };
      },
      wait: (signal) => this.notifier.wait(agency, STREAM_POLL_MS, signal),
    });
  }

  /** Open streams end before the server closes, or it would wait for them forever. */
  beforeApplicationShutdown(): void {
    this.sse.closeAll();
  }

  /** A resume point this API gave this principal (0: from the start); 400 naming where it came from otherwise. */
  private decodeCursor(principal: Principal, token: string | undefined, from: 'cursor' | 'Last-Event-ID'): bigint {
    if (token === undefined || token === '') return 0n;
    const seq = this.codec!.decode(`products:${principal.id}`, token);
    if (seq === null) throw refusal(400, 'problem.http-400.detail.bad-named-cursor', { name: from });
    return seq;
  }

  @Get('filter')
  @ApiOperation({
    summary: 'Your products filter in force, and your agency’s competences',
    description: "`source`: `own`, `agency-default` (you have none; your agency's security officer set one) or `none`.",
  })
  filter(@CurrentPrincipal() principal: Principal) {
    return this.filters.get(principal);
  }

  @Put('filter')
  @ApiOperation({
    summary: 'Set your products filter',
    description:
      "Competences (within your agency's), regions, minimum level; a part left out narrows nothing. It replaces your agency's " +
      'default for you: an empty body is a filter of your own that narrows nothing (DELETE to go back to the default).',
  })
  setFilter(@CurrentPrincipal() principal: Principal, @Body() body: ProductFilterDto) {
    return this.filters.set(principal, body);
  }

  @Delete('filter')
  @ApiOperation({
    summary: 'Drop your own products filter',
    description: "Your agency's default filter (set by its security officer), if it has one, applies again; else nothing narrows.",
  })
  clearFilter(@CurrentPrincipal() principal: Principal) {
    return this.filters.clear(principal);
  }

  @Post(':id/ack')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Acknowledge a product (answer a request for information)',
    description:
      'Once per agency and product (409 after). A product that is not your agency’s is 404, recorded as a denied attempt. ' +
      'The acknowledgement (and the answer, sealed) goes back to OCAM.',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE })
  acknowledge(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string, @Body() body: AcknowledgeProductDto) {
    return this.acks.execute(principal, id, body?.reply);
  }
}

/** An agency's default products filter, set by its security officer (docs/dissemination.md). */
@ApiTags('products')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
@Controller('v1/agencies/:agency/product-filter')
@Roles('security-officer')
export class AgencyProductFilterController {
  constructor(
    private readonly filters: ProductFilterUseCase,
    private readonly access: GatewayAccessRecords,
  ) {}

  @Get()
  @ApiOperation({
    summary: "Your agency's default products filter",
    description:
      "It narrows the inbox of each of the agency's POCs that has no filter of its own. Another agency's: 403, recorded as a denied " +
      'attempt (OCAM’s officers: the agencies without an officer of their own).',
  })
  async get(@CurrentPrincipal() officer: Principal, @Param('agency') agency: string) {
    const answer = await this.filters.getDefault(officer, agencyParam(agency));
    await this.access.write(resourceReadRecords(officer, 'GET /v1/agencies/{agency}/product-filter', { resourceId: agency }));
    return answer;
  }

  @Put()
  @ApiOperation({
    summary: "Set your agency's default products filter",
    description:
      "Competences (within the agency's), regions, minimum level, as a POC's own filter; it applies at once to every POC of the " +
      'agency without a filter of its own. Bad values: 400 naming the field.',
  })
  set(@CurrentPrincipal() officer: Principal, @Param('agency') agency: string, @Body() body: ProductFilterDto) {
    return this.filters.setDefault(officer, agencyParam(agency), body);
  }

  @Delete()
  @ApiOperation({ summary: "Remove your agency's default products filter" })
  clear(@CurrentPrincipal() officer: Principal, @Param('agency') agency: string) {
    return this.filters.clearDefault(officer, agencyParam(agency));
  }
}

function agencyParam(agency: string): string {
  if (!/^[a-z][a-z0-9-]{1,39}$/.test(agency)) throw refusal(400, 'problem.http-400.detail.bad-agency');
  return agency;
}
