import { Body, Controller, Header, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { PROBLEM_RESPONSE, refusal, TraceParent } from '@passerelle/http';
import { traceIdOf } from '@passerelle/messaging';
import { DeniedAttemptRecorder, Public } from '@passerelle/security';
import { RedeemKeyHandoverUseCase } from './redeem-key-handover.usecase';
import { PrincipalView, toView } from './principal.dto';

const HALF = /^pslh_[A-Za-z0-9_-]{43}$/;

export class RedeemHandoverDto {
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2, description: 'the two halves, one from each officer, in any order' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsString({ each: true })
  @Matches(HALF, { each: true, message: 'each of $property must be a handover half (pslh_…)' })
  codes!: [string, string];
}

/**
 * Where a principal collects its key: no API key (it has none yet), only the two halves of its
 * handover. A miss is a denied attempt, recorded as every other is (`access.recorded.v1`).
 */
@ApiTags('principal')
@Controller('v1/keys/redeem')
@Public()
export class KeyHandoverController {
  constructor(
    private readonly redeem: RedeemKeyHandoverUseCase,
    private readonly denied: DeniedAttemptRecorder,
  ) {}

  @Post()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Redeem a key handover',
    description:
      'Both halves (one from the officer who asked, one from the officer who approved), once, within KEY_HANDOVER_TTL_HOURS: ' +
      'answers the principal and its new API key, shown this once. Neither officer ever sees the key.',
  })
  @ApiResponse({ status: 200, description: '{ principal, apiKey }' })
  @ApiResponse({ status: 404, ...PROBLEM_RESPONSE, description: 'no open handover with these halves (wrong, lapsed or used already)' })
  async create(
    @Body() body: RedeemHandoverDto,
    @Req() req: FastifyRequest,
    @TraceParent() traceparent?: string,
  ): Promise<{ principal: PrincipalView; apiKey: string }> {
    const r = await this.redeem.execute(body.codes, traceIdOf(traceparent));
    if (!r) {
      this.denied.note({
        principal: null,
        clientAddress: req.ip,
        endpoint: 'POST /v1/keys/redeem',
        resourceId: null,
        status: 404,
        reason: 'not-found',
      });
      throw refusal(404, 'problem.key-handover-not-found.detail.no-handover', undefined, 'urn:passerelle:problem:key-handover-not-found');
    }
    return { principal: toView(r.principal), apiKey: r.apiKey };
  }
}
