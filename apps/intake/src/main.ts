import 'reflect-metadata';
import { createHttpApp, listen } from '@passerelle/http';
import { IntakeModule } from './app.module';

const http = { name: 'intake', defaultPort: 3003 };

createHttpApp(IntakeModule, http)
  .then((app) => listen(app, http))
  .then((url) => process.stdout.write(`intake listening on ${url}\n`))
  .catch((e) => {
    process.stderr.write(`intake failed to start: ${(e as Error).stack}\n`);
    process.exit(1);
  });
