import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE } from '@passerelle/http';
import { CurrentPrincipal, Principal, Roles } from '@passerelle/security';
import { AssessmentBody } from './analyst.dto';
import { AnalystReadsUseCase } from './analyst-reads.usecase';
import { AssessSignalUseCase } from './assess-signal.usecase';

@ApiTags('signals')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 404, ...PROBLEM_RESPONSE })
@Controller('v1')
@Roles('analyst')
export class SignalsController {
  constructor(
    private readonly reads: AnalystReadsUseCase,
    private readonly assessments: AssessSignalUseCase,
  ) {}

  @Get('signals/:id')
  @ApiOperation({
    summary: 'One signal with its dossier, provenance and assessments',
    description: '404 when it does not exist or you may not read it.',
  })
  signal(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
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
  assess(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: AssessmentBody) {
    return this.assessments.assess(principal, id, body, 'POST /v1/signals/{id}/assessment');
  }

  @Get('dossiers/:id')
  @ApiOperation({ summary: 'A dossier: the correlated signals you may read, their sources and why they were linked' })
  dossier(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.reads.dossier(principal, id, 'GET /v1/dossiers/{id}');
  }
}
