import { Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE, TraceParent, uuidParam } from '@passerelle/http';
import { traceIdOf } from '@passerelle/messaging';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { PrincipalRequestsUseCase } from './principal-requests.usecase';
import {
  ListedRequestView,
  ListRequestsQuery,
  PrincipalView,
  RequestView,
  toListedRequestView,
  toRequestView,
  toView,
} from './principal.dto';

/**
 * Separation of duties: the changes to principals that one security officer asked for and a second,
 * different one approves or refuses (docs/operations.md, "Principals and clearances").
 */
@ApiTags('admin')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@Controller('v1/admin/requests')
@Roles('security-officer')
export class RequestsController {
  constructor(private readonly requests: PrincipalRequestsUseCase) {}

  @Get()
  @ApiOperation({
    summary: 'Requests waiting for a second officer (or, with status, those decided)',
    description:
      "An agency's security officer sees only the requests on its agency's principals. Each names its target " +
      '(`principalName`) and its asker (`requestedByName`); a pending change to an existing principal carries ' +
      "that principal's current clearance, expiry and feeds (`current`), to show the change as before → after.",
  })
  async list(@CurrentPrincipal() me: Principal, @Query() q: ListRequestsQuery): Promise<{ requests: ListedRequestView[] }> {
    const requests = await this.requests.list(q.status ?? 'pending', me);
    const principals = await this.requests.principalsOf(requests);
    return { requests: requests.map((r) => toListedRequestView(r, principals)) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One request' })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  async get(@CurrentPrincipal() me: Principal, @Param('id', uuidParam()) id: string): Promise<RequestView> {
    return toRequestView(await this.requests.get(id, me));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Approve a request of another officer',
    description:
      'The change is made now. For a new principal or key: the second half of its handover (`handoverCode`, until ' +
      '`handoverExpiresAt`), shown this once to you; the principal redeems both halves (POST /v1/keys/redeem). Never the key.',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'your own request, one of your chain, or decided already' })
  @ApiResponse({ status: 410, ...PROBLEM_RESPONSE, description: 'expired' })
  @ApiResponse({ status: 422, ...PROBLEM_RESPONSE, description: 'a clearance above your own' })
  async approve(
    @CurrentPrincipal() me: Principal,
    @Param('id', uuidParam()) id: string,
    @TraceParent() traceparent?: string,
  ): Promise<{ request: RequestView; principal: PrincipalView; handoverCode?: string; handoverExpiresAt?: string }> {
    const r = await this.requests.approve(id, { changedBy: me.id, principalId: me.id, traceId: traceIdOf(traceparent) });
    return {
      request: toRequestView(r.request),
      principal: toView(r.principal),
      ...(r.handoverCode ? { handoverCode: r.handoverCode, handoverExpiresAt: r.handoverExpiresAt!.toISOString() } : {}),
    };
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Refuse a request (or withdraw your own)',
    description: 'On the rules of approving it: an officer that may not approve a request may not refuse it either.',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'the target itself, one of the requester’s chain, or decided already' })
  @ApiResponse({ status: 422, ...PROBLEM_RESPONSE, description: 'a clearance above your own' })
  @ApiResponse({ status: 410, ...PROBLEM_RESPONSE, description: 'expired' })
  async refuse(
    @CurrentPrincipal() me: Principal,
    @Param('id', uuidParam()) id: string,
    @TraceParent() traceparent?: string,
  ): Promise<RequestView> {
    return toRequestView(await this.requests.refuse(id, { changedBy: me.id, principalId: me.id, traceId: traceIdOf(traceparent) }));
  }
}
