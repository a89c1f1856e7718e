import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { localizedProblem, PROBLEM_RESPONSE, ProblemException } from '@passerelle/http';
import { traceIdOf } from '@passerelle/messaging';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { DecideErasureUseCase } from './decide-erasure.usecase';
import { ErasureActor, ErasureError, ErasureErrorCode } from './erasure';
import { ErasureRequestView, ListErasuresQuery, RequestErasureDto, toErasureView } from './erasure.dto';
import { RequestErasureUseCase } from './request-erasure.usecase';

const STATUS: Record<ErasureErrorCode, number> = {
  'not-found': 404,
  'not-an-officer': 403,
  revoked: 409,
  'self-approval': 409,
  'same-chain': 409,
  clearance: 403,
  'pending-already': 409,
  'gone-already': 409,
  'request-decided': 409,
  'request-expired': 410,
};

const TITLE: Record<ErasureErrorCode, string> = {
  'not-found': 'No such erasure request',
  'not-an-officer': 'Only security officers ask for and decide erasures',
  revoked: 'Principal revoked',
  'self-approval': 'An erasure takes two different officers',
  'same-chain': 'Security officers cannot approve within their own chain',
  clearance: 'The signal is classified above your clearance',
  'pending-already': 'An erasure of this signal waits for approval already',
  'gone-already': 'The signal is no longer held',
  'request-decided': 'The request has been decided already',
  'request-expired': 'The request has expired',
};

async function mapped<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (!(e instanceof ErasureError)) throw e;
    throw new ProblemException({
      type: `urn:passerelle:problem:erasure-${e.code}`,
      title: TITLE[e.code],
      status: STATUS[e.code],
      detail: e.message,
    });
  }
}

const actor = (me: Principal, traceparent?: string): ErasureActor => ({ principalId: me.id, traceId: traceIdOf(traceparent) });

/** Erasures concern OCAM's signals, of every agency: an agency's security officer neither reads nor decides them. */
function ocamOfficerOnly(me: Principal): void {
  if (me.agency === null) return;
  throw new ProblemException(
    localizedProblem({ type: 'urn:passerelle:problem:erasure-not-an-officer', status: 403 }, 'problem.erasure-not-an-officer.detail'),
  );
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
    @Headers('traceparent') traceparent?: string,
  ): Promise<ErasureRequestView> {
    return toErasureView(
      await mapped(this.requestErasure.execute({ signalId: body.signalId, reason: body.reason }, actor(me, traceparent))),
    );
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
  async get(@CurrentPrincipal() me: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<ErasureRequestView> {
    ocamOfficerOnly(me);
    return toErasureView(await mapped(this.decideErasure.get(id)));
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
    @Param('id', new ParseUUIDPipe()) id: string,
    @Headers('traceparent') traceparent?: string,
  ): Promise<ErasureRequestView> {
    return toErasureView((await mapped(this.decideErasure.approve(id, actor(me, traceparent)))).request);
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
    @Param('id', new ParseUUIDPipe()) id: string,
    @Headers('traceparent') traceparent?: string,
  ): Promise<ErasureRequestView> {
    return toErasureView(await mapped(this.decideErasure.refuse(id, actor(me, traceparent))));
  }
}
