import { HttpAppOptions } from '@passerelle/http';
import { ConsumerGroup } from '@passerelle/messaging';
import { routerErasuresGroup } from './retention/erasures.consumer';
import { routerGroup } from './routing/submissions.consumer';

/** The router's consumer groups, each declared beside its handler: submissions, and approved erasures. */
export const routerConsumers = (): ConsumerGroup[] => [routerGroup, routerErasuresGroup];

/** The router's HTTP settings (health and metrics only), used by main.ts and by the tests alike. */
export const ROUTER_HTTP: HttpAppOptions = {
  name: 'router',
  defaultPort: 3002,
  consumers: routerConsumers,
};
