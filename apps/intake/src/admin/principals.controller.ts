import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE, TraceParent, uuidParam } from '@passerelle/http';
import { traceIdOf } from '@passerelle/messaging';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { CreatePrincipalUseCase } from './create-principal.usecase';
import { Actor, Outcome } from './principal-admin';
import { ReadPrincipalsUseCase } from './read-principals.usecase';
import { RevokePrincipalUseCase } from './revoke-principal.usecase';
import { RotatePrincipalKeyUseCase } from './rotate-principal-key.usecase';
import { UpdatePrincipalUseCase } from './update-principal.usecase';
import {
  CreatePrincipalDto,
  ListPrincipalsQuery,
  PrincipalView,
  RequestView,
  toRequestView,
  toView,
  UpdatePrincipalDto,
} from './principal.dto';

/**
 * Done: the view, with the given status. Held for a second officer: 202 with the request — and, for
 * a new key, the first half of its handover, shown this once to the asking officer.
 */
function answer<T, V>(o: Outcome<T>, reply: FastifyReply, view: (t: T) => V): V | Held {
  if (o.pending) {
    reply.status(202);
    return { pending: toRequestView(o.pending), ...(o.handoverCode ? { handoverCode: o.handoverCode } : {}) };
  }
  return view(o.done);
}

type Held = { pending: RequestView; handoverCode?: string };

const instant = (v: string | null | undefined): Date | null | undefined => (v === undefined ? undefined : v === null ? null : new Date(v));

/**
 * Principals administration for security officers. No officer ever sees a key: a new principal or
 * a new key is held for a second officer, each officer gets one half of a handover, and the
 * principal redeems both halves for its key (`POST /v1/keys/redeem`). Keys are stored hashed. Every
 * change is audited (`identity.principals.changed.v1`).
 */
@ApiTags('admin')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@Controller('v1/admin/principals')
@Roles('security-officer')
export class PrincipalsController {
  constructor(
    private readonly createPrincipal: CreatePrincipalUseCase,
    private readonly readPrincipals: ReadPrincipalsUseCase,
    private readonly updatePrincipal: UpdatePrincipalUseCase,
    private readonly revokePrincipal: RevokePrincipalUseCase,
    private readonly rotatePrincipalKey: RotatePrincipalKeyUseCase,
  ) {}

  private actor(me: Principal, traceparent?: string): Actor {
    return { changedBy: me.id, principalId: me.id, traceId: traceIdOf(traceparent) };
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Ask for a new principal',
    description:
      'Held for a second officer; answers the request and the first half of the key handover, shown this once to you. ' +
      'The approver gets the second half; the principal redeems both (POST /v1/keys/redeem). No officer sees the key.',
  })
  @ApiResponse({ status: 202, description: '{ pending: <request>, handoverCode }: held for a second officer' })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'name taken' })
  @ApiResponse({
    status: 422,
    ...PROBLEM_RESPONSE,
    description: 'breaks a rule (e.g. a POC without an agency, an expiry in the past, a clearance above your own)',
  })
  @Header('Cache-Control', 'no-store')
  async create(
    @CurrentPrincipal() me: Principal,
    @Body() body: CreatePrincipalDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @TraceParent() traceparent?: string,
  ): Promise<PrincipalView | Held> {
    const o = await this.createPrincipal.execute(
      { ...body, clearanceExpiresAt: instant(body.clearanceExpiresAt) },
      this.actor(me, traceparent),
    );
    // Every officer's creation is held (the key goes through a handover); the key is never answered here.
    return answer(o, reply, ({ principal }) => toView(principal));
  }

  @Get()
  @ApiOperation({
    summary: 'List principals',
    description:
      "With expiringWithinDays: the clearances to review, soonest expiry first. An agency's security officer sees only its agency's principals.",
  })
  async list(@CurrentPrincipal() me: Principal, @Query() query: ListPrincipalsQuery): Promise<{ principals: PrincipalView[] }> {
    const now = new Date();
    const principals = await this.readPrincipals.list({ expiringWithinDays: query.expiringWithinDays, agency: me.agency ?? undefined });
    return { principals: principals.map((p) => toView(p, now)) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One principal (never its key)' })
  @ApiResponse({
    status: 200,
    description: 'id, name, role, agency, clearance, clearanceExpiresAt, clearanceExpired, feeds, createdAt, revokedAt',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  async get(@CurrentPrincipal() me: Principal, @Param('id', uuidParam()) id: string): Promise<PrincipalView> {
    return toView(await this.readPrincipals.get(id, me));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change clearance, its expiry or feeds',
    description: 'What only takes away (lower clearance, fewer feeds, an earlier expiry) takes effect at once, also on open streams.',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @ApiResponse({
    status: 202,
    description:
      'a grant (raised clearance, an added feed, an expiry extended or removed), or a security officer, admin or oversight principal: held for a second officer',
  })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'revoked, your own principal, or one of your own chain' })
  async update(
    @CurrentPrincipal() me: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdatePrincipalDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @TraceParent() traceparent?: string,
  ): Promise<PrincipalView | Held> {
    const patch = { clearance: body.clearance, clearanceExpiresAt: instant(body.clearanceExpiresAt), feeds: body.feeds };
    return answer(await this.updatePrincipal.execute(id, patch, this.actor(me, traceparent)), reply, (p) => toView(p));
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke a principal', description: 'Its key stops working at once.' })
  @ApiResponse({ status: 204, description: 'revoked' })
  @ApiResponse({
    status: 202,
    description:
      'a security officer, admin or oversight principal of your own chain: held for a second officer (any but you and the target)',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'yourself' })
  @HttpCode(204)
  async revoke(
    @CurrentPrincipal() me: Principal,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @TraceParent() traceparent?: string,
  ): Promise<Held | undefined> {
    const o = await this.revokePrincipal.execute(id, this.actor(me, traceparent));
    return o.pending ? answer(o, reply, () => undefined) : undefined;
  }

  @Post(':id/key')
  @ApiOperation({
    summary: 'Ask for a new API key for a principal',
    description:
      'Held for a second officer; on approval the old key stops working and the principal redeems the handover ' +
      '(first half to you now, second to the approver) for its new key. A principal rotates its own key with POST /v1/me/key.',
  })
  @ApiResponse({ status: 202, description: '{ pending: <request>, handoverCode }: held for a second officer' })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async rotateKey(
    @CurrentPrincipal() me: Principal,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @TraceParent() traceparent?: string,
  ): Promise<PrincipalView | Held> {
    const o = await this.rotatePrincipalKey.execute(id, this.actor(me, traceparent));
    return answer(o, reply, ({ principal }) => toView(principal));
  }
}
