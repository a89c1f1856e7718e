import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import { AccessDenialReason, ContractError, flattenErrors, messageKeyOf, messageValuesOf, REASON_CODE } from '@passerelle/contracts';
import type { EdgeRequest } from '@passerelle/security';
import { databaseUnavailable, errorCode } from '@passerelle/messaging';
import { DEFAULT_LANGUAGE, hasMessage, Language, MessageValues, negotiateLanguage, t } from '@passerelle/i18n';
import { errorCodes, type FastifyReply, type FastifyRequest } from 'fastify';
import { DomainError } from './domain-errors';

/** A URL's path without its query string (which may hold values): what a log line may name. */
export const pathOf = (url: string | undefined): string => (url ?? '').split('?')[0].slice(0, 200);

/** The stack frames of an error, without its first line (the message). */
const framesOf = (e: unknown): string => {
  const stack = (e as Error | undefined)?.stack;
  if (typeof stack !== 'string') return '';
  const frames = stack.split('\n').filter((l) => /^\s+at /.test(l));
  return frames.length ? `\n${frames.slice(0, 15).join('\n')}` : '';
};

/** One failing field: a JSON path (`subjects[0].birthDate`) and why. */
export type FieldError = ContractError;

/** RFC 7807 problem details; `type` is a stable URN clients may switch on. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** A domain error with a code, mapped once to problem+json at the edge. */
export class ProblemException extends HttpException {
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
    /** For a refusal (403): the reason the denied-attempts record gives, instead of `forbidden`. */
    readonly denial?: AccessDenialReason,
  ) {
    super(problem, problem.status);
  }
}

export const flattenValidationErrors = flattenErrors;

const PROBLEM_TYPE = 'urn:passerelle:problem:';

/**
 * What a problem says, as catalogue messages (libs/i18n): kept beside the problem (a symbol, never
 * serialised) so that the edge can say it in the request's language. The problem itself carries the
 * English text: what logs, tests and clients without `Accept-Language` see.
 */
interface ProblemText {
  /** The detail as a catalogue message. */
  detail?: { key: string; values?: MessageValues };
  /** Values of the title's message (`problem.<type>.title`), when it has any. */
  titleValues?: MessageValues;
  /** The field errors with their codes: the detail is made of them. */
  fields?: FieldError[];
}
const TEXT = Symbol('problem-text');

function withText<P extends Problem>(problem: P, text: ProblemText): P {
  Object.defineProperty(problem, TEXT, { value: text, enumerable: false, configurable: true });
  return problem;
}

/**
 * A problem whose title is its type's message (`problem.<type>.title`) and whose detail is the
 * catalogue message `detailKey`: English here, the request's language at the edge (sendProblem).
 */
export function localizedProblem(
  p: { type: string; status: number; [extension: string]: unknown },
  detailKey: string,
  values?: MessageValues,
  titleValues?: MessageValues,
): Problem {
  const suffix = p.type.slice(PROBLEM_TYPE.length);
  return withText(
    { ...p, title: t('en', `problem.${suffix}.title`, titleValues), detail: t('en', detailKey, values) },
    { detail: { key: detailKey, values }, titleValues },
  );
}

/**
 * A refusal said through the catalogues: its detail is the message `key` (`problem.http-404.detail.no-product`)
 * with its values — English here, the request's language at the edge — and the problem carries the
 * key's last segment as `code`, the same in every language: what a client switches on. The type is
 * `http-<status>` unless a more precise one is given.
 */
export function refusal(status: number, key: string, values?: MessageValues, type?: string): ProblemException {
  const code = key.slice(key.lastIndexOf('.') + 1);
  return new ProblemException(localizedProblem({ type: type ?? `${PROBLEM_TYPE}http-${status}`, status, code }, key, values));
}

/** A field error's stable code: the one it carries, else its reason when that is a code, else `invalid`. */
export function fieldCode(e: FieldError): string {
  if (e.code && REASON_CODE.test(e.code)) return e.code;
  return REASON_CODE.test(e.reason) && e.reason.length <= 60 ? e.reason : 'invalid';
}

