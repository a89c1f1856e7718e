import { Module } from '@nestjs/common';
import { KeyHandoversRepository, PrincipalRequestsRepository } from '@passerelle/security';
import { OutboxModule } from '../outbox/outbox.module';
import { PrincipalAdmin } from './principal-admin';

/** What every principal change shares (rules, audit events, two-person requests): for admin, watchlists and briefings. */
@Module({
  imports: [OutboxModule],
  providers: [PrincipalAdmin, PrincipalRequestsRepository, KeyHandoversRepository],
  exports: [PrincipalAdmin, PrincipalRequestsRepository, KeyHandoversRepository],
})
export class PrincipalAdminModule {}
