import 'reflect-metadata';
import { createHttpApp, listen } from '@passerelle/http';
import { RouterModule } from './app.module';
import { ROUTER_HTTP as http } from './router.http';

createHttpApp(RouterModule, http)
  .then((app) => listen(app, http))
  .then((url) => process.stdout.write(`router listening on ${url}\n`))
  .catch((e) => {
    process.stderr.write(`router failed to start: ${(e as Error).stack}\n`);
    process.exit(1);
  });
