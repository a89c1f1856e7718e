import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { failureCode } from './alerts.repository';

describe('failureCode', () => {
  it('names a timed-out fetch `timeout` (a DOMException whose numeric code says nothing)', async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const e = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
        method: 'POST',
        body: '{}',
        signal: AbortSignal.timeout(50),
      }).catch((x: unknown) => x);
      expect(failureCode(e)).toBe('timeout');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('names a refused connection by its system code', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const e = await fetch(`http://127.0.0.1:${port}/`).catch((x: unknown) => x);
    expect(failureCode(e)).toBe('econnrefused');
  });

  it('keeps string codes, and says `error` for what names nothing', () => {
    expect(failureCode(Object.assign(new Error('x'), { code: 'http-500' }))).toBe('http-500');
    expect(failureCode(Object.assign(new Error('x'), { code: 'ETIMEDOUT' }))).toBe('etimedout');
    expect(failureCode(new DOMException('aborted', 'AbortError'))).toBe('timeout');
    expect(failureCode(undefined)).toBe('error');
    expect(failureCode({ code: 42 })).toBe('error');
  });
});
