import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { AccessDenialReason, ContractError, flattenErrors, messageKeyOf, REASON_CODE } from '@passerelle/contracts';
import type { EdgeRequest } from '@passerelle/security';
import { databaseUnavailable, errorCode } from '@passerelle/messaging';
import { DEFAULT_LANGUAGE, hasMessage, Language, MessageValues, negotiateLanguage, t } from '@passerelle/i18n';
import type { FastifyReply, FastifyRequest } from 'fastify';

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
  const code = fieldCode(e);
  const limit = /(-?\d+(\.\d+)?)/.exec(e.reason)?.[1];
  const side =
    code !== 'bad-length' ? '' : /longer than|at least/.test(e.reason) ? '.min' : /shorter than|at most/.test(e.reason) ? '.max' : '';
  const keys = [messageKeyOf(e), side ? `reason.${code}${side}` : undefined, `reason.${code}`];
  for (const key of keys) {
    if (!key || !hasMessage(key)) continue;
    // A message that names the limit needs the one the English reason gave.
    if (limit === undefined && t('en', key, { limit: '\u0000' }).includes('\u0000')) continue;
    return t(lang, key, { limit: limit ?? '' });
  }
  return e.reason;
}

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

export function validationProblem(errors: FieldError[]): ProblemException {
  return new ProblemException(
    withText(
      {
        type: 'urn:passerelle:problem:validation',
        title: 'The request does not follow the contract',
        status: 400,
        detail: errors.map((e) => `${e.path}: ${e.reason}`).join('; '),
        errors: errors.map(({ path, reason }) => ({ path, reason })),
      },
      { fields: errors },
    ),
  );
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

/** Maps a Fastify framework error (body parsing, size, media type) to its problem. */
function fastifyProblem(e: { code?: string; statusCode?: number; message?: string }): Problem | undefined {
  switch (e.code) {
    case 'PASSERELLE_RATE_LIMITED':
      return { type: 'urn:passerelle:problem:rate-limited', title: TITLES[429], status: 429, detail: e.message };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return localizedProblem({ type: 'urn:passerelle:problem:payload-too-large', status: 413 }, 'problem.payload-too-large.detail');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return localizedProblem(
        { type: 'urn:passerelle:problem:unsupported-media-type', status: 415 },
        'problem.unsupported-media-type.detail',
      );
    case 'PASSERELLE_JSON_TOO_DEEP':
      return { type: 'urn:passerelle:problem:json-too-deep', title: 'JSON nested too deeply', status: 400, detail: e.message };
    case 'PASSERELLE_JSON_UNSTORABLE':
      return { type: 'urn:passerelle:problem:unstorable-text', title: 'Text that cannot be stored', status: 400, detail: e.message };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { type: 'urn:passerelle:problem:malformed-json', title: 'Malformed JSON', status: 400, detail: e.message };
  }
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    const malformed = e instanceof SyntaxError;
    return {
      type: malformed ? 'urn:passerelle:problem:malformed-json' : `urn:passerelle:problem:http-${e.statusCode}`,
      title: malformed ? 'Malformed JSON' : (TITLES[e.statusCode] ?? 'Bad request'),
      status: e.statusCode,
      detail: e.message,
    };
  }
  return undefined;
}

/** A framework error raised before Nest's filters can see it (routing: a malformed URL). */
export function frameworkProblem(e: { code?: string; statusCode?: number; message?: string }): Problem {
  return (
    fastifyProblem(e) ?? {
      type: 'urn:passerelle:problem:http-400',
      title: TITLES[400],
      status: 400,
      detail: e.message || 'the request URL cannot be decoded',
    }
  );
}

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
      problem = typed?.type.startsWith(PROBLEM_TYPE)
        ? typedProblem(typed, status)
        : {
            type: `urn:passerelle:problem:${httpProblemType(status, detail)}`,
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
