import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE, uuidParam } from '@passerelle/http';
import { CurrentPrincipal, Principal, ReadsClassified, Roles } from '@passerelle/security';
import { MispExportUseCase } from './misp-export.usecase';

/** MISP events of what an analyst may read: same key, same access rules, same audit as the analyst API. */
@ApiTags('misp')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
@Controller('v1')
@Roles('analyst')
@ReadsClassified()
export class MispController {
  constructor(private readonly misp: MispExportUseCase) {}

  @Get('signals/:id/misp')
  @ApiOperation({
    summary: 'One signal as a MISP event (MISP core format, misp-objects templates, TLP and Passerelle tags)',
    description: '404 when it does not exist or you may not read it; 410 when purged. Recorded as a read of the signal.',
  })
  @ApiResponse({ status: 200, description: '{ "Event": … }, ready for MISP’s event import or PyMISP’s MISPEvent.load' })
  signal(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string) {
    return this.misp.signal(principal, id, 'GET /v1/signals/{id}/misp');
  }

  @Get('dossiers/:id/misp')
  @ApiOperation({
    summary: 'The signals of a dossier you may read as one MISP event, their dossier links as object references',
    description: '404 when the dossier holds nothing you may read. Recorded as a read of each signal in the event.',
  })
  @ApiResponse({ status: 200, description: '{ "Event": … }' })
  dossier(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string) {
    return this.misp.dossier(principal, id, 'GET /v1/dossiers/{id}/misp');
  }
}