/**
 * One field error's message in a language, without the field's name (the path says it): the
 * precise message the error names (a contract's own, `reason.format.plate`), else its code's
 * (`reason.<code>`; `reason.bad-length.min`/`.max` by the side the English reason names), with the
 * limit the English reason gives; else the English reason itself (a code the catalogues lack:
 * the catalogue test in problem.spec.ts keeps every contract's codes covered).
 */
export function fieldReason(lang: Language, e: FieldError): string {
  const values = quotedValues(messageValuesOf(e));
  const code = fieldCode(e);
  const limit = /(-?\d+(\.\d+)?)/.exec(e.reason)?.[1];
  const side =
    code !== 'bad-length' ? '' : /longer than|at least/.test(e.reason) ? '.min' : /shorter than|at most/.test(e.reason) ? '.max' : '';
  const own = messageKeyOf(e);
  const keys = [own, side ? `reason.${code}${side}` : undefined, `reason.${code}`];
  for (const key of keys) {
    if (!key || !hasMessage(key)) continue;
    const args = key === own ? values : {};
    try {
      // A message that names the limit needs the one the English reason gave.
      if (limit === undefined && t('en', key, { ...args, limit: '\u0000' }).includes('\u0000')) continue;
      return t(lang, key, { ...args, limit: limit ?? '' });
    } catch {
      // A message naming a value the error does not carry: the next, less precise one.
      continue;
    }
  }
  return e.reason;
}

/** At most this many characters of a value the sender sent are quoted back in a message. */
const QUOTED_MAX = 80;

/**
 * A value the sender sent, as a message may quote it: at most 80 characters (a longer one cut with
 * `…`), control and format characters (line breaks, bidirectional overrides, zero-width) shown as
 * U+FFFD so that the quote cannot break the message's line or turn its text around. ICU does not
 * interpret a value, and the console puts messages in text nodes, never HTML.
 */
export function quotable(value: string): string {
  const chars = [...value.slice(0, 2 * QUOTED_MAX + 2)];
  const cut = chars.length > QUOTED_MAX ? `${chars.slice(0, QUOTED_MAX - 1).join('')}…` : value;
  return cut.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029]/gu, '\ufffd');
}

/** A message's values with the sender's own (`value`) quotable; the rest (codes, counts) are ours. */
const quotedValues = (values: Record<string, string | number> | undefined): MessageValues =>
  Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, k === 'value' && typeof v === 'string' ? quotable(v) : v]));

/** A field error as it leaves, in a language: its path and reason as they are, its stable code and its message. */
export interface LocalizedFieldError {
  path: string;
  /** As before: the English reason (it may quote what was refused), or a code. */
  reason: string;
  /** Stable (reason-codes.ts), the same in every language: what a client switches on. */
  code: string;
  /** The reason in the request's language, without the field's name. */
  message: string;
  [extension: string]: unknown;
}

/** Field errors in a language (problem+json `errors`, a batch's per-item `errors`): path, reason and code the same in every one. */
export function localizeFieldErrors(errors: readonly FieldError[], lang: Language): LocalizedFieldError[] {
  return errors.map((e) => ({ ...e, path: e.path, reason: e.reason, code: fieldCode(e), message: fieldReason(lang, e) }));
}

/**
 * A problem in a language: its title (by type) and detail from the catalogues, and each field
 * error's message; `type`, paths, reasons and codes unchanged.
 */
