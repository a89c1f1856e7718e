import { BadRequestException, Body, Controller, Get, HttpCode, OnModuleInit, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CursorCodec, PROBLEM_RESPONSE } from '@passerelle/http';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { FeedbackRepository } from '../feedback/feedback.repository';
import { AcknowledgeProductUseCase } from './acknowledge-product.usecase';
import { ProductFilterUseCase } from './product-filter.usecase';
import { ProductInboxUseCase } from './product-inbox.usecase';

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
export class ProductsController implements OnModuleInit {
  /** Cursors are opaque and bound to the principal (the sequence spans every agency's products). */
  private codec?: CursorCodec;

  constructor(
    private readonly inbox: ProductInboxUseCase,
    private readonly acks: AcknowledgeProductUseCase,
    private readonly filters: ProductFilterUseCase,
    private readonly cursorKeys: FeedbackRepository,
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
      '`filteredOut` counts what your filter held back this month — nothing is hidden without a trace. Every read is recorded, and ' +
      "your agency's first read of each product goes back to OCAM as a read receipt.",
  })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 100' })
  @ApiResponse({ status: 200, description: '{ items: [...], nextCursor, filter, filteredOut: { period, count } }' })
  async list(@CurrentPrincipal() principal: Principal, @Query('cursor') cursor?: string, @Query('limit') limit?: string) {
    const n = limit === undefined ? 100 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 500) throw new BadRequestException('limit must be an integer from 1 to 500');
    const scope = `products:${principal.id}`;
    const from = cursor ? this.codec!.decode(scope, cursor) : 0n;
    if (from === null) throw new BadRequestException('cursor is not one this API returned to you');
    const page = await this.inbox.page(principal, from, n, 'GET /v1/products');
    const last = page.items[page.items.length - 1];
    return {
      ...page,
      items: page.items.map(({ seq: _seq, ...i }) => i),
      nextCursor: this.codec!.encode(scope, last ? BigInt(last.seq) : from),
    };
  }

  @Get('filter')
  @ApiOperation({ summary: 'Your products filter, and your agency’s competences' })
  filter(@CurrentPrincipal() principal: Principal) {
    return this.filters.get(principal);
  }

  @Put('filter')
  @ApiOperation({
    summary: 'Set your products filter',
    description: "Competences (within your agency's), regions, minimum level; a part left out narrows nothing. An empty body clears it.",
  })
  setFilter(@CurrentPrincipal() principal: Principal, @Body() body: ProductFilterDto) {
    return this.filters.set(principal, body);
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
  acknowledge(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: AcknowledgeProductDto) {
    return this.acks.execute(principal, id, body?.reply);
  }
}
