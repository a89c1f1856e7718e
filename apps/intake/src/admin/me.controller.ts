import { Controller, Get, Header, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE, TraceParent } from '@passerelle/http';
import { traceIdOf } from '@passerelle/messaging';
import { CurrentPrincipal, Principal, ROLES, Roles } from '@passerelle/security';
import { RotateOwnKeyUseCase } from './rotate-own-key.usecase';

/** What a principal may know about itself: never its key, nothing about anybody else. */
export interface SelfView {
  id: string;
  name: string;
  role: Principal['role'];
  agency: string | null;
  clearance: Principal['clearance'];
  clearanceExpiresAt: string | null;
  clearanceExpired: boolean;
  feeds: string[];
}

/**
 * `GET /v1/me`: the principal the key belongs to, for any role. Clients such as the web console
 * (apps/console) learn from it which workspace to show; the principal is the one the edge already
 * authenticated, so there is no use case to call and nothing else is read.
 */
@ApiTags('principal')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@Controller('v1/me')
@Roles(...ROLES)
export class MeController {
  constructor(private readonly rotateOwnKey: RotateOwnKeyUseCase) {}

  @Post('key')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Replace your own API key',
    description: 'Any role. The key used for this request stops working at once; the new one is in this answer only.',
  })
  @ApiResponse({ status: 200, description: '{ apiKey }' })
  async rotate(@CurrentPrincipal() p: Principal, @TraceParent() traceparent?: string): Promise<{ apiKey: string }> {
    const { apiKey } = await this.rotateOwnKey.execute(p.id, traceIdOf(traceparent));
    return { apiKey };
  }

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The principal this API key belongs to',
    description: 'id, name, role, agency, clearance and its expiry, feeds — never the key. Any role.',
  })
  @ApiResponse({ status: 200, description: '{ id, name, role, agency, clearance, clearanceExpiresAt, clearanceExpired, feeds }' })
  me(@CurrentPrincipal() p: Principal): SelfView {
    const expires = p.clearanceExpiresAt ? new Date(p.clearanceExpiresAt) : null;
    return {
      id: p.id,
      name: p.name,
      role: p.role,
      agency: p.agency,
      clearance: p.clearance,
      clearanceExpiresAt: expires?.toISOString() ?? null,
      clearanceExpired: expires !== null && expires.getTime() <= Date.now(),
      feeds: p.feeds,
    };
  }
}
