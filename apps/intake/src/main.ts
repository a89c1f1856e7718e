import 'reflect-metadata';
import { createHttpApp, listen } from '@passerelle/http';
import { IntakeModule } from './app.module';
import { INTAKE_HTTP } from './intake.http';

createHttpApp(IntakeModule, INTAKE_HTTP)
  .then((app) => listen(app, INTAKE_HTTP))
  .then((url) => process.stdout.write(`intake listening on ${url}\n`))
  .catch((e) => {
    process.stderr.write(`intake failed to start: ${(e as Error).stack}\n`);
    process.exit(1);
  });
