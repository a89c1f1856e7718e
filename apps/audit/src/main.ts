import 'reflect-metadata';
import { createHttpApp, listen } from '@passerelle/http';
import { AuditModule } from './app.module';
import { AUDIT_HTTP } from './audit.http';

createHttpApp(AuditModule, AUDIT_HTTP)
  .then((app) => listen(app, AUDIT_HTTP))
  .then((url) => process.stdout.write(`audit listening on ${url}\n`))
  .catch((e) => {
    process.stderr.write(`audit failed to start: ${(e as Error).stack}\n`);
    process.exit(1);
  });
