import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE, refusal } from '@passerelle/http';
import { Roles } from '@passerelle/security';
import { IsInstant } from '@passerelle/contracts';
import { IsOptional, Matches } from 'class-validator';
import { StatsRepository } from './stats.repository';

export class StatsQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'default: 30 days before to' }) @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'default: now' }) @IsOptional() @IsInstant() to?: string;
  @ApiPropertyOptional({ description: 'one agency only', example: 'customs' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,39}$/)
  agency?: string;
}

@ApiTags('stats')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@Controller('v1/stats')
// Aggregates span every classification and feed, so they are for oversight, not for analysts.
@Roles('oversight')
export class StatsController {
  constructor(private readonly stats: StatsRepository) {}

  @Get()
  @ApiOperation({
    summary: 'Flow figures per agency and period',
    description:
      'submitted, routed, duplicates, rejected, delivered, assessed relevant / not relevant, overdue and median time to assessment. Default period: the last 30 days.',
  })
  async flow(@Query() q: StatsQuery) {
    const to = q.to ? new Date(q.to) : new Date();
    // The default period never starts before year 1, which Postgres cannot hold.
    const from = q.from ? new Date(q.from) : new Date(Math.max(to.getTime() - 30 * 86_400_000, Date.parse('0001-01-01T00:00:00Z')));
    // ISO 8601 allows forms Date cannot read (week dates such as 2026-W47): refuse, do not query with NaN.
    if (isNaN(from.getTime()) || isNaN(to.getTime())) throw refusal(400, 'problem.http-400.detail.bad-period');
    if (from >= to) throw refusal(400, 'problem.http-400.detail.from-after-to');
    return { from, to, agencies: await this.stats.flow(from, to, q.agency) };
  }
}