export function localizeProblem(problem: Problem, lang: Language): Problem {
  const text = (problem as { [TEXT]?: ProblemText })[TEXT];
  const fields = text?.fields ?? problem.errors;
  const withFields: Problem = Array.isArray(fields) ? { ...problem, errors: localizeFieldErrors(fields, lang) } : problem;
  if (lang === DEFAULT_LANGUAGE || !problem.type?.startsWith(PROBLEM_TYPE)) return withFields;
  const titleKey = `problem.${problem.type.slice(PROBLEM_TYPE.length)}.title`;
  const out: Problem = { ...withFields };
  if (hasMessage(titleKey)) out.title = t(lang, titleKey, text?.titleValues);
  if (text?.detail) out.detail = t(lang, text.detail.key, text.detail.values);
  else if (text?.fields)
    out.detail = text.fields.map((e) => (e.path ? `${e.path}: ${fieldReason(lang, e)}` : fieldReason(lang, e))).join('; ');
  return out;
}

/**
 * Field errors as a 400 problem whose detail is made of them (each field's message in the request's
 * language); of type `validation` unless a more precise one is named (`urn:passerelle:problem:review-period`:
 * its title is that type's catalogue message).
 */
export function validationProblem(errors: FieldError[], type = `${PROBLEM_TYPE}validation`): ProblemException {
  return new ProblemException(
    withText(
      {
        type,
        title:
          type === `${PROBLEM_TYPE}validation`
            ? 'The request does not follow the contract'
            : t('en', `problem.${type.slice(PROBLEM_TYPE.length)}.title`),
        status: 400,
        detail: errors.map((e) => `${e.path}: ${e.reason}`).join('; '),
        errors: errors.map(({ path, reason }) => ({ path, reason })),
      },
      { fields: errors },
    ),
  );
}

/**
 * A problem whose detail is made of its field errors (each in the request's language at the edge),
 * its title its type's message (`problem.<type>.title`).
 */
export function fieldsProblem(p: { type: string; status: number; [extension: string]: unknown }, errors: FieldError[]): Problem {
  return withText(
    {
      ...p,
      title: t('en', `problem.${p.type.slice(PROBLEM_TYPE.length)}.title`),
      detail: errors.map((e) => `${e.path}: ${e.reason}`).join('; '),
      errors: errors.map(({ path, reason }) => ({ path, reason })),
    },
    { fields: errors },
  );
}

/** The problem a domain error (domain-errors.ts) leaves as: the problem filter sends it in the request's language. */
export function domainProblem(e: DomainError): ProblemException {
  const { type, status } = e.rule;
  let problem: Problem;
  if (e.text) {
    const code = e.text.key.slice(e.text.key.lastIndexOf('.') + 1);
    problem = localizedProblem({ type, status, code, ...(e.errors.length ? { errors: e.errors } : {}) }, e.text.key, e.text.values);
  } else {
    problem = fieldsProblem({ type, status, code: e.code }, e.errors);
  }
  return new ProblemException(problem, e.headers);
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  503: 'Service unavailable',
};

/**
 * A framework refusal said through the catalogues: the detail `key` in the request's language, and
 * the key's last segment as its stable `code`.
 */
const frameworkRefusal = (type: string, status: number, key: string, values?: MessageValues): Problem =>
  localizedProblem({ type: `${PROBLEM_TYPE}${type}`, status, code: key.slice(key.lastIndexOf('.') + 1) }, key, values);

/** The body is not JSON: where the parser stopped, when it says so (the parser's own words are English). */
const malformedJson = (message: string | undefined): Problem => {
  const at = /position (\d+)/.exec(message ?? '')?.[1];
  return frameworkRefusal('malformed-json', 400, 'problem.malformed-json.detail.invalid-json', { position: at ?? 'unknown' });
};

