import { Controller, Get } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import { Public, PUBLIC_ROUTE } from '@passerelle/security';
import { edgeSettings, recordableId, timeoutOptions } from './edge';

describe('edge settings', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('defaults, and the app’s own rate-limit variable over the common one', () => {
    delete process.env.HTTP_RATE_LIMIT_PER_MINUTE;
    delete process.env.INTAKE_RATE_LIMIT_PER_MINUTE;
    expect(edgeSettings({})).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 60_000,
      keepAliveTimeoutMs: 5_000,
      idleTimeoutMs: 300_000,
      perPrincipalPerMinute: 600,
      perAddressPerMinute: 120,
    });
    process.env.HTTP_RATE_LIMIT_PER_MINUTE = '50';
    expect(edgeSettings({ rateLimitEnv: 'INTAKE_RATE_LIMIT_PER_MINUTE' }).perPrincipalPerMinute).toBe(50);
    process.env.INTAKE_RATE_LIMIT_PER_MINUTE = '7';
    expect(edgeSettings({ rateLimitEnv: 'INTAKE_RATE_LIMIT_PER_MINUTE' }).perPrincipalPerMinute).toBe(7);
    expect(edgeSettings({ rateLimitEnv: 'INTAKE_RATE_LIMIT_PER_MINUTE', rateLimitPerMinute: 3 }).perPrincipalPerMinute).toBe(3);
  });

  it('refuses values that are not positive integers, and headers allowed longer than the request', () => {
    process.env.HTTP_REQUEST_TIMEOUT_MS = '1e3x';
    expect(() => edgeSettings({})).toThrow(/HTTP_REQUEST_TIMEOUT_MS must be an integer of at least 1; it is /);
    process.env.HTTP_REQUEST_TIMEOUT_MS = '1000';
    process.env.HTTP_HEADERS_TIMEOUT_MS = '2000';
    expect(() => edgeSettings({})).toThrow(/must not exceed HTTP_REQUEST_TIMEOUT_MS/);
  });

  it("gives Node's server the timeouts, checked often enough to be enforced near their value", () => {
    process.env.HTTP_HEADERS_TIMEOUT_MS = '500';
    process.env.HTTP_REQUEST_TIMEOUT_MS = '1000';
    expect(timeoutOptions(edgeSettings({}))).toMatchObject({
      requestTimeout: 1000,
      http: { headersTimeout: 500, requestTimeout: 1000, connectionsCheckingInterval: 125 },
    });
  });
});

describe('what a record may hold of an id from the path', () => {
  it('ids and codes as they are, anything else as a digest', () => {
    expect(recordableId('0b6f4a57-52a6-4d8e-9d3f-2f5b8f0c1a11')).toBe('0b6f4a57-52a6-4d8e-9d3f-2f5b8f0c1a11');
    expect(recordableId('ocam')).toBe('ocam');
    expect(recordableId('Jean Dupont 1970-01-01')).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(recordableId('x'.repeat(101))).toMatch(/^sha256:/);
    expect(recordableId('')).toBeNull();
  });
});

describe('@Public()', () => {
  it('marks the route public in its Fastify config too, on a handler or on every handler of a class', () => {
    @Controller('a')
    class OnHandler {
      @Get() @Public() open() {}
      @Get('b') closed() {}
    }
    @Public()
    @Controller('c')
    class OnClass {
      @Get() one() {}
    }
    const config = (f: unknown) => Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, f as object);
    expect(config(OnHandler.prototype.open)).toEqual({ [PUBLIC_ROUTE]: true });
    expect(config(OnHandler.prototype.closed)).toBeUndefined();
    expect(config(OnClass.prototype.one)).toEqual({ [PUBLIC_ROUTE]: true });
  });
});
