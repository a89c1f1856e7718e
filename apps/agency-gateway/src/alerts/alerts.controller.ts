import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE, uuidParam } from '@passerelle/http';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { AcknowledgeGatewayAlertUseCase } from './acknowledge-alert.usecase';
import { GatewayAlertsRepository } from './alerts.repository';

@ApiTags('alerts')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@Controller('v1/alerts')
@Roles('poc')
export class GatewayAlertsController {
  constructor(
    private readonly alerts: GatewayAlertsRepository,
    private readonly acknowledge: AcknowledgeGatewayAlertUseCase,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The alerts that reached you',
    description:
      "OCAM's alerts to your agency's permanence cell (its question on a signal, a request for information) that reached you — " +
      'as the first of the cell or by escalation — newest first (the latest 200): id, kind, level, whether it belongs to an exercise, ' +
      'the signal or product it is about, the link, and whether and by whom it was acknowledged. No content.',
  })
  @ApiResponse({
    status: 200,
    description: '{ items: [{ alertId, kind, level, exercise, signalId, productId, link, raisedAt, acknowledgedAt, acknowledgedBy }] }',
  })
  async list(@CurrentPrincipal() p: Principal) {
    return { items: await this.alerts.reachedBy(p.agency ?? '', p.id, 200) };
  }

  @Post(':id/acknowledgement')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Acknowledge an alert',
    description:
      "A POC of the permanence cell the alert reached (the first of the cell, or one it escalated to) took it: OCAM's intake " +
      'stops its escalation and the ledger has alert.acknowledged with you, as for an acknowledgement made at the intake. ' +
      'Acknowledging again answers the first acknowledgement. A POC the alert did not reach: 403, recorded as a denied attempt; ' +
      "another agency's alert or an unknown id: 404.",
  })
  @ApiResponse({ status: 200, description: '{ alertId, acknowledgedAt, acknowledgedBy }' })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
  ack(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string) {
    return this.acknowledge.execute(p, id);
  }
}
