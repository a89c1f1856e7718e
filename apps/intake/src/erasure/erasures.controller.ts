import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE, TraceParent, uuidParam } from '@passerelle/http';
import { traceIdOf } from '@passerelle/messaging';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { DecideErasureUseCase } from './decide-erasure.usecase';
import { ErasureActor, ErasureError } from './erasure';
import { ErasureRequestView, ListErasuresQuery, RequestErasureDto, toErasureView } from './erasure.dto';
import { RequestErasureUseCase } from './request-erasure.usecase';

const actor = (me: Principal, traceparent?: string): ErasureActor => ({ principalId: me.id, traceId: traceIdOf(traceparent) });

/** Erasures concern OCAM's signals, of every agency: an agency's security officer neither reads nor decides them. */
function ocamOfficerOnly(me: Principal): void {
  if (me.agency === null) return;
  throw new ErasureError('not-an-officer', 'problem.erasure-not-an-officer.detail.ocam-only');
}

/**
 * Erasure of a signal before its term, on the two-person rule: one security officer asks (with a
 * reason code), a second, different one approves; then every copy Passerelle holds is removed, as at
 * term, and the receipt answers `erased` (docs/operations.md, "Erasure").
 */
@ApiTags('admin')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@Controller('v1/admin/erasures')
@Roles('security-officer')
export class ErasuresController {
  constructor(
    private readonly requestErasure: RequestErasureUseCase,
    private readonly decideErasure: DecideErasureUseCase,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Ask for the erasure of a signal',
    description: 'Held until a second, different security officer approves it; nothing is removed before.',
  })
  @ApiResponse({ status: 201, type: ErasureRequestView })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'one is pending already, or the signal is no longer held' })
  async request(
    @CurrentPrincipal() me: Principal,
    @Body() body: RequestErasureDto,
    @TraceParent() traceparent?: string,
  ): Promise<ErasureRequestView> {
    return toErasureView(await this.requestErasure.execute({ signalId: body.signalId, reason: body.reason }, actor(me, traceparent)));
  }

  @Get()
  @ApiOperation({ summary: 'Erasure requests waiting for a second officer (or, with status, those decided)' })
  async list(@CurrentPrincipal() me: Principal, @Query() q: ListErasuresQuery): Promise<{ requests: ErasureRequestView[] }> {
    ocamOfficerOnly(me);
    return { requests: (await this.decideErasure.list(q.status ?? 'pending')).map(toErasureView) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One erasure request' })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  async get(@CurrentPrincipal() me: Principal, @Param('id', uuidParam()) id: string): Promise<ErasureRequestView> {
    ocamOfficerOnly(me);
    return toErasureView(await this.decideErasure.get(id));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: "Approve another officer's erasure request",
    description: "The intake's copies go now; the gateway's and the router's as soon as they read the approval.",
  })
  @ApiResponse({ status: 200, type: ErasureRequestView })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 403, ...PROBLEM_RESPONSE, description: 'the signal is classified above your clearance' })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'your own request, one of your chain, or decided already' })
  @ApiResponse({ status: 410, ...PROBLEM_RESPONSE, description: 'expired' })
  async approve(
    @CurrentPrincipal() me: Principal,
    @Param('id', uuidParam()) id: string,
    @TraceParent() traceparent?: string,
  ): Promise<ErasureRequestView> {
    return toErasureView((await this.decideErasure.approve(id, actor(me, traceparent))).request);
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Refuse an erasure request (or withdraw your own)',
    description: 'On the rules of approving it: not one of the requester’s chain, and cleared for the signal’s classification.',
  })
  @ApiResponse({ status: 200, type: ErasureRequestView })
  @ApiResponse({ status: 403, ...PROBLEM_RESPONSE, description: 'the signal is classified above your clearance' })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'one of the requester’s chain, or decided already' })
  @ApiResponse({ status: 410, ...PROBLEM_RESPONSE, description: 'expired' })
  async refuse(
    @CurrentPrincipal() me: Principal,
    @Param('id', uuidParam()) id: string,
    @TraceParent() traceparent?: string,
  ): Promise<ErasureRequestView> {
    return toErasureView(await this.decideErasure.refuse(id, actor(me, traceparent)));
  }
}
