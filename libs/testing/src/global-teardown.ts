import './register-paths';
import type { Started } from './infra';
import { dropDatabasesOfRun } from './harness';

export default async function globalTeardown(): Promise<void> {
  // The run's test databases, left by each file (harness.ts, createTestDatabase), dropped together.
  const t0 = Date.now();
  await dropDatabasesOfRun()
    .then((n) => n && process.stderr.write(`test databases of the run: ${n} dropped in ${Date.now() - t0} ms\n`))
    .catch((e) => process.stderr.write(`dropping the run's test databases: ${String(e)}\n`));
  const started = (globalThis as { __passerelleInfra?: Started[] }).__passerelleInfra ?? [];
  for (const s of started.reverse()) await s.stop();
}
