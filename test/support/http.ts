import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const examplesDir = join(__dirname, '../../docs/examples/signals');

/** A shipped example signal, with a fresh externalRef unless one is given. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests mutate arbitrary JSON
export function exampleSignal(name: string, externalRef?: string): Record<string, any> {
  const s = JSON.parse(readFileSync(join(examplesDir, `${name}.json`), 'utf8'));
  s.externalRef = externalRef ?? `T-${name}-${Math.random().toString(36).slice(2, 10)}`;
  return s;
}

export interface Reply {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
  body: any;
}

export async function request(
  baseUrl: string,
  method: string,
  path: string,
  opts: { key?: string; body?: unknown; raw?: string | Buffer; contentType?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  let body: string | Buffer | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined) headers['content-type'] = opts.contentType ?? 'application/json';
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: parsed };
}
