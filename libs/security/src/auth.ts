import { BatchRpcContext } from '@passerelle/messaging';
import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { bearerKey, EdgeRequest, markPublicRoute } from './edge-auth';
import { briefingRequired } from './access-policy';
import { Principal, Role } from './principal';
import { PrincipalsRepository } from './principals.repository';

const PUBLIC = 'passerelle:public';
const ROLES_KEY = 'passerelle:roles';
const READS_CLASSIFIED = 'passerelle:reads-classified';

/** The problem type of a read refused until the briefing in force is acknowledged. */
export const BRIEFING_REQUIRED_PROBLEM = 'urn:passerelle:problem:briefing-required';

/**
 * Marks a route (or every route of a controller) that needs no API key (health only). The mark is
 * also put in the route's Fastify config, where the edge reads it before any body is.
 */
export const Public = (): ClassDecorator & MethodDecorator => (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
  if (descriptor) SetMetadata(PUBLIC, true)(target, key!, descriptor);
  else SetMetadata(PUBLIC, true)(target as () => void);
  markPublicRoute(target, descriptor);
};
/** Roles allowed on a route; a route without @Roles is refused to everybody (deny by default). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * Marks a route (or a controller) that answers with signal content of any classification: a
 * principal holding a clearance that has not acknowledged the security briefing in force is refused
 * there (403 `briefing-required`, recorded as a denied attempt) before the handler runs. The rule is
 * in `briefingRequired` (access-policy.ts); `visibilityOf` applies it too, so a read this mark
 * misses still returns nothing classified.
 */
export const ReadsClassified = () => SetMetadata(READS_CLASSIFIED, true);

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<EdgeRequest>();
  if (!req.principal) throw new UnauthorizedException('no authenticated principal');
  return req.principal;
});

/**
 * Global guard: the route's roles. The principal is the one the edge authenticated before the body
 * was read (`EdgeAuthenticator`); without the edge (an app not built by `createHttpApp`), the guard
 * looks the key up itself: `Authorization: Bearer <api key>` → principal.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalsRepository,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    // Kafka handlers (libs/messaging's batch transport): the broker authenticated the producer
    // (SASL/SCRAM) and its ACLs decided who may write the topic; no HTTP request to look at.
    if (ctx.getType() === 'rpc' && ctx.switchToRpc().getContext() instanceof BatchRpcContext) return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<EdgeRequest>();
    let principal = req.principal;
    if (!principal) {
      const key = bearerKey(req.headers.authorization);
      if (!key) {
        req.denial = 'no-key';
        throw new UnauthorizedException({
          type: 'urn:passerelle:problem:http-401',
          code: 'no-key',
          detailKey: 'problem.http-401.detail.no-key',
        });
      }
      const found = await this.principals.findByApiKey(key);
      if (!found) {
        req.denial = 'unknown-key';
        throw new UnauthorizedException({
          type: 'urn:passerelle:problem:http-401',
          code: 'unknown-key',
          detailKey: 'problem.http-401.detail.unknown-key',
        });
      }
      principal = req.principal = found;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!roles.includes(principal.role)) {
      req.denial = 'role';
      // libs/http's filter words it from the catalogues in the request's language; `code` is stable.
      throw new ForbiddenException({
        type: 'urn:passerelle:problem:http-403',
        code: 'wrong-role',
        detailKey: 'problem.http-403.detail.wrong-role',
        detailValues: { roles: roles.join(', ') || '(none)', role: principal.role },
      });
    }
    const due = this.reflector.getAllAndOverride<boolean>(READS_CLASSIFIED, targets) ? briefingRequired(principal) : null;
    if (due !== null) {
      req.denial = 'briefing-required';
      // libs/http's filter words it from the catalogues (problem.briefing-required.*) in the request's language.
      throw new ForbiddenException({
        type: BRIEFING_REQUIRED_PROBLEM,
        briefingVersion: due,
        detailKey: 'problem.briefing-required.detail',
        detailValues: { clearance: principal.clearance, version: due },
      });
    }
    return true;
  }
}
