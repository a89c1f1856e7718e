import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { DEFAULT_LANGUAGE, Language, LANGUAGES, negotiateLanguage } from '@passerelle/i18n';
import type { FastifyRequest } from 'fastify';

/*
 * Request headers a handler reads, documented as what they are: optional. Nest's `@Headers(name)`
 * makes the OpenAPI generator list the header as required, which no client has to send.
 */

const headerOf = (name: string) =>
  createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
    const value = ctx.switchToHttp().getRequest<FastifyRequest>().headers[name];
    return Array.isArray(value) ? value.join(',') : value;
  })();

/** An optional header parameter: the value for the handler, the header in the OpenAPI document. */
function optionalHeader(param: ParameterDecorator, header: Parameters<typeof ApiHeader>[0]): ParameterDecorator {
  return (target, key, index) => {
    param(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) ApiHeader({ ...header, required: false })(target, key, descriptor);
  };
}

/**
 * The request's language (fr, nl or en) from `Accept-Language`, which is optional: without it, or
 * with no language Passerelle speaks, English.
 */
export const AcceptLanguage = (): ParameterDecorator =>
  optionalHeader(
    createParamDecorator((_data: unknown, ctx: ExecutionContext): Language =>
      negotiateLanguage(ctx.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']),
    )(),
    {
      name: 'accept-language',
      description: `Optional. The language of the answer's texts and problem details: ${LANGUAGES.join(', ')} (e.g. fr-BE, nl;q=0.9); ${DEFAULT_LANGUAGE} when absent or none of them.`,
      schema: { type: 'string', default: DEFAULT_LANGUAGE, example: 'fr-BE' },
    },
  );

/** The W3C `traceparent` header, optional: without it a new trace begins. */
export const TraceParent = (): ParameterDecorator =>
  optionalHeader(headerOf('traceparent'), {
    name: 'traceparent',
    description: 'Optional. W3C Trace Context (00-<trace-id>-<parent-id>-<flags>); without it a new trace begins.',
    schema: { type: 'string', example: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
  });
