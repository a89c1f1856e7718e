import { Module } from '@nestjs/common';
import { DENIED_ATTEMPT_SINK } from '@passerelle/security';
import { AlertsModule } from '../alerts/alerts.module';
import { FeedsModule } from '../feeds/feeds.module';
import { OutboxModule } from '../outbox/outbox.module';
import { WatchlistsModule } from '../watchlists/watchlists.module';
import { AccessRecorder } from './access-recorder';
import { AnalystReadsUseCase } from './analyst-reads.usecase';
import { AssessSignalUseCase } from './assess-signal.usecase';
import { FeedsController } from './feeds.controller';
import { ReleaseEmbargoUseCase } from './release-embargo.usecase';
import { SignalsController } from './signals.controller';
import { SignalsRepository } from './signals.repository';

/** Analysts' reads (feeds, signals, dossiers), assessments and embargo releases, every read recorded (AccessRecorder). */
@Module({
  imports: [OutboxModule, FeedsModule, WatchlistsModule, AlertsModule],
  controllers: [FeedsController, SignalsController],
  providers: [
    SignalsRepository,
    AccessRecorder,
    AnalystReadsUseCase,
    AssessSignalUseCase,
    ReleaseEmbargoUseCase,
    // Refused attempts at the edge go out as access records, through the outbox like reads.
    { provide: DENIED_ATTEMPT_SINK, useExisting: AccessRecorder },
  ],
  exports: [SignalsRepository, AccessRecorder, AnalystReadsUseCase],
})
export class SignalsModule {}
