import { INestApplication } from '@nestjs/common';
import { OpenAPIObject } from '@nestjs/swagger';
import { ConsumerGroup } from '@passerelle/messaging';
import { feedsGroup } from './feeds/feeds.consumer';
import { productReceiptsGroup } from './products/product-receipts.consumer';
import { intakeFlowGroup } from './stats/flow.consumer';
import { HttpAppOptions, openApiDocument, serveOpenApi } from '@passerelle/http';
import { installTaxiiErrors } from './taxii/taxii-errors';

/** The intake's OpenAPI document (analysts, oversight statistics, principals administration). */
export function intakeOpenApi(app: INestApplication): OpenAPIObject {
  return openApiDocument(app, {
    title: 'Passerelle intake',
    description:
      'Analyst feeds, signals, dossiers and assessments (role analyst), flow statistics (role oversight) and principals ' +
      'administration (role security-officer). Only what the caller may read is ever shown; every read of content is audited.',
    keyHolder: 'API key of an analyst, oversight or security-officer principal',
  });
}

/**
 * The intake's consumer groups, each declared beside its handlers (whichever feature module holds
 * them): its feeds, the flow figures (with the gateways' alert acknowledgements), and the agencies'
 * reads and acknowledgements of OCAM's products (issue 28).
 */
export const intakeConsumers = (): ConsumerGroup[] => [feedsGroup, intakeFlowGroup, productReceiptsGroup];

/** The intake's HTTP settings, used by main.ts and by the end-to-end tests alike. */
export const INTAKE_HTTP: HttpAppOptions = {
  name: 'intake',
  defaultPort: 3003,
  // Per principal (default 600 a minute); read when the app is built.
  rateLimitEnv: 'INTAKE_RATE_LIMIT_PER_MINUTE',
  configure: (app) => {
    serveOpenApi(app, intakeOpenApi(app));
    installTaxiiErrors(app);
  },
  // TAXII's URLs end with a slash (docs/interoperability.md).
  ignoreTrailingSlash: true,
  consumers: intakeConsumers,
};
