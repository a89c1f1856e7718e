import { CallHandler, Controller, ExecutionContext, Get, Injectable, NestInterceptor } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@passerelle/security';
import type { FastifyReply } from 'fastify';
import { Observable } from 'rxjs';
import { NOTICE_CODES, ServiceNotice, ServiceNotices } from './service-notices';

@ApiTags('service')
@ApiBearerAuth()
@Controller('v1/service-notices')
@Roles('poc')
export class ServiceNoticesController {
  constructor(private readonly notices: ServiceNotices) {}

  @Get()
  @ApiOperation({
    summary: 'The service notices in force',
    description:
      'What is degraded now, in general terms: `code` (one of ' +
      NOTICE_CODES.map((c) => `\`${c}\``).join(', ') +
      '), `since` and, for `site-unreachable`, `site`. Every answer of this API carries the same list in its ' +
      '`Service-Notice` header (`code; since=<instant>[; site=<site>]`, comma-separated) while one is in force. ' +
      'Submissions are still accepted while a notice is shown: they wait in the gateway until the part is back.',
  })
  @ApiResponse({
    status: 200,
    description: 'the notices in force, oldest first (empty when all is well)',
    schema: {
      type: 'object',
      required: ['notices'],
      properties: {
        notices: {
          type: 'array',
          items: {
            type: 'object',
            required: ['code', 'since'],
            properties: {
              code: { type: 'string', enum: [...NOTICE_CODES] },
              since: { type: 'string', format: 'date-time' },
              site: { type: 'string' },
            },
          },
        },
      },
    },
  })
  list(): { notices: ServiceNotice[] } {
    return { notices: this.notices.notices() };
  }
}

/** Sets the `Service-Notice` header on every answer of the gateway's API while a notice is in force. */
@Injectable()
export class ServiceNoticeInterceptor implements NestInterceptor {
  constructor(private readonly notices: ServiceNotices) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() === 'http') {
      const value = this.notices.header();
      if (value) ctx.switchToHttp().getResponse<FastifyReply>().header('Service-Notice', value);
    }
    return next.handle();
  }
}
