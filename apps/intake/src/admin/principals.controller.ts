import { Body, Controller, Delete, Get, Header, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE, ProblemException } from '@passerelle/http';
import { traceIdOf } from '@passerelle/messaging';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { Actor, ManagePrincipalsUseCase, PrincipalAdminError, PrincipalAdminErrorCode } from './manage-principals.usecase';
import { CreatePrincipalDto, ListPrincipalsQuery, PrincipalView, toView, UpdatePrincipalDto } from './principal.dto';

const STATUS: Record<PrincipalAdminErrorCode, number> = {
  invalid: 400,
  rejected: 422,
  'not-found': 404,
  'name-taken': 409,
  revoked: 409,
  'self-change': 409,
  unavailable: 503,
};

const TITLE: Record<PrincipalAdminErrorCode, string> = {
  invalid: 'The request does not follow the contract',
  rejected: 'The principal breaks a rule',
  'not-found': 'No such principal',
  'name-taken': 'Name already taken',
  revoked: 'Principal revoked',
  'self-change': 'Security officers cannot change themselves',
  unavailable: 'A dependency does not answer',
};

/** The domain's errors, mapped once to problem+json here at the edge. */
async function mapped<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (!(e instanceof PrincipalAdminError)) throw e;
    throw new ProblemException({
      type: e.code === 'invalid' ? 'urn:passerelle:problem:validation' : `urn:passerelle:problem:principal-${e.code}`,
      title: TITLE[e.code],
      status: STATUS[e.code],
      detail: e.message,
      ...(e.errors.length ? { errors: e.errors } : {}),
    });
  }
}

const instant = (v: string | null | undefined): Date | null | undefined => (v === undefined ? undefined : v === null ? null : new Date(v));

/**
 * Principals administration for security officers: API keys are shown once, on creation and on
 * rotation, and stored hashed. Every change is audited (`identity.principals.changed.v1`).
 */
@ApiTags('admin')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@Controller('v1/admin/principals')
@Roles('security-officer')
export class PrincipalsController {
  constructor(private readonly manage: ManagePrincipalsUseCase) {}

  private actor(me: Principal, traceparent?: string): Actor {
    return { changedBy: me.id, principalId: me.id, traceId: traceIdOf(traceparent) };
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a principal', description: 'Answers its id and API key; the key is shown this once and stored hashed.' })
  @ApiResponse({ status: 201, description: 'the principal with its apiKey, shown this once' })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'name taken' })
  @ApiResponse({ status: 422, ...PROBLEM_RESPONSE, description: 'breaks a rule (e.g. a POC without an agency, an expiry in the past)' })
  @Header('Cache-Control', 'no-store')
  async create(
    @CurrentPrincipal() me: Principal,
    @Body() body: CreatePrincipalDto,
    @Headers('traceparent') traceparent?: string,
  ): Promise<PrincipalView & { apiKey: string }> {
    const { principal, apiKey } = await mapped(
      this.manage.create({ ...body, clearanceExpiresAt: instant(body.clearanceExpiresAt) }, this.actor(me, traceparent)),
    );
    return { ...toView(principal), apiKey };
  }

  @Get()
  @ApiOperation({ summary: 'List principals', description: 'With expiringWithinDays: the clearances to review, soonest expiry first.' })
  async list(@Query() query: ListPrincipalsQuery): Promise<{ principals: PrincipalView[] }> {
    const now = new Date();
    const principals = await this.manage.list({ expiringWithinDays: query.expiringWithinDays });
    return { principals: principals.map((p) => toView(p, now)) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One principal (never its key)' })
  @ApiResponse({
    status: 200,
    description: 'id, name, role, agency, clearance, clearanceExpiresAt, clearanceExpired, feeds, createdAt, revokedAt',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<PrincipalView> {
    return toView(await mapped(this.manage.get(id)));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change clearance, its expiry or feeds', description: 'Takes effect at once, also on open streams.' })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'revoked, or your own principal' })
  async update(
    @CurrentPrincipal() me: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdatePrincipalDto,
    @Headers('traceparent') traceparent?: string,
  ): Promise<PrincipalView> {
    const patch = { clearance: body.clearance, clearanceExpiresAt: instant(body.clearanceExpiresAt), feeds: body.feeds };
    return toView(await mapped(this.manage.update(id, patch, this.actor(me, traceparent))));
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke a principal', description: 'Its key stops working at once.' })
  @ApiResponse({ status: 204, description: 'revoked' })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @HttpCode(204)
  async revoke(
    @CurrentPrincipal() me: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Headers('traceparent') traceparent?: string,
  ): Promise<void> {
    await mapped(this.manage.revoke(id, this.actor(me, traceparent)));
  }

  @Post(':id/key')
  @ApiOperation({ summary: 'Rotate the API key', description: 'The old key stops working; the new one is shown this once.' })
  @ApiResponse({ status: 200, description: 'the principal with its new apiKey' })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async rotateKey(
    @CurrentPrincipal() me: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Headers('traceparent') traceparent?: string,
  ): Promise<PrincipalView & { apiKey: string }> {
    const { principal, apiKey } = await mapped(this.manage.rotateKey(id, this.actor(me, traceparent)));
    return { ...toView(principal), apiKey };
  }
}
