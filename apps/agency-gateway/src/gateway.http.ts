import { HttpAppOptions, serveOpenApi } from '@passerelle/http';
import { gatewayConsumers } from './feedback/feedback.consumer';
import { openApiDocument } from './openapi';

/** The gateway's HTTP settings, used by main.ts and by the end-to-end tests alike. */
export const GATEWAY_HTTP: HttpAppOptions = {
  name: 'agency-gateway',
  defaultPort: 3001,
  // A batch of 500 full signals fits; anything larger is a 413.
  bodyLimitBytes: Number(process.env.GATEWAY_BODY_LIMIT_BYTES ?? 5 * 1024 * 1024),
  // Per principal (default 600 a minute); read when the app is built.
  rateLimitEnv: 'GATEWAY_RATE_LIMIT_PER_MINUTE',
  configure: (app) => serveOpenApi(app, openApiDocument(app)),
  consumers: gatewayConsumers,
};
