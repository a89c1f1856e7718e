import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { INT4_MAX, WATCHLIST_CAPABILITIES, WATCHLIST_NAME, WatchlistCapability, withMessageKey } from '@passerelle/contracts';
import { PROBLEM_RESPONSE, TraceParent, uuidParam, validationProblem } from '@passerelle/http';
import { traceIdOf } from '@passerelle/messaging';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { PipeTransform } from '@nestjs/common';
import { DeliverTokensUseCase } from './deliver-tokens.usecase';
import { EvaluateBatchUseCase } from './evaluate-batch.usecase';
import { GrantWatchlistUseCase } from './grant-watchlist.usecase';
import { PublishVersionUseCase } from './publish-version.usecase';
import { EvaluateDto, GrantDto, PublishVersionDto } from './watchlist.dto';
import { toRequestView } from '../admin/principal.dto';

/** A list name in the path: lower-case code, else 400. */
class ListNamePipe implements PipeTransform<string, string> {
  transform(v: string): string {
    if (!WATCHLIST_NAME.test(v))
      throw validationProblem([
        withMessageKey(
          { path: 'list', reason: 'must be a watchlist name (lower-case code)', code: 'bad-format' },
          'reason.format.watchlist',
        ),
      ]);
    return v;
  }
}
/**
 * A list version in the path: a whole number from 1 to 2147483647 (what the version columns hold),
 * else 400 — never a number the database refuses (a 500), nor `1e3` or ` 7`.
 */
export class ListVersionPipe implements PipeTransform<string, number> {
  transform(v: string): number {
    const n = /^[1-9][0-9]{0,9}$/.test(v) ? Number(v) : NaN;
    if (!(n <= INT4_MAX))
      throw validationProblem([{ path: 'version', reason: `must be a list version, a whole number from 1 to ${INT4_MAX}` }]);
    return n;
  }
}
class CapabilityPipe implements PipeTransform<string, WatchlistCapability> {
  transform(v: string): WatchlistCapability {
    if (!(WATCHLIST_CAPABILITIES as readonly string[]).includes(v)) {
      throw validationProblem([{ path: 'capability', reason: `must be one of ${WATCHLIST_CAPABILITIES.join(', ')}` }]);
    }
    return v as WatchlistCapability;
  }
}

/**
 * Watchlists at the key holder (docs/watchlists.md): list owners publish versions; agencies'
 * principals marked to receive a list fetch its tokens and have blinded points evaluated.
 */
@ApiTags('watchlists')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE, description: 'not marked for this list (or not the role)' })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@ApiParam({ name: 'list', example: 'ftf' })
@Controller('v1/watchlists/:list')
export class WatchlistsController {
  constructor(
    private readonly publish: PublishVersionUseCase,
    private readonly deliver: DeliverTokensUseCase,
    private readonly evaluateBatch: EvaluateBatchUseCase,
  ) {}

  @Post('versions')
  @HttpCode(201)
  @Roles('analyst')
  @ApiOperation({
    summary: 'Publish a list version (list owners)',
    description:
      'A new secret key for the version, the entries tokenised under it; only entry ids and categories are kept. The ledger records the count and digest.',
  })
  @ApiResponse({ status: 201, description: 'list, version, suite, entryCount, tokenCount, digest, validFrom, validUntil' })
  @ApiResponse({ status: 422, ...PROBLEM_RESPONSE, description: 'validity in the past' })
  publishVersion(
    @CurrentPrincipal() me: Principal,
    @Param('list', new ListNamePipe()) list: string,
    @Body() body: PublishVersionDto,
    @TraceParent() traceparent?: string,
  ) {
    return this.publish.execute(me, list, body, traceIdOf(traceparent));
  }

  @Get('tokens')
  @Roles('poc')
  @ApiOperation({
    summary: 'The token set of the version in force (marked agencies)',
    description: 'Tokens only, sorted; with version, validity and entry count. Recorded in the ledger.',
  })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE, description: 'no version in force' })
  tokens(@CurrentPrincipal() me: Principal, @Param('list', new ListNamePipe()) list: string, @TraceParent() traceparent?: string) {
    return this.deliver.execute(me, list, traceIdOf(traceparent));
  }

  @Post('versions/:version/evaluations')
  @HttpCode(200)
  @Roles('poc')
  @ApiOperation({
    summary: 'Evaluate blinded points under a version in force (marked agencies)',
    description: 'RFC 9497 BlindEvaluate, in order. Counted against the agency’s hourly budget and recorded in the ledger as a count.',
  })
  @ApiResponse({ status: 200, description: '{ evaluated: [...] }, base64url points in the order sent' })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'the version is not in force' })
  @ApiResponse({ status: 429, ...PROBLEM_RESPONSE, description: 'the agency’s hourly budget is spent' })
  evaluate(
    @CurrentPrincipal() me: Principal,
    @Param('list', new ListNamePipe()) list: string,
    @Param('version', new ListVersionPipe()) version: number,
    @Body() body: EvaluateDto,
    @TraceParent() traceparent?: string,
  ) {
    return this.evaluateBatch.execute(me, list, version, body.blinded, traceIdOf(traceparent));
  }
}

/** Security officers mark principals as owners or receivers of a list. */
@ApiTags('admin')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 404, ...PROBLEM_RESPONSE, description: 'no such active principal' })
@Controller('v1/admin/watchlists/:list/principals/:principalId')
@Roles('security-officer')
export class WatchlistGrantsController {
  constructor(private readonly grants: GrantWatchlistUseCase) {}

  @Put()
  @ApiOperation({
    summary: 'Mark a principal as owner (role analyst) or receiver (role poc) of a list',
    description: 'A mark grants access: it is held for a second officer (202 with the request, `/v1/admin/requests`).',
  })
  @ApiResponse({ status: 200, description: 'marked already: nothing changes' })
  @ApiResponse({ status: 202, description: 'held for a second officer: `{ pending: <request> }`' })
  @ApiResponse({ status: 422, ...PROBLEM_RESPONSE, description: 'the principal’s role does not fit the mark' })
  async grant(
    @CurrentPrincipal() me: Principal,
    @Param('list', new ListNamePipe()) list: string,
    @Param('principalId', uuidParam()) principalId: string,
    @Body() body: GrantDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @TraceParent() traceparent?: string,
  ) {
    const r = await this.grants.execute(me, list, principalId, body.capability, true, traceIdOf(traceparent));
    if ('pending' in r) {
      reply.status(202);
      return { pending: toRequestView(r.pending) };
    }
    return r;
  }

  @Delete(':capability')
  @ApiOperation({ summary: 'Unmark a principal' })
  // The parameter's type is a union of literals, which the TypeScript compilers describe
  // differently (tsc: String; swc: none): declared as a string, its values stated here.
  @ApiParam({ name: 'capability', enum: [...WATCHLIST_CAPABILITIES] })
  revoke(
    @CurrentPrincipal() me: Principal,
    @Param('list', new ListNamePipe()) list: string,
    @Param('principalId', uuidParam()) principalId: string,
    // Typed string for the document (see above); the pipe has checked it is a capability.
    @Param('capability', new CapabilityPipe()) capability: string,
    @TraceParent() traceparent?: string,
  ) {
    return this.grants.execute(me, list, principalId, capability as WatchlistCapability, false, traceIdOf(traceparent));
  }
}
