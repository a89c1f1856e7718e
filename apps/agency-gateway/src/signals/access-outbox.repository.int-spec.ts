import { describeOutboxStore } from '@passerelle/testing';
import { GatewayAccessOutboxRepository } from './access-outbox.repository';

// The gateway's access-record lane, to what every SQL outbox must do (libs/testing outbox-store.ts).
// Its enqueue writes on its own (the reads it records change nothing to join).
describeOutboxStore({
  table: 'gateway.access_outbox',
  source: 'passerelle/agency-gateway',
  make: (ds) => new GatewayAccessOutboxRepository(ds),
  enqueue: (store, events) => (store as GatewayAccessOutboxRepository).enqueue(events),
  joinsTransaction: false,
});
