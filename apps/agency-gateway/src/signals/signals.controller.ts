import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, NotFoundException } from '@nestjs/common';
import { SignalSubmission } from '@passerelle/contracts';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { SignalsRepository } from './signals.repository';
import { SubmitSignalUseCase, SubmissionReceipt } from './submit-signal.usecase';

@Controller('v1/signals')
@Roles('poc')
export class SignalsController {
  constructor(
    private readonly submit: SubmitSignalUseCase,
    private readonly signals: SignalsRepository,
  ) {}

  /** Accepts one signal; 202 because routing happens after the response. */
  @Post()
  @HttpCode(202)
  create(@CurrentPrincipal() principal: Principal, @Body() body: SignalSubmission): Promise<SubmissionReceipt> {
    return this.submit.execute(principal, body);
  }

  /** The receipt. Another agency's signal answers 404: its existence is not disclosed. */
  @Get(':id')
  async receipt(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    const r = await this.signals.receipt(principal.agency ?? '', id);
    if (!r) throw new NotFoundException(`no signal ${id} for your agency`);
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
