import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CataloguesController } from './catalogues/catalogues.controller';
import { CONSOLE_CONFIG, ConsoleConfig } from './config';
import { HealthController } from './health.controller';
import { I18nController } from './i18n/i18n.controller';
import { ProxyController } from './proxy/proxy.controller';
import { UpstreamClient } from './proxy/upstream.client';
import { SessionController } from './session/session.controller';
import { SessionGuard } from './session/session.guard';
import { SignInLimiter } from './session/sign-in-limiter';
import { SessionStore } from './session/session.store';
import { RedeemHandoverUseCase } from './session/redeem-handover.usecase';
import { SignInUseCase } from './session/sign-in.usecase';

/**
 * The web console: static pages, and a thin session layer in front of the APIs. It owns no data
 * and no database: the signed-in principal's key, in memory, for the session's life.
 */
@Module({})
export class ConsoleModule {
  static forRoot(config: ConsoleConfig): DynamicModule {
    return {
      module: ConsoleModule,
      controllers: [HealthController, SessionController, CataloguesController, I18nController, ProxyController],
      providers: [
        { provide: CONSOLE_CONFIG, useValue: config },
        SessionStore,
        UpstreamClient,
        SignInUseCase,
        RedeemHandoverUseCase,
        SignInLimiter,
        { provide: APP_GUARD, useClass: SessionGuard },
      ],
      exports: [SessionStore],
    };
  }
}
