import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE, uuidParam } from '@passerelle/http';
import { CurrentPrincipal, Principal, ReadsClassified, Roles } from '@passerelle/security';
import { AssessmentBody } from './analyst.dto';
import { AnalystReadsUseCase } from './analyst-reads.usecase';
import { AssessSignalUseCase } from './assess-signal.usecase';
import { ReleaseEmbargoUseCase } from './release-embargo.usecase';

@ApiTags('signals')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
@Controller('v1')
@Roles('analyst')
@ReadsClassified()
export class SignalsController {
  constructor(
    private readonly reads: AnalystReadsUseCase,
    private readonly assessments: AssessSignalUseCase,
    private readonly embargoes: ReleaseEmbargoUseCase,
  ) {}

  @Get('signals/:id')
  @ApiOperation({
    summary: 'One signal with its dossier, provenance and assessments',
    description: '404 when it does not exist or you may not read it.',
  })
  signal(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string) {
    return this.reads.signal(principal, id, 'GET /v1/signals/{id}');
  }

  @Post('signals/:id/assessment')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Assess a signal',
    description:
      'Send the version you read; if someone assessed it since, 409. The source agency receives the outcome (and your question, if you ask for more information).',
  })
  @ApiResponse({ status: 201, description: "the assessment, with the signal's new version" })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'assessed by someone else since the version you sent' })
  assess(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string, @Body() body: AssessmentBody) {
    return this.assessments.assess(principal, id, body, 'POST /v1/signals/{id}/assessment');
  }

  @Post('signals/:id/embargo/release')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Release an embargoed signal',
    description:
      'Only a principal the embargo names (e.g. the director) may release it; from then on the signal is visible to the readers ' +
      'of its feeds as any other, and reaches them as if it arrived now. The release is recorded in the audit ledger. ' +
      '404 to anybody else (as for a signal that does not exist); 409 when it is not under an embargo (or was released already).',
  })
  @ApiResponse({ status: 200, description: '{ signalId, released: true, releasedBy }' })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'not under an embargo, or released already' })
  releaseEmbargo(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string) {
    return this.embargoes.release(principal, id, 'POST /v1/signals/{id}/embargo/release');
  }

  @Get('dossiers/:id')
  @ApiOperation({ summary: 'A dossier: the correlated signals you may read, their sources and why they were linked' })
  dossier(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string) {
    return this.reads.dossier(principal, id, 'GET /v1/dossiers/{id}');
  }
}
