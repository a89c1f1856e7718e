import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { SignalBatch, SignalSubmission, validated } from '@passerelle/contracts';
import { traceIdOf } from '@passerelle/messaging';
import { AcceptLanguage, localizeFieldErrors, refusal, TraceParent, uuidParam, validationProblem } from '@passerelle/http';
import { negotiateLanguage } from '@passerelle/i18n';
import { CurrentPrincipal, Principal, Roles, visibilityOf } from '@passerelle/security';
import { provenanceRefused } from '../drafts/draft-rules';
import { Receipt, SignalsRepository } from './signals.repository';
import { ItemResult, SubmissionReceipt, SubmitSignalUseCase } from './submit-signal.usecase';

const problem = {
  description: 'RFC 7807 problem details',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

const aboveClearance = {
  ...problem,
  description:
    'the key belongs to a principal of another role, or one not allowed here; or a signal is marked above your clearance in ' +
    'force (`urn:passerelle:problem:above-clearance`) (RFC 7807 problem details)',
};

@ApiTags('signals')
@ApiBearerAuth()
@Controller('v1/signals')
@Roles('poc')
export class SignalsController {
  constructor(
    private readonly submit: SubmitSignalUseCase,
    private readonly signals: SignalsRepository,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Submit one signal',
    description:
      'Accepted for routing (202). Repeating the same externalRef with the same content answers 202 again with the original ' +
      'signalId and `repeated: true` (`status` is always `accepted`: it acknowledges this request; the receipt, GET ' +
      '/v1/signals/{id}, says where the signal is now); the same externalRef with different content is a 409. A signal ' +
      'marked above your clearance in force is refused (403, `urn:passerelle:problem:above-clearance`), and the attempt recorded.',
  })
  @ApiBody({ schema: { $ref: '#/components/schemas/SignalSubmission' } })
  @ApiResponse({ status: 202, description: 'accepted; the receipt', schema: { $ref: '#/components/schemas/SubmissionReceipt' } })
  @ApiResponse({ status: 400, ...problem })
  @ApiResponse({ status: 403, ...aboveClearance })
  @ApiResponse({ status: 409, ...problem })
  @ApiResponse({ status: 413, ...problem })
  @ApiResponse({ status: 415, ...problem })
  @ApiResponse({ status: 429, ...problem })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SignalSubmission,
    @TraceParent() traceparent?: string,
  ): Promise<SubmissionReceipt> {
    // Only a forwarded draft names a reporter and a forwarding POC (POST /v1/drafts/{id}/forward).
    if (body.provenance !== undefined) throw validationProblem([provenanceRefused()]);
    return this.submit.submitOne(principal, body, traceIdOf(traceparent));
  }

  @Post('batch')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Submit up to 500 signals',
    description:
      'Each item is validated and stored on its own; results[i] tells what became of signals[i]. A batch holding a signal ' +
      'marked above your clearance in force is refused whole (403, `urn:passerelle:problem:above-clearance`, nothing stored), ' +
      'and the attempt recorded.',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['signals'],
      properties: { signals: { type: 'array', minItems: 1, maxItems: 500, items: { $ref: '#/components/schemas/SignalSubmission' } } },
    },
  })
  @ApiResponse({ status: 200, description: 'per-item results' })
  @ApiResponse({ status: 400, ...problem })
  @ApiResponse({ status: 403, ...aboveClearance })
  async batch(@CurrentPrincipal() principal: Principal, @Body() body: SignalBatch, @AcceptLanguage() language?: string) {
    const items = body.signals.map((s, i) => {
      const r = validated(SignalSubmission, s, `signals[${i}]`);
      if (r.value?.provenance !== undefined) return { errors: [provenanceRefused(`signals[${i}].provenance`)] };
      return r.value ? { signal: r.value } : { errors: r.errors };
    });
    const results: ItemResult[] = await this.submit.submitMany(principal, items);
    const count = (o: ItemResult['outcome']) => results.filter((r) => r.outcome === o).length;
    // A rejected item's errors as a problem's: path, reason and code, and the message in the request's language.
    const lang = negotiateLanguage(language);
    return {
      accepted: count('accepted'),
      repeated: count('repeated'),
      rejected: count('rejected'),
      conflicts: count('conflict'),
      results: results.map((r) => (r.outcome === 'rejected' ? { ...r, errors: localizeFieldErrors(r.errors, lang) } : r)),
    };
  }

  @Get()
  @ApiOperation({
    summary: "The agency's receipts, newest first",
    description:
      "Every signal your agency submitted through this gateway (never another agency's), newest first, each with its status " +
      'history as GET /v1/signals/{id} gives it. Pass nextCursor back for older ones; it is null once the oldest is reached. ' +
      'Purged signals are not listed (their receipt, by id, says `purged`); signals produced directly on Kafka have no receipt.',
  })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({ name: 'limit', required: false, description: '1–200, default 50' })
  @ApiResponse({
    status: 200,
    description: '{ items: [{ signalId, externalRef, traceId, acceptedAt, status, history: [{ status, at, detail }] }], nextCursor }',
  })
  @ApiResponse({ status: 400, ...problem })
  async list(@CurrentPrincipal() principal: Principal, @Query('cursor') cursor?: string, @Query('limit') limit?: string) {
    const n = limit === undefined ? 50 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 200) throw refusal(400, 'problem.http-400.detail.bad-limit', { max: 200 });
    const before = cursor === undefined ? null : decodeCursor(cursor);
    if (before === undefined) throw refusal(400, 'problem.http-400.detail.bad-cursor');
    const rows = await this.signals.list(principal.agency ?? '', before, n);
    const last = rows[rows.length - 1];
    return {
      items: rows.map(receiptBody),
      nextCursor: rows.length < n ? null : Buffer.from(`${last.cursorAt}|${last.id}`).toString('base64url'),
    };
  }

  @Get(':id/content')
  @ApiOperation({
    summary: 'A signal as your agency submitted it',
    description:
      "The signal's fields as submitted through this gateway (what a supplementary signal starts from: the console's answer to an " +
      "analyst's question pre-fills category, subjects and reference from it). Recorded as a read of the signal. Another agency's " +
      'signal, one marked above your clearance in force, one purged or erased, or one produced directly on Kafka: 404.',
  })
  @ApiResponse({ status: 200, description: '{ signalId, externalRef, traceId, acceptedAt, signal: { …the submission } }' })
  @ApiResponse({ status: 400, ...problem })
  @ApiResponse({ status: 404, ...problem })
  async content(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string) {
    const r = await this.signals.content(principal.agency ?? '', id, visibilityOf(principal).maxRank);
    if (!r) throw refusal(404, 'problem.http-404.detail.no-signal', { id });
    return { signalId: r.id, externalRef: r.externalRef, traceId: r.traceId, acceptedAt: r.createdAt, signal: r.payload };
  }

  @Get(':id')
  @ApiOperation({
    summary: "A signal's receipt",
    description:
      'Status history (accepted → published → routed/rejected/duplicate → delivered → assessed, or `failed` when the intake could not ' +
      "store it: its detail names the feed and the reasons as codes). Another agency's signal answers " +
      '404, and so does a signal produced directly on Kafka: receipts exist for submissions made through this gateway only ' +
      "(follow a direct submission's notices in GET /v1/feedback or on feedback.<agency>.v2). Once its retention has ended the " +
      'receipt answers status `purged`, and after an erasure approved by two security officers `erased`, with no content.',
  })
  @ApiResponse({ status: 400, ...problem })
  @ApiResponse({ status: 404, ...problem })
  async receipt(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string) {
    const r = await this.signals.receipt(principal.agency ?? '', id);
    if (!r) {
      // Purged at term or erased: the receipt says so, and nothing else about the signal remains.
      const purged = await this.signals.purged(principal.agency ?? '', id);
      if (purged)
        return {
          signalId: purged.id,
          status: purged.reason === 'erased' ? 'erased' : 'purged',
          purgedAt: purged.purgedAt,
          retentionUntil: purged.retentionUntil,
          history: [],
        };
      throw refusal(404, 'problem.http-404.detail.no-signal', { id });
    }
    return receiptBody(r);
  }
}

function receiptBody(r: Receipt) {
  return {
    signalId: r.id,
    externalRef: r.externalRef,
    traceId: r.traceId,
    acceptedAt: r.createdAt,
    status: r.statuses[r.statuses.length - 1]?.status,
    history: r.statuses,
  };
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** A list cursor (the last item's acceptance time and id), or undefined when the token is not one. */
function decodeCursor(token: string): { at: string; id: string } | undefined {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const m = CURSOR.exec(text);
  if (!m || Buffer.from(text).toString('base64url') !== token) return undefined;
  // A real instant (no 30 February, no year 0, which Postgres would refuse): it reads back the same.
  const at = new Date(m[1]);
  if (Number.isNaN(at.getTime()) || at.getUTCFullYear() < 1 || at.toISOString().slice(0, 19) !== m[1].slice(0, 19)) return undefined;
  return { at: m[1], id: m[2] };
}
