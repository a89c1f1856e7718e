import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { SignalBatch, SignalSubmission, validateSignal } from '@passerelle/contracts';
import { traceIdOf } from '@passerelle/messaging';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { SignalsRepository } from './signals.repository';
import { ItemResult, SubmissionReceipt, SubmitSignalUseCase } from './submit-signal.usecase';

const problem = {
  description: 'RFC 7807 problem details',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
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
      '/v1/signals/{id}, says where the signal is now); the same externalRef with different content is a 409.',
  })
  @ApiBody({ schema: { $ref: '#/components/schemas/SignalSubmission' } })
  @ApiResponse({ status: 202, description: 'accepted; the receipt', schema: { $ref: '#/components/schemas/SubmissionReceipt' } })
  @ApiResponse({ status: 400, ...problem })
  @ApiResponse({ status: 409, ...problem })
  @ApiResponse({ status: 413, ...problem })
  @ApiResponse({ status: 415, ...problem })
  @ApiResponse({ status: 429, ...problem })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SignalSubmission,
    @Headers('traceparent') traceparent?: string,
  ): Promise<SubmissionReceipt> {
    return this.submit.submitOne(principal, body, traceIdOf(traceparent));
  }

  @Post('batch')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Submit up to 500 signals',
    description: 'Each item is validated and stored on its own; results[i] tells what became of signals[i].',
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
  async batch(@CurrentPrincipal() principal: Principal, @Body() body: SignalBatch) {
    const items = body.signals.map((s, i) => {
      const r = validateSignal(s, `signals[${i}]`);
      return r.value ? { signal: r.value } : { errors: r.errors };
    });
    const results: ItemResult[] = await this.submit.submitMany(principal, items);
    const count = (o: ItemResult['outcome']) => results.filter((r) => r.outcome === o).length;
    return { accepted: count('accepted'), repeated: count('repeated'), rejected: count('rejected'), conflicts: count('conflict'), results };
  }

  @Get(':id')
  @ApiOperation({
    summary: "A signal's receipt",
    description:
      "Status history (accepted → published → routed/rejected/duplicate → delivered → assessed). Another agency's signal answers " +
      '404, and so does a signal produced directly on Kafka: receipts exist for submissions made through this gateway only ' +
      "(follow a direct submission's notices in GET /v1/feedback or on feedback.<agency>.v1). Once its retention has ended the " +
      'receipt answers status `purged`, and after an erasure approved by two security officers `erased`, with no content.',
  })
  @ApiResponse({ status: 400, ...problem })
  @ApiResponse({ status: 404, ...problem })
  async receipt(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
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
      throw new NotFoundException(`no signal ${id} for your agency`);
    }
    return {
      signalId: r.id,
      externalRef: r.externalRef,
      traceId: r.traceId,
      acceptedAt: r.createdAt,
      status: r.statuses[r.statuses.length - 1]?.status,
      history: r.statuses,
    };
  }
}
