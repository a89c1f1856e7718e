import 'reflect-metadata';
import { envPort } from '@passerelle/contracts';
import { CONSOLE_DEFAULT_PORT, consoleConfigFromEnv } from './config';
import { createConsoleApp } from './console.http';

// The settings are read inside the chain: a wrong one is reported as a failed start, naming it.
Promise.resolve()
  .then(() => createConsoleApp(consoleConfigFromEnv()))
  .then(async (app) => {
    await app.listen(envPort(process.env, 'PORT', CONSOLE_DEFAULT_PORT), process.env.HOST || '127.0.0.1');
    return app.getUrl();
  })
  .then((url) => process.stdout.write(`console listening on ${url}\n`))
  .catch((e) => {
    process.stderr.write(`console failed to start: ${(e as Error).stack}\n`);
    process.exit(1);
  });