/** Maps a Fastify framework error (body parsing, size, media type) to its problem. */
function fastifyProblem(e: { code?: string; statusCode?: number; message?: string }): Problem | undefined {
  const x = e as Record<string, unknown>;
  switch (e.code) {
    case 'PASSERELLE_RATE_LIMITED':
      if (typeof x.limit === 'number' && typeof x.retryAfter === 'number')
        return frameworkRefusal('rate-limited', 429, 'problem.rate-limited.detail.per-minute', {
          limit: x.limit,
          who: x.forPrincipal ? 'principal' : 'address',
          seconds: x.retryAfter,
        });
      return { type: 'urn:passerelle:problem:rate-limited', title: TITLES[429], status: 429, detail: e.message };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return frameworkRefusal('payload-too-large', 413, 'problem.payload-too-large.detail.too-large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return frameworkRefusal('unsupported-media-type', 415, 'problem.unsupported-media-type.detail.json-only');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return frameworkRefusal('http-400', 400, 'problem.http-400.detail.bad-content-length');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      // Fastify's maxParamLength, left at its default (the error does not carry it).
      return frameworkRefusal('http-414', 414, 'problem.http-414.detail.param-too-long', { max: 100 });
    case 'FST_ERR_BAD_URL':
      return frameworkRefusal('http-400', 400, 'problem.http-400.detail.bad-percent-encoding');
    case 'PASSERELLE_JSON_TOO_DEEP':
      return frameworkRefusal('json-too-deep', 400, 'problem.json-too-deep.detail.too-deep', { max: String(x.maxDepth ?? '') });
    case 'PASSERELLE_JSON_UNSTORABLE':
      return frameworkRefusal('unstorable-text', 400, 'problem.unstorable-text.detail.unstorable');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return frameworkRefusal('malformed-json', 400, 'problem.malformed-json.detail.empty-body');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return malformedJson(e.message);
  }
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    if (e instanceof SyntaxError) return malformedJson(e.message);
    return otherRefusal(e.statusCode);
  }
  return undefined;
}

/**
 * A 4xx the framework raised and no case above names (a Fastify error added by a later version):
 * its status's title and a generic detail in the request's language, code `refused`. Its own
 * message (English, and it may quote the request) goes nowhere: the status and the log say enough.
 */
const otherRefusal = (status: number): Problem =>
  localizedProblem(
    { type: `urn:passerelle:problem:http-${status}`, status, code: 'refused' },
    'problem.http-4xx.detail.refused',
    undefined,
  );

/** A framework error raised before Nest's filters can see it (routing: a malformed URL). */
export function frameworkProblem(e: { code?: string; statusCode?: number; message?: string }): Problem {
  return fastifyProblem(e) ?? otherRefusal(400);
}

/**
 * No route for this method and path (Nest's not-found handler throws `Cannot GET /x`): a 404 with
 * code `no-route`. A known path asked with a method it does not take is a 404 too (Fastify's
 * router, which Nest uses, answers no 405).
 */
export const noRoute = (method: string): Problem =>
  frameworkRefusal('http-404', 404, 'problem.http-404.detail.no-route', { method: quotable(method) });

/**
 * Sends a problem in the language the request asks for (`Accept-Language`: fr, nl, en; English by
 * default): `title` and `detail` translated, `type`, `status`, field paths and codes as they are.
 */
export function sendProblem(reply: FastifyReply, problem: Problem, instance: string, headers: Record<string, string> = {}): void {
  problem.instance ??= instance;
  const lang = negotiateLanguage(reply.request?.headers?.['accept-language']);
  void reply
    .status(problem.status)
    .headers({ ...headers, 'content-type': 'application/problem+json', 'content-language': lang, vary: 'Accept-Language' })
    .send(localizeProblem(problem, lang));
}

/**
 * A problem a lower lib named (libs/security cannot import this one): its type, its extensions, and
 * its detail from the catalogue message `detailKey` with `detailValues`.
 */
function typedProblem(body: Problem, status: number): Problem {
  const { detailKey, detailValues, ...rest } = body as Problem & { detailKey?: unknown; detailValues?: MessageValues };
  if (typeof detailKey === 'string') return localizedProblem({ ...rest, status }, detailKey, detailValues);
  return { ...rest, title: rest.title ?? TITLES[status], status };
}

