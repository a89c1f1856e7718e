import { Body, Controller, Get, Header, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE } from '@passerelle/http';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { accessReviewCsv } from './access-review';
import { accessReviewPdf } from './access-review-pdf';
import { MarkAnomalyUseCase } from './mark-anomaly.usecase';
import { ReadAccessReviewUseCase } from './read-access-review.usecase';
import { AccessReviewQueryDto, ClearanceReviewQueryDto, MarkAnomalyDto, MarkFindingDto, SignOffDto } from './reviews.dto';
import { clearanceReviewCsv } from './clearance-review.builder';
import { ReadClearanceReviewUseCase } from './read-clearance-review.usecase';
import { SignOffReviewUseCase } from './sign-off-review.usecase';

/**
 * The security officer's reviews over the ledger (issue 29): facts only — who, when, which kind of
 * read, which ids — never signal content. Every reading is itself recorded (`review.read`); marks
 * and sign-offs are ledger entries.
 */
@ApiTags('reviews')
@ApiBearerAuth()
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@Controller('v1/reviews')
@Roles('security-officer')
export class ReviewsController {
  constructor(
    private readonly read: ReadAccessReviewUseCase,
    private readonly markAnomaly: MarkAnomalyUseCase,
    private readonly signOffReview: SignOffReviewUseCase,
    private readonly readClearance: ReadClearanceReviewUseCase,
  ) {}

  @Get('access')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "The access-log review of the officer's agency for a period",
    description:
      'Per principal: reads by kind, refused attempts; anomalies (bulk reads, outside working hours, first agency or category, use after a clearance lapse or revocation) with the ledger entries they stand on. format=csv for CSV, format=pdf for the report.',
  })
  @ApiProduces('application/json', 'text/csv', 'application/pdf')
  async access(@Query() q: AccessReviewQueryDto, @CurrentPrincipal() who: Principal) {
    const review = await this.read.execute(who, q, 'GET /v1/reviews/access');
    const name = `access-review-${review.scope}-${review.from}-${review.to}`;
    if (q.format === 'csv') {
      return new StreamableFile(Buffer.from(accessReviewCsv(review), 'utf8'), {
        type: 'text/csv; charset=utf-8',
        disposition: `attachment; filename="${name}.csv"`,
      });
    }
    if (q.format === 'pdf') {
      return new StreamableFile(await accessReviewPdf(review), {
        type: 'application/pdf',
        disposition: `attachment; filename="${name}.pdf"`,
      });
    }
    return review;
  }

  @Post('access/marks')
  @HttpCode(201)
  @ApiOperation({ summary: 'Mark an anomaly explained or escalated (the latest mark counts; recorded in the ledger)' })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE })
  async mark(@Body() body: MarkAnomalyDto, @CurrentPrincipal() who: Principal) {
    return this.markAnomaly.execute(who, body, 'access');
  }

  @Post('access/sign-off')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Sign the review off: every anomaly marked, the digest the one read; who, when and the digest go into the ledger',
  })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE })
  async signOff(@Body() body: SignOffDto, @CurrentPrincipal() who: Principal) {
    return this.signOffReview.execute(who, body, 'access');
  }

  @Get('clearance')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "The monthly clearance review of the officer's agency",
    description:
      'Active principals whose clearance expires within the window or lapsed, unused for 90 days, or cleared above anything they read; each with the requests and changes recorded on it since the period began. format=csv for CSV.',
  })
  @ApiProduces('application/json', 'text/csv')
  async clearance(@Query() q: ClearanceReviewQueryDto, @CurrentPrincipal() who: Principal) {
    const review = await this.readClearance.execute(who, q, 'GET /v1/reviews/clearance');
    if (q.format === 'csv') {
      return new StreamableFile(Buffer.from(clearanceReviewCsv(review), 'utf8'), {
        type: 'text/csv; charset=utf-8',
        disposition: `attachment; filename="clearance-review-${review.scope}-${review.from}-${review.to}.csv"`,
      });
    }
    return review;
  }

  @Post('clearance/marks')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record what was decided for a finding: kept, extended, lowered or revoked (recorded in the ledger)' })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE })
  async markFinding(@Body() body: MarkFindingDto, @CurrentPrincipal() who: Principal) {
    return this.markAnomaly.execute(who, body, 'clearance');
  }

  @Post('clearance/sign-off')
  @HttpCode(201)
  @ApiOperation({ summary: 'Sign the clearance review off: every finding decided, the digest the one read' })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE })
  async signOffClearance(@Body() body: SignOffDto, @CurrentPrincipal() who: Principal) {
    return this.signOffReview.execute(who, body, 'clearance');
  }
}
