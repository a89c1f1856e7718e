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
import { Principal, Role } from './principal';
import { PrincipalsRepository } from './principals.repository';

const PUBLIC = 'passerelle:public';
const ROLES_KEY = 'passerelle:roles';

/** Marks a route that needs no API key (health only). */
export const Public = () => SetMetadata(PUBLIC, true);
/** Roles allowed on a route; a route without @Roles is refused to everybody (deny by default). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

interface AuthedRequest {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<AuthedRequest>();
  if (!req.principal) throw new UnauthorizedException('no authenticated principal');
  return req.principal;
});

/** Global guard: `Authorization: Bearer <api key>` → principal, then the route's roles. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalsRepository,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const header = req.headers.authorization;
    const value = Array.isArray(header) ? header[0] : header;
    const m = value ? /^Bearer\s+(\S+)\s*$/i.exec(value) : null;
    if (!m) throw new UnauthorizedException('an API key is required: Authorization: Bearer <key>');
    const principal = await this.principals.findByApiKey(m[1]);
    if (!principal) throw new UnauthorizedException('unknown or revoked API key');
    req.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!roles.includes(principal.role)) {
      throw new ForbiddenException(`this endpoint is for role(s) ${roles.join(', ') || '(none)'}; you are '${principal.role}'`);
    }
    return true;
  }
}
