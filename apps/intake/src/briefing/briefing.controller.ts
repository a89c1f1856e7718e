import { Body, Controller, Get, Header, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AcceptLanguage, PROBLEM_RESPONSE, TraceParent } from '@passerelle/http';
import { traceIdOf } from '@passerelle/messaging';
import { negotiateLanguage } from '@passerelle/i18n';
import { CurrentPrincipal, Principal, ROLES, Roles } from '@passerelle/security';
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
      'Any role. Its version, text and digest in the language of `Accept-Language` (fr, nl, en; `language` says which: a ' +
      'version published before the briefing had languages is in English only), and when you acknowledged it (null: not yet). ' +
      'A principal holding a clearance reads no signal (403 `urn:passerelle:problem:briefing-required`) until it acknowledged ' +
      'the version in force.',
  })
  @ApiResponse({ status: 200, description: '{ version, publishedAt, language, languages, digest, text, acknowledgedAt, required }' })
  @Header('Vary', 'Accept-Language')
  get(@CurrentPrincipal() p: Principal, @AcceptLanguage() language?: string) {
    return this.read.execute(p, negotiateLanguage(language));
  }

  @Post('acknowledgement')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Acknowledge the security briefing',
    description:
      'Send the version you read, with the same `Accept-Language` you read it in. Recorded once in the ledger ' +
      '(`principal.briefing-acknowledged`: version, language and digest of the text, when); acknowledging again answers the ' +
      'first acknowledgement. 409 when that version is no longer in force.',
  })
  @ApiResponse({ status: 200, description: '{ version, acknowledgedAt }' })
  @ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
  @ApiResponse({ status: 409, ...PROBLEM_RESPONSE, description: 'a newer version is in force: read it and acknowledge that one' })
  ack(
    @CurrentPrincipal() p: Principal,
    @Body() body: AcknowledgeBriefingDto,
    @TraceParent() traceparent?: string,
    @AcceptLanguage() language?: string,
  ) {
    return this.acknowledge.execute(p, body.version, negotiateLanguage(language), traceIdOf(traceparent));
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
      "OCAM's security officers only (403 for an agency's). `texts`: the new version in French, Dutch and English, all three " +
      '(one version number for every language). Every clearance holder must acknowledge the new version before reading ' +
      'signals again. The ledger records the version and the digest of the English text (`principal.briefing-published`).',
  })
  @ApiResponse({ status: 201, description: '{ version, digest, publishedAt }' })
  @ApiResponse({ status: 400, ...PROBLEM_RESPONSE })
  create(@CurrentPrincipal() p: Principal, @Body() body: PublishBriefingDto, @TraceParent() traceparent?: string) {
    return this.publish.execute(p, body.texts, traceIdOf(traceparent));
  }
}
