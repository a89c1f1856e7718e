import { Module } from '@nestjs/common';
import { HEALTH_PROBE } from '@passerelle/http';
import { OutboxModule } from '../outbox/outbox.module';
import { AcknowledgeAlertUseCase } from './acknowledge-alert.usecase';
import { AlertAcknowledgementsConsumer } from './alert-acknowledgements.consumer';
import { AlertDispatcher } from './alert-dispatcher';
import { AlertLedger } from './alert-ledger';
import { AlertsController } from './alerts.controller';
import { AlertsRepository } from './alerts.repository';
import { RecordGatewayAcknowledgementsUseCase } from './record-gateway-acknowledgements.usecase';

/** Alerts to the permanence cells' POCs: raised, dispatched, escalated and acknowledged (here or at a gateway). */
@Module({
  imports: [OutboxModule],
  controllers: [AlertsController, AlertAcknowledgementsConsumer],
  providers: [
    AlertsRepository,
    AlertDispatcher,
    AlertLedger,
    AcknowledgeAlertUseCase,
    RecordGatewayAcknowledgementsUseCase,
    // /health shows parked alert deliveries as degraded.
    {
      provide: HEALTH_PROBE,
      useFactory: (d: AlertDispatcher) => ({
        name: 'alerts',
        probe: async () => {
          const parked = await d.parked();
          const n = Object.values(parked).reduce((a, b) => a + b, 0);
          return n ? { state: 'degraded', parked } : { state: 'ok' };
        },
      }),
      inject: [AlertDispatcher],
    },
  ],
  exports: [AlertsRepository, AlertDispatcher],
})
export class AlertsModule {}
