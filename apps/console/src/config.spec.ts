import { consoleConfigFromEnv } from './config';

describe("the console's settings", () => {
  it('defaults when unset', () => {
    expect(consoleConfigFromEnv({})).toEqual({
      upstreams: { gateway: 'http://127.0.0.1:3001', intake: 'http://127.0.0.1:3003', audit: 'http://127.0.0.1:3004' },
      idleTimeoutMs: 15 * 60_000,
      maxAgeMs: 8 * 3_600_000,
      secureCookie: false,
      maxSessions: 1000,
      maxSessionsPerPrincipal: 5,
      signInPerAddressPerMinute: 20,
      signInPerKeyPerMinute: 10,
      streamCheckMs: 5000,
    });
  });

  it.each([
    [{ CONSOLE_IDLE_MINUTES: '0.05' }, { idleTimeoutMs: 3000 }],
    [{ CONSOLE_SESSION_MAX_HOURS: '1' }, { maxAgeMs: 3_600_000 }],
    [{ CONSOLE_SECURE_COOKIE: 'true' }, { secureCookie: true }],
    [{ CONSOLE_PUBLIC_URL: 'https://console.example' }, { secureCookie: true }],
    [
      { CONSOLE_MAX_SESSIONS: '4', CONSOLE_MAX_SESSIONS_PER_PRINCIPAL: '2' },
      { maxSessions: 4, maxSessionsPerPrincipal: 2 },
    ],
    [
      { GATEWAY_PORT: '4001', INTAKE_URL: 'http://intake.internal:80/' },
      { upstreams: { gateway: 'http://127.0.0.1:4001', intake: 'http://intake.internal:80', audit: 'http://127.0.0.1:3004' } },
    ],
    [{ CONSOLE_STREAM_CHECK_MS: '200' }, { streamCheckMs: 200 }],
  ])('reads %j', (env, expected) => {
    expect(consoleConfigFromEnv(env)).toMatchObject(expected);
  });

  // Each of these used to give the default without a word.
  it.each([
    ['CONSOLE_IDLE_MINUTES', 'fifteen', 'CONSOLE_IDLE_MINUTES must be a number from 0.01 to 1440; it is "fifteen"'],
    ['CONSOLE_IDLE_MINUTES', '0', 'CONSOLE_IDLE_MINUTES must be a number from 0.01 to 1440; it is "0"'],
    ['CONSOLE_SESSION_MAX_HOURS', '-8', 'CONSOLE_SESSION_MAX_HOURS must be a number from 0.01 to 720; it is "-8"'],
    ['CONSOLE_MAX_SESSIONS', '2.5', 'CONSOLE_MAX_SESSIONS must be an integer from 1 to 1000000; it is "2.5"'],
    ['CONSOLE_MAX_SESSIONS_PER_PRINCIPAL', '0', 'CONSOLE_MAX_SESSIONS_PER_PRINCIPAL must be an integer from 1 to 1000; it is "0"'],
    [
      'CONSOLE_SIGN_IN_PER_ADDRESS_PER_MINUTE',
      'lots',
      'CONSOLE_SIGN_IN_PER_ADDRESS_PER_MINUTE must be an integer of at least 1; it is "lots"',
    ],
    ['CONSOLE_SIGN_IN_PER_KEY_PER_MINUTE', '0', 'CONSOLE_SIGN_IN_PER_KEY_PER_MINUTE must be an integer of at least 1; it is "0"'],
    ['CONSOLE_SECURE_COOKIE', 'on', 'CONSOLE_SECURE_COOKIE must be true or false; it is "on"'],
    ['CONSOLE_STREAM_CHECK_MS', '5s', 'CONSOLE_STREAM_CHECK_MS must be an integer of at least 10; it is "5s"'],
    ['GATEWAY_PORT', '70000', 'GATEWAY_PORT must be an integer from 0 to 65535; it is "70000"'],
    ['AUDIT_URL', '127.0.0.1:3004', 'AUDIT_URL must be an http:// or https:// URL; it is "127.0.0.1:3004"'],
  ])('refuses %s=%s naming it', (name, value, message) => {
    expect(() => consoleConfigFromEnv({ [name]: value })).toThrow(message);
  });
});
