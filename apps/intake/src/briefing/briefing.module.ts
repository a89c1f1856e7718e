import { Module } from '@nestjs/common';
import { BriefingsRepository } from '@passerelle/security';
import { PrincipalAdminModule } from '../admin/principal-admin.module';
import { AcknowledgeBriefingUseCase } from './acknowledge-briefing.usecase';
import { BriefingController, BriefingsAdminController } from './briefing.controller';
import { PublishBriefingUseCase } from './publish-briefing.usecase';
import { ReadBriefingUseCase } from './read-briefing.usecase';

/** The briefing principals read and acknowledge, and its versions published by security officers. */
@Module({
  imports: [PrincipalAdminModule],
  controllers: [BriefingController, BriefingsAdminController],
  providers: [BriefingsRepository, ReadBriefingUseCase, AcknowledgeBriefingUseCase, PublishBriefingUseCase],
})
export class BriefingModule {}
