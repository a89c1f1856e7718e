import { Body, Controller, Get, Header, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_RESPONSE } from '@passerelle/http';
import { traceIdOf } from '@passerelle/messaging';
import { CurrentPrincipal, Principal, ROLES, Roles } from '@passerelle/security';
import { mapped } from '../admin/principals.controller';
import { AcknowledgeBriefingDto, PublishBriefingDto } from './briefing.dto';
import { AcknowledgeBriefingUseCase } from './acknowledge-briefing.usecase';
import { PublishBriefingUseCase } from './publish-briefing.usecase';
import { ReadBriefingUseCase } from './read-briefing.usecase';

@ApiTags('principal')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@Controller('v1/me/briefing')
@Roles(...ROLES)
export class BriefingController {
  constructor(
    private readonly read: ReadBriefingUseCase,
    private readonly acknowledge: AcknowledgeBriefingUseCase,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The security briefing in force',
    description:
      'Any role. Its version, text and digest, and when you acknowledged it (null: not yet). A principal holding a clearance ' +
      'reads no signal (403 `urn:passerelle:problem:briefing-required`) until it acknowledged the version in force.',
  })
  @ApiResponse({ status: 200, description: '{ version, publishedAt, digest, text, acknowledgedAt, required }' })
  get(@CurrentPrincipal() p: Principal) {
    return this.read.execute(p);
  }

  @Post('acknowledgement')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Acknowledge the security briefing',
    description:
      'Send the version you read. Recorded once in the ledger (`principal.briefing-acknowledged`: version, digest of the text, ' +
      'when); acknowledging again answers the first acknowledgement. 409 when that version is no longer in force.',
  })
  @ApiResponse({ status: 200, description: '{ version, acknowledgedAt }' })
  @ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'a newer version is in force: read it and acknowledge that one' })
  ack(@CurrentPrincipal() p: Principal, @Body() body: AcknowledgeBriefingDto, @Headers('traceparent') traceparent?: string) {
    return mapped(this.acknowledge.execute(p, body.version, traceIdOf(traceparent)));
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@ApiResponse({ status: 401, ...PROBLEM_RESPONSE })
@ApiResponse({ status: 403, ...PROBLEM_RESPONSE })
@Controller('v1/admin/briefings')
@Roles('security-officer')
export class BriefingsAdminController {
  constructor(private readonly publish: PublishBriefingUseCase) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Publish a new version of the security briefing',
    description:
      "OCAM's security officers only (403 for an agency's). Every clearance holder must acknowledge the new version before " +
      'reading signals again. The ledger records the version and the digest of the text (`principal.briefing-published`).',
  })
  @ApiResponse({ status: 201, description: '{ version, digest, publishedAt }' })
  @ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
  create(@CurrentPrincipal() p: Principal, @Body() body: PublishBriefingDto, @Headers('traceparent') traceparent?: string) {
    return mapped(this.publish.execute(p, body.text, traceIdOf(traceparent)));
  }
}
