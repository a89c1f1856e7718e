import { Controller, Get } from '@nestjs/common';
import { NoSession } from './session/session.guard';

/** Liveness of the console itself; the APIs have health endpoints of their own. */
@Controller('health')
export class HealthController {
  @Get()
  @NoSession()
  health() {
    return { status: 'ok' };
  }
}
