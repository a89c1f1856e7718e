import 'reflect-metadata';
import { CONSOLE_DEFAULT_PORT, consoleConfigFromEnv } from './config';
import { createConsoleApp } from './console.http';

const config = consoleConfigFromEnv();
createConsoleApp(config)
  .then(async (app) => {
    await app.listen(Number(process.env.PORT ?? CONSOLE_DEFAULT_PORT), process.env.HOST ?? '127.0.0.1');
    return app.getUrl();
  })
  .then((url) => process.stdout.write(`console listening on ${url}\n`))
  .catch((e) => {
    process.stderr.write(`console failed to start: ${(e as Error).stack}\n`);
    process.exit(1);
  });
