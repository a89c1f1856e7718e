/** What names an error in a log line or a dead letter: its class and code, never its message. */
export function errorCode(e: unknown): string {
  const x = e as { name?: string; code?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = x?.code ?? x?.driverError?.code;
  return `${x?.name ?? typeof e}${typeof code === 'string' || typeof code === 'number' ? ` ${code}` : ''}`;
}
