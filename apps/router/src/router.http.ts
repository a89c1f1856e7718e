import { HttpAppOptions } from '@passerelle/http';
import { routerConsumers } from './routing/submissions.consumer';

/** The router's HTTP settings (health and metrics only), used by main.ts and by the tests alike. */
export const ROUTER_HTTP: HttpAppOptions = {
  name: 'router',
  defaultPort: 3002,
  consumers: routerConsumers,
};
