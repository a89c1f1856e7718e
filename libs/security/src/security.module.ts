import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard } from './auth';
import { DeniedAttemptRecorder } from './denied-attempts';
import { EdgeAuthenticator } from './edge-auth';
import { PrincipalsRepository } from './principals.repository';

@Global()
@Module({
  providers: [PrincipalsRepository, EdgeAuthenticator, DeniedAttemptRecorder, { provide: APP_GUARD, useClass: ApiKeyGuard }],
  exports: [PrincipalsRepository, EdgeAuthenticator, DeniedAttemptRecorder],
})
export class SecurityModule {}
