import { upstreamTarget } from './upstream-path';

describe('the console proxy judges a path by what it means, then forwards it rebuilt', () => {
  it.each([
    ['/api/intake/v1/me', 'intake', '/v1/me'],
    ['/api/%69ntake/v1/me', 'intake', '/v1/me'],
    ['/api/gateway/v1/signals?limit=5&cursor=a%2Fb', 'gateway', '/v1/signals?limit=5&cursor=a%2Fb'],
    ['/api/audit/v1/audit/trail/6f1c1a2e-0000-4000-8000-000000000000', 'audit', '/v1/audit/trail/6f1c1a2e-0000-4000-8000-000000000000'],
    ['/api/intake/v1/feeds/ocam/stream', 'intake', '/v1/feeds/ocam/stream'],
    ['/api/intake/v1/signals/x%20y', 'intake', '/v1/signals/x%20y'],
  ])('%s → %s %s', (url, upstream, path) => {
    expect(upstreamTarget(url)).toEqual({ upstream, pathAndQuery: path });
  });

  it.each([
    ['/api/intake/v1/%2e%2e/metrics', 404],
    ['/api/intake/v1/%2E%2E/health', 404],
    ['/api/intake/v1/./me', 404],
    ['/api/intake/v1/signals/..%2f..%2fmetrics', 404],
    ['/api/intake/v1/a%5c..%5cmetrics', 404],
    ['/api/intake/v1//metrics', 404],
    ['/api/intake/v1/', 404],
    ['/api/intake/v2/me', 404],
    ['/api/intake/%76%31/../metrics', 404],
    ['/api/metrics/v1/me', 404],
    ['/api/intake/v1/%zz', 400],
    ['/api/intake/v1/a%00b', 404],
  ])('%s is refused (%d)', (url, status) => {
    expect(upstreamTarget(url)).toMatchObject({ status });
  });
});
