import { Injectable } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import type { AccessDenialReason } from '@passerelle/contracts';
import { Principal } from './principal';
import { PrincipalsRepository } from './principals.repository';

/** Set in a route's Fastify config by `@Public()` (and on `/docs`): the edge asks for no key there. */
export const PUBLIC_ROUTE = 'passerellePublic';

/** What the edge and the guards leave on a request (Fastify's, which Nest hands to guards as is). */
export interface EdgeRequest {
  headers: Record<string, string | string[] | undefined>;
  /** The authenticated principal, once the edge (or the guard, without the edge) found it. */
  principal?: Principal;
  /** Why the request was refused, for the denied-attempts record (`role` is set by the guard). */
  denial?: AccessDenialReason;
  routeOptions?: { url?: string; config?: unknown };
}

/** The key of `Authorization: Bearer <key>`, or null when the header is absent or of another form. */
export function bearerKey(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const m = value ? /^Bearer\s+(\S+)\s*$/i.exec(value) : null;
  return m ? m[1] : null;
}

/** Whether the matched route was declared public (`@Public()`, `/docs`); an unmatched path never is. */
export function isPublicRoute(req: EdgeRequest): boolean {
  const config = req.routeOptions?.config as Record<string, unknown> | undefined;
  return req.routeOptions?.url !== undefined && config?.[PUBLIC_ROUTE] === true;
}

/**
 * Marks a handler (or every handler of a class) public in its Fastify route config, so that the
 * edge knows it before the body is read. Merges with any other route config.
 */
export function markPublicRoute(target: object, descriptor?: PropertyDescriptor): void {
  const handlers: unknown[] = descriptor
    ? [descriptor.value]
    : Object.getOwnPropertyNames((target as { prototype: object }).prototype)
        .filter((n) => n !== 'constructor')
        .map((n) => Object.getOwnPropertyDescriptor((target as { prototype: object }).prototype, n)?.value);
  for (const h of handlers) {
    if (typeof h !== 'function') continue;
    const config = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, h) as Record<string, unknown> | undefined) ?? {};
    Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...config, [PUBLIC_ROUTE]: true }, h);
  }
}

/**
 * Authentication at the HTTP edge, before any body is read: `Authorization: Bearer <key>` → the
 * active principal holding it. The edge (libs/http `createHttpApp`) calls it from Fastify's
 * `onRequest`, keys the rate limit on the outcome, and answers 401 itself; `ApiKeyGuard` then
 * decides roles with the principal found here.
 */
@Injectable()
export class EdgeAuthenticator {
  constructor(private readonly principals: PrincipalsRepository) {}

  /** Sets `req.principal`, or `req.denial` (`no-key`, `unknown-key`) and answers null. */
  async authenticate(req: EdgeRequest): Promise<Principal | null> {
    if (req.principal) return req.principal;
    const key = bearerKey(req.headers.authorization);
    if (!key) {
      req.denial = 'no-key';
      return null;
    }
    const principal = await this.principals.findByApiKey(key);
    if (!principal) {
      req.denial = 'unknown-key';
      return null;
    }
    req.principal = principal;
    return principal;
  }
}
