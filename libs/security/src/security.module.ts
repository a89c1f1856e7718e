import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard } from './auth';
import { PrincipalsRepository } from './principals.repository';

@Global()
@Module({
  providers: [PrincipalsRepository, { provide: APP_GUARD, useClass: ApiKeyGuard }],
  exports: [PrincipalsRepository],
})
export class SecurityModule {}
