import 'reflect-metadata';
import { createHttpApp, listen } from '@passerelle/http';
import { AuditModule } from './app.module';

const http = { name: 'audit', defaultPort: 3004 };

createHttpApp(AuditModule, http)
  .then((app) => listen(app, http))
  .then((url) => process.stdout.write(`audit listening on ${url}\n`))
  .catch((e) => {
    process.stderr.write(`audit failed to start: ${(e as Error).stack}\n`);
    process.exit(1);
  });