/** Body-parsing errors reach the filter as HTTP exceptions; their type still says what went wrong. */
function httpProblemType(status: number, detail: string): string {
  if (status === 413) return 'payload-too-large';
  if (status === 415) return 'unsupported-media-type';
  if (status === 429) return 'rate-limited';
  if (status === 400 && /JSON|Unexpected token|Unexpected end|Body cannot be empty/i.test(detail)) return 'malformed-json';
  return `http-${status}`;
}

/**
 * A body that is not the size its Content-Length announced (or not UTF-8: read as text it has another
 * size). Raised by Fastify's body reader before the handler, it reaches the filter as Nest re-throws it:
 * a bare `HttpException` with Fastify's message and status, its code dropped (@nestjs/core
 * routes-resolver `mapExternalException`), so it is known by that message.
 */
const CONTENT_LENGTH_MISMATCH = new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH().message;

/**
 * Nest's not-found handler's refusal: `Cannot GET /x`, word for word with the request's method and
 * URL (Fastify calls it when no route matched, or when a wildcard route such as the console's
 * static pages found nothing).
 */
const unrouted = (req: FastifyRequest, detail: string): boolean => detail === `Cannot ${req.method} ${req.url}`;

/** Postgres could not be reached: one definition with the transport's `isTransient` (libs/messaging transient.ts). */
export { databaseUnavailable } from '@passerelle/messaging';

/** Every error leaves as `application/problem+json`; nothing a client sends produces a 500. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const req = ctx.getRequest<FastifyRequest>();
    let problem: Problem;
    let headers: Record<string, string> = {};
    if (exception instanceof DomainError) exception = domainProblem(exception);
    if (exception instanceof ProblemException) {
      problem = exception.problem;
      headers = exception.headers;
      // The edge's denied-attempts record (libs/http edge.ts) reads the reason off the request.
      if (exception.denial) (req as unknown as EdgeRequest).denial = exception.denial;
    } else if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      const detail = Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
      const typed = typeof body === 'object' && body !== null && typeof (body as Problem).type === 'string' ? (body as Problem) : null;
      const kind = httpProblemType(status, detail);
      problem = typed?.type.startsWith(PROBLEM_TYPE)
        ? typedProblem(typed, status)
        : kind === 'malformed-json'
          ? malformedJson(detail)
          : kind === 'payload-too-large'
            ? frameworkRefusal(kind, status, 'problem.payload-too-large.detail.too-large')
            : kind === 'unsupported-media-type'
              ? frameworkRefusal(kind, status, 'problem.unsupported-media-type.detail.json-only')
              : status === 400 && detail === CONTENT_LENGTH_MISMATCH
                ? frameworkRefusal('http-400', 400, 'problem.http-400.detail.bad-content-length')
                : status === 404 && exception instanceof NotFoundException && unrouted(req, detail)
                  ? noRoute(req.method)
                  : {
                      type: `urn:passerelle:problem:${kind}`,
                      title: TITLES[status] ?? HttpStatus[status] ?? 'Error',
                      status,
                      detail,
                    };
      if (status === 401) headers['WWW-Authenticate'] = 'Bearer';
    } else {
      const fp = typeof exception === 'object' && exception ? fastifyProblem(exception as never) : undefined;
      if (fp) problem = fp;
      else if (databaseUnavailable(exception)) {
        // Postgres restarting or unreachable: nothing was done, and the client should try again.
        this.logger.warn(`database unavailable on ${req.method} ${pathOf(req.url)}: ${errorCode(exception)}`);
        problem = localizedProblem({ type: 'urn:passerelle:problem:unavailable', status: 503 }, 'problem.unavailable.detail');
        headers['Retry-After'] = '2';
      } else {
        // The error's name, code and stack frames: never its message (a database error quotes the
        // value it refused) nor the query string.
        this.logger.error(`unhandled error on ${req.method} ${pathOf(req.url)}: ${errorCode(exception)}${framesOf(exception)}`);
        problem = localizedProblem({ type: 'urn:passerelle:problem:internal', status: 500 }, 'problem.internal.detail');
      }
    }
    sendProblem(reply, problem, req.url, headers);
  }
}
