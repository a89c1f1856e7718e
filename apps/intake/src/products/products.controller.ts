import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsInstant } from '@passerelle/contracts';
import { PROBLEM_RESPONSE, refusal, TraceParent, uuidParam } from '@passerelle/http';
import { traceIdOf } from '@passerelle/messaging';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import type { FastifyReply } from 'fastify';
import { IsIn, IsOptional } from 'class-validator';
import { DisseminationFiguresUseCase } from './dissemination-figures.usecase';
import { OverdueProductsUseCase } from './overdue-products.usecase';
import { PublishProductDto } from './product.dto';
import { PublishProductUseCase } from './publish-product.usecase';
import { ReadProductUseCase } from './read-product.usecase';
import { ReleaseProductUseCase } from './release-product.usecase';

/** OCAM's products to the agencies, for the analysts who write them (docs/dissemination.md). */
@ApiTags('products')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@Controller('v1/products')
@Roles('analyst')
export class ProductsController {
  constructor(
    private readonly publishing: PublishProductUseCase,
    private readonly reading: ReadProductUseCase,
    private readonly releasing: ReleaseProductUseCase,
    private readonly overdueing: OverdueProductsUseCase,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Publish a product (assessment, bulletin, alert, request for information)',
    description:
      'Checked against the dissemination catalogue (competence tags, regions and points of entry, legal bases) and the taxonomy; ' +
      'classified at most at your clearance (403 `above-clearance`). Unless under embargo, the dissemination rules in force decide ' +
      'for every agency — sent, or withheld and why — and the answer lists the decisions; each is in the ledger with the rule and its ' +
      'version. A product no rule sends anywhere is refused (422 `no-dissemination-rule`, nothing stored). Under embargo it is ' +
      'stored and readable only by you and the named principals until released.',
  })
  @ApiResponse({
    status: 201,
    description: '{ productId, status, traceId, ruleVersion, decisions: [{ agency, decision, reason?, ruleId?, ruleVersion }] }',
  })
  @ApiResponse({ status: 422, ...PROBLEM_RESPONSE, description: 'no dissemination rule matches the product' })
  publish(@CurrentPrincipal() principal: Principal, @Body() body: PublishProductDto, @TraceParent() traceparent?: string) {
    return this.publishing.publish(principal, body, traceIdOf(traceparent) ?? null);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Preview a product’s dissemination, nothing stored',
    description:
      'The same body and checks as POST /v1/products (400 naming the field, 403 `above-clearance`): every agency’s decision by the ' +
      'rules in force — sent, or withheld and why, with the rule and version — and, where it would be sent, how many of the ' +
      'agency’s active POCs are cleared for it. `wouldPublish: false` when no rule matches (publishing would answer 422).',
  })
  @ApiResponse({
    status: 200,
    description:
      '{ ruleVersion, embargoed, wouldPublish, agencies, pocs, decisions: [{ agency, decision, reason?, ruleId?, ruleVersion, pocs }] }',
  })
  preview(@CurrentPrincipal() principal: Principal, @Body() body: PublishProductDto) {
    return this.publishing.preview(principal, body);
  }

  @Get('overdue')
  @ApiOperation({
    summary: 'Products awaiting an acknowledgement past their time',
    description:
      'Per product and agency: an RFI not answered by its deadline, any other product not acknowledged within PRODUCT_ACK_WITHIN_HOURS ' +
      '(default 72) of being sent. Your own products by default; `mine=false` for every analyst’s.',
  })
  @ApiQuery({ name: 'mine', required: false, enum: ['true', 'false'] })
  overdue(@CurrentPrincipal() principal: Principal, @Query('mine') mine?: string) {
    if (mine !== undefined && mine !== 'true' && mine !== 'false') throw refusal(400, 'problem.http-400.detail.bad-mine');
    return this.overdueing.execute(principal, mine !== 'false', 'GET /v1/products/overdue');
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One product: its content, every agency’s decision, reads and acknowledgements',
    description: '404 when it does not exist or you may not read it (above your clearance; under embargo and you are not named).',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  product(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string) {
    return this.reading.execute(principal, id, 'GET /v1/products/{id}');
  }

  @Post(':id/release')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Release a product from embargo (its author or a named principal)',
    description: 'The dissemination rules in force decide where it goes, as at publication. 409 when it is not under embargo.',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE })
  release(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string) {
    return this.releasing.execute(principal, id);
  }
}

export class DisseminationStatsQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'default: 12 months before to' }) @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'default: now' }) @IsOptional() @IsInstant() to?: string;
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'default json' }) @IsOptional() @IsIn(['json', 'csv']) format?: 'json' | 'csv';
}

/** Dissemination figures for oversight and OCAM's management: counts per agency and month, never content. */
@ApiTags('stats')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@Controller('v1/stats/dissemination')
@Roles('oversight', 'analyst')
export class DisseminationStatsController {
  constructor(private readonly figures: DisseminationFiguresUseCase) {}

  @Get()
  @ApiOperation({
    summary: 'Products per agency and month: sent, withheld, read, acknowledged, median time to acknowledge, RFIs answered late',
    description:
      'Month of the dissemination decision (UTC). `format=csv` for a spreadsheet. The year-on-year growth of what OCAM sends an agency ' +
      'is two rows of this answer.',
  })
  async stats(@Query() q: DisseminationStatsQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const to = q.to ? new Date(q.to) : new Date();
    const from = q.from ? new Date(q.from) : new Date(Math.max(to.getTime() - 366 * 86_400_000, Date.parse('0001-01-01T00:00:00Z')));
    if (isNaN(from.getTime()) || isNaN(to.getTime())) throw refusal(400, 'problem.http-400.detail.bad-dates');
    if (from >= to) throw refusal(400, 'problem.http-400.detail.from-after-to');
    const rows = await this.figures.execute(from, to);
    if (q.format === 'csv') {
      void reply.header('content-type', 'text/csv; charset=utf-8');
      return DisseminationFiguresUseCase.csv(rows);
    }
    return { from, to, months: rows };
  }
}
