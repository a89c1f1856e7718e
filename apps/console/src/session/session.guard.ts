import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { localizedProblem, Problem, ProblemException } from '@passerelle/http';
import type { FastifyRequest } from 'fastify';
import { CONSOLE_CONFIG, ConsoleConfig } from '../config';
import { Session, SessionStore } from './session.store';

const NO_SESSION = 'console:no-session';
/** A route reachable without a session (health, sign-in). State changes are still checked for origin. */
export const NoSession = () => SetMetadata(NO_SESSION, true);

export const cookieName = (config: ConsoleConfig): string => (config.secureCookie ? '__Host-passerelle-console' : 'passerelle-console');

export type ConsoleRequest = FastifyRequest & { consoleSession?: Session; cookies: Record<string, string | undefined> };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route but health and sign-in needs a live session, and a state change the session's CSRF
 * token. With the origin check (`crossOriginRefusal`, before any body is read) and SameSite=Strict,
 * a page of another origin can neither use a session nor sign one in.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionStore,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<ConsoleRequest>();
    const unsafe = !SAFE.has(req.method);
    if (this.reflector.getAllAndOverride<boolean>(NO_SESSION, [ctx.getHandler(), ctx.getClass()])) return true;
    const found = this.sessions.find(req.cookies?.[cookieName(this.config)]);
    if (!('session' in found)) {
      const kind = found.expired ? 'session-expired' : 'session-required';
      throw new ProblemException(localizedProblem({ type: `urn:passerelle:problem:${kind}`, status: 401 }, `problem.${kind}.detail`));
    }
    if (unsafe && !SessionStore.tokensMatch(found.session.csrfToken, header(req, 'x-csrf-token'))) {
      throw new ProblemException(localizedProblem({ type: 'urn:passerelle:problem:csrf', status: 403 }, 'problem.csrf.detail'));
    }
    req.consoleSession = found.session;
    return true;
  }
}

export function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * A state change must come from the console's own pages: Origin and Sec-Fetch-Site, when the browser
 * sends them (every current browser does on a POST), must name this origin. Checked in `onRequest`,
 * before the body is read. Answers the problem to send, or null.
 */
export function crossOriginRefusal(req: FastifyRequest): Problem | null {
  if (SAFE.has(req.method)) return null;
  const origin = header(req, 'origin');
  const site = header(req, 'sec-fetch-site');
  const host = header(req, 'host');
  const expected = host ? [`http://${host}`, `https://${host}`] : [];
  const crossOrigin =
    (origin !== undefined && !expected.includes(origin)) || (site !== undefined && site !== 'same-origin' && site !== 'none');
  return crossOrigin ? localizedProblem({ type: 'urn:passerelle:problem:cross-site', status: 403 }, 'problem.cross-site.detail') : null;
}
