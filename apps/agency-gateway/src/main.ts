import 'reflect-metadata';
import { createHttpApp, listen } from '@passerelle/http';
import { GatewayModule } from './app.module';
import { GATEWAY_HTTP } from './gateway.http';

createHttpApp(GatewayModule, GATEWAY_HTTP)
  .then((app) => listen(app, GATEWAY_HTTP))
  .then((url) => process.stdout.write(`agency-gateway listening on ${url}\n`))
  .catch((e) => {
    process.stderr.write(`agency-gateway failed to start: ${(e as Error).stack}\n`);
    process.exit(1);
  });
