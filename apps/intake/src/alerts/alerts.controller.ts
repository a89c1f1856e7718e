import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE, uuidParam } from '@passerelle/http';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { AcknowledgeAlertUseCase } from './acknowledge-alert.usecase';

@ApiTags('alerts')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
@Controller('v1/alerts')
@Roles('analyst', 'poc')
export class AlertsController {
  constructor(private readonly acknowledge: AcknowledgeAlertUseCase) {}

  @Post(':id/acknowledgement')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Acknowledge an alert',
    description:
      'A principal the alert reached (the first person on the rota or the permanence cell, or one it escalated to: an analyst, ' +
      'or a POC of the agency for a question or an RFI) took it (e-mail or webhook: ' +
      'id, level, link — no content): its escalation along the rota stops, and the ledger has alert.acknowledged. ' +
      'Acknowledging again answers the first acknowledgement. Any other principal: 403, recorded as a denied attempt.',
  })
  @ApiResponse({ status: 200, description: '{ alertId, acknowledgedAt, acknowledgedBy }' })
  ack(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string) {
    return this.acknowledge.execute(p, id);
  }
}
