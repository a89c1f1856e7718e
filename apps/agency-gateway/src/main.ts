import 'reflect-metadata';
import { createHttpApp, listen } from '@passerelle/http';
import { GatewayModule } from './app.module';

const http = { name: 'agency-gateway', defaultPort: 3001, bodyLimitBytes: 2 * 1024 * 1024 };

createHttpApp(GatewayModule, http)
  .then((app) => listen(app, http))
  .then((url) => process.stdout.write(`agency-gateway listening on ${url}\n`))
  .catch((e) => {
    process.stderr.write(`agency-gateway failed to start: ${(e as Error).stack}\n`);
    process.exit(1);
  });
