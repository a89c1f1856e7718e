import { Module } from '@nestjs/common';
import { SignalsModule } from '../signals/signals.module';
import { MispExportUseCase } from './misp-export.usecase';
import { MispController } from './misp.controller';

/** The feeds as MISP events, read like the analyst API. */
@Module({
  imports: [SignalsModule],
  controllers: [MispController],
  providers: [MispExportUseCase],
})
export class MispModule {}
