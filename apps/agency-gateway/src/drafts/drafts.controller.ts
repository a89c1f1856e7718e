import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { SignalSubmission } from '@passerelle/contracts';
import { endpointOf, PROBLEM_RESPONSE, refusal, TraceParent, uuidParam } from '@passerelle/http';
import { traceIdOf } from '@passerelle/messaging';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import type { FastifyRequest } from 'fastify';
import { CreateDraftUseCase } from './create-draft.usecase';
import { ReturnDraftBody } from './draft.dto';
import { DRAFT_STATUSES, DraftStatus } from './drafts.repository';
import { EditDraftUseCase } from './edit-draft.usecase';
import { ForwardDraftUseCase } from './forward-draft.usecase';
import { ReadDraftsUseCase } from './read-drafts.usecase';
import { ReviewDraftUseCase } from './review-draft.usecase';

const DRAFT = { description: 'the draft: { draftId, status, version, agency, reporter, signal, steps[], signalId?, forwardedBy? }' };
const NOT_FOUND = {
  ...PROBLEM_RESPONSE,
  description: "no such draft for you (another reporter's, another agency's: the same 404, recorded)",
};

/**
 * Field officers' drafts and the agency's permanence cell (issue 29, item 6; docs/reporters.md). A
 * reporter drafts and edits its own drafts and reads them; the cell — the agency's POCs — reads the
 * agency's, validates, edits, returns with a comment, or forwards to OCAM.
 */
@ApiTags('drafts')
@ApiBearerAuth()
@Controller('v1/drafts')
@Roles('reporter', 'poc')
export class DraftsController {
  constructor(
    private readonly create: CreateDraftUseCase,
    private readonly edits: EditDraftUseCase,
    private readonly reviews: ReviewDraftUseCase,
    private readonly forwards: ForwardDraftUseCase,
    private readonly reads: ReadDraftsUseCase,
  ) {}

  @Post()
  @Roles('reporter')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Draft a signal for your permanence cell (reporter)',
    description:
      'The signal contract of POST /v1/signals, checked the same way (400 naming the field; 403 above your clearance). ' +
      "The draft goes to your agency's permanence cell (its points of contact); nothing reaches OCAM until one forwards it. " +
      'At most DRAFTS_MAX_OPEN_PER_REPORTER (default 100) of your drafts may be not forwarded at once (409 beyond); one never ' +
      'forwarded and untouched for DRAFTS_RETENTION_DAYS (default 90) is removed.',
  })
  @ApiBody({ schema: { $ref: '#/components/schemas/SignalSubmission' } })
  @ApiResponse({ status: 201, ...DRAFT })
  @ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE })
  draft(@CurrentPrincipal() p: Principal, @Body() body: SignalSubmission, @Req() req: FastifyRequest) {
    return this.create.execute(p, body, endpointOf(req));
  }

  @Get()
  @ApiOperation({
    summary: 'Your drafts (reporter) or your permanence cell’s queue (POC)',
    description:
      "A reporter sees its own drafts, a point of contact every draft of its agency, the latest change first, each with its steps and, once forwarded, its signal's status.",
  })
  @ApiQuery({ name: 'status', required: false, description: `comma-separated: ${DRAFT_STATUSES.join(', ')}` })
  @ApiQuery({ name: 'limit', required: false, description: '1–200, default 50' })
  @ApiResponse({ status: 200, description: '{ items: [draft] }' })
  @ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
  list(@CurrentPrincipal() p: Principal, @Req() req: FastifyRequest, @Query('status') status?: string, @Query('limit') limit?: string) {
    // A repeated key (an array) never comes here: the global pipe refuses it (libs/http repeatedQueryKeys).
    const n = limit === undefined ? 50 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 200) throw refusal(400, 'problem.http-400.detail.bad-limit', { max: 200 });
    const statuses = status === undefined ? null : status.split(',');
    if (statuses && !statuses.every((s) => (DRAFT_STATUSES as readonly string[]).includes(s))) {
      throw refusal(400, 'problem.http-400.detail.bad-draft-status', { statuses: DRAFT_STATUSES.join(', ') });
    }
    return this.reads.list(p, statuses as DraftStatus[] | null, n, endpointOf(req));
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One draft, with its steps and, once forwarded, OCAM’s feedback on its signal',
    description: 'Steps name who did what and when, which fields an edit changed, and the comment of a return.',
  })
  @ApiResponse({ status: 200, ...DRAFT })
  @ApiResponse({ status: 404, ...NOT_FOUND })
  one(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string, @Req() req: FastifyRequest) {
    return this.reads.one(p, id, endpointOf(req));
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Edit a draft (its reporter, or a POC of the cell)',
    description:
      'The whole signal again, checked as a submission. The trail and the ledger keep which fields changed, never their values. ' +
      "A reporter's edit sends the draft (back) to the cell. A forwarded draft is a 409.",
  })
  @ApiBody({ schema: { $ref: '#/components/schemas/SignalSubmission' } })
  @ApiResponse({ status: 200, ...DRAFT })
  @ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 404, ...NOT_FOUND })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'forwarded already (or being forwarded)' })
  edit(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string, @Body() body: SignalSubmission, @Req() req: FastifyRequest) {
    return this.edits.execute(p, id, body, endpointOf(req));
  }

  @Post(':id/validation')
  @Roles('poc')
  @HttpCode(200)
  @ApiOperation({ summary: 'Validate a draft (POC of the cell): checked, ready to forward' })
  @ApiResponse({ status: 200, ...DRAFT })
  @ApiResponse({ status: 403, ...PROBLEM_RESPONSE, description: 'not a point of contact (a reporter does not validate)' })
  @ApiResponse({ status: 404, ...NOT_FOUND })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE })
  validate(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string, @Req() req: FastifyRequest) {
    return this.reviews.execute(p, id, { step: 'validated' }, endpointOf(req));
  }

  @Post(':id/return')
  @Roles('poc')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a draft to its reporter with a comment (POC of the cell)' })
  @ApiResponse({ status: 200, ...DRAFT })
  @ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 404, ...NOT_FOUND })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE })
  giveBack(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: ReturnDraftBody,
    @Req() req: FastifyRequest,
  ) {
    return this.reviews.execute(p, id, { step: 'returned', comment: body.comment }, endpointOf(req));
  }

  @Post(':id/forward')
  @Roles('poc')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Forward a draft to OCAM (POC of the cell)',
    description:
      'It becomes a signal through the normal submission path, with `provenance` { reportedBy, forwardedBy }. Forwarding ' +
      'again answers the same signal (`repeated: true`); nothing is submitted twice. A reporter forwarding its own draft is a 403.',
  })
  @ApiResponse({ status: 200, description: 'the draft with its signalId, `repeated` and `receiptUrl`' })
  @ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 404, ...NOT_FOUND })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE })
  forward(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Req() req: FastifyRequest,
    @TraceParent() traceparent?: string,
  ) {
    return this.forwards.execute(p, id, endpointOf(req), traceIdOf(traceparent));
  }
}
