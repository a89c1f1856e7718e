import { envInt } from '@passerelle/contracts';
import { HttpAppOptions, serveOpenApi } from '@passerelle/http';
import { ConsumerGroup } from '@passerelle/messaging';
import { alertNoticesGroup } from './alerts/alert-notices.consumer';
import { feedbackGroup } from './feedback/feedback.consumer';
import { productsGroup } from './products/products.consumer';
import { gatewayErasuresGroup } from './retention/erasures.consumer';
import { openApiDocument } from './openapi';

/**
 * The gateway's consumer groups, each declared beside its handler: the agencies' feedback, approved
 * erasures, OCAM's products (issue 28) and alerts to the agencies' permanence cells.
 */
export const gatewayConsumers = (): ConsumerGroup[] => [feedbackGroup, gatewayErasuresGroup, productsGroup, alertNoticesGroup];

/** The gateway's HTTP settings, used by main.ts and by the end-to-end tests alike. */
export const GATEWAY_HTTP: HttpAppOptions = {
  name: 'agency-gateway',
  defaultPort: 3001,
  // A batch of 500 full signals fits; anything larger is a 413. Read when the app is built (a getter:
  // a wrong value stops that start, naming the variable, rather than the import of this file).
  get bodyLimitBytes() {
    return envInt(process.env, 'GATEWAY_BODY_LIMIT_BYTES', 5 * 1024 * 1024, { min: 1024, max: 1024 * 1024 * 1024 });
  },
  // Per principal (default 600 a minute); read when the app is built.
  rateLimitEnv: 'GATEWAY_RATE_LIMIT_PER_MINUTE',
  configure: (app) => serveOpenApi(app, openApiDocument(app)),
  consumers: gatewayConsumers,
};
