import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TAXII_MEDIA_TYPE } from './taxii.controller';

/**
 * A TAXII 2.1 error message (§3.6.1) from an RFC 7807 problem. TAXII's own properties carry the
 * problem's words (`title`, `description`) and type (`error_code`); the problem's stable `code` and
 * its field errors go in `details`, the dictionary TAXII leaves to the server, so that a client tells
 * one refusal from another without reading the words (which follow `Accept-Language`).
 */
export function taxiiError(
  problem: { title?: string; detail?: string; status?: number; type?: string; code?: string; errors?: unknown[] },
  status: number,
) {
  // A problem without a code of its own (a contract's field errors: `validation`) is told by its type's name.
  const code = typeof problem.code === 'string' ? problem.code : problem.type?.slice(problem.type.lastIndexOf(':') + 1);
  const details = {
    ...(code ? { code } : {}),
    ...(Array.isArray(problem.errors) && problem.errors.length ? { errors: problem.errors } : {}),
  };
  return {
    title: problem.title ?? 'Error',
    ...(problem.detail ? { description: problem.detail } : {}),
    http_status: String(status),
    ...(problem.type ? { error_code: problem.type } : {}),
    ...(Object.keys(details).length ? { details } : {}),
  };
}

/**
 * Under /taxii2/, every error leaves in TAXII's error format and media type: the app's problems
 * (the edge's 401 and 429, the validation's 400, a 404, a 406) are rewritten as they are sent, so
 * the one exception filter and the one edge stay in charge of what an error says.
 */
export function installTaxiiErrors(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (req: FastifyRequest, reply: FastifyReply, payload: unknown, done: (err: null, p: unknown) => void) => {
      const type = String(reply.getHeader('content-type') ?? '');
      if (!req.url.startsWith('/taxii2') || !type.startsWith('application/problem+json') || typeof payload !== 'string') {
        return done(null, payload);
      }
      let problem: Record<string, unknown> = {};
      try {
        problem = JSON.parse(payload) as Record<string, unknown>;
      } catch {
        // not JSON after all: the status alone says what went wrong
      }
      void reply.header('content-type', TAXII_MEDIA_TYPE);
      done(null, Buffer.from(JSON.stringify(taxiiError(problem as never, reply.statusCode))));
    });
}
