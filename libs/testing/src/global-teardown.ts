import type { Started } from './infra';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __passerelleInfra?: Started[] }).__passerelleInfra ?? [];
  for (const s of started.reverse()) await s.stop();
}
