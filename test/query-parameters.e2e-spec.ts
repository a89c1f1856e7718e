import { collectionId } from '../apps/intake/src/taxii/stix-mapping';
import { request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Every query parameter of the gateway, the intake and the audit, given twice (`?status=a&status=b`):
 * Fastify's parser makes a repeated key an array, which code written for one string turned into a
 * 500 where a parameter was typed `unknown`, and elsewhere was silently joined (`a,b`: Nest's pipe
 * makes a string of it) or refused without naming the key. Each is now a 400 problem naming the
 * parameter, from the one global pipe (libs/http repeatedQueryKeys), never a 500 (attack review, issue 24).
 */
jest.setTimeout(3 * 60_000);

type App = 'agency-gateway' | 'intake' | 'audit';

/** [app, principal, path with the parameter given twice, the parameter] */
const CASES: [App, string, string, string][] = [
  ['agency-gateway', 'poc', '/v1/feedback?status=assessed&status=rejected', 'status'],
  ['agency-gateway', 'poc', '/v1/feedback?cursor=a&cursor=b', 'cursor'],
  ['agency-gateway', 'poc', '/v1/feedback?limit=1&limit=2', 'limit'],
  ['agency-gateway', 'poc', '/v1/feedback?order=asc&order=desc', 'order'],
  ['agency-gateway', 'poc', '/v1/feedback?questions=open&questions=open', 'questions'],
  ['agency-gateway', 'poc', '/v1/signals?cursor=a&cursor=b', 'cursor'],
  ['agency-gateway', 'poc', '/v1/signals?limit=1&limit=2', 'limit'],
  ['agency-gateway', 'poc', '/v1/drafts?status=pending&status=returned', 'status'],
  ['agency-gateway', 'poc', '/v1/drafts?limit=1&limit=2', 'limit'],
  ['agency-gateway', 'poc', '/v1/products?month=2026-01&month=2026-02', 'month'],
  ['agency-gateway', 'poc', '/v1/products?cursor=a&cursor=b', 'cursor'],
  ['agency-gateway', 'poc', '/v1/products?limit=1&limit=2', 'limit'],
  ['agency-gateway', 'poc', '/v1/products/stream?cursor=a&cursor=b', 'cursor'],
  ['intake', 'analyst', '/v1/products/overdue?mine=true&mine=false', 'mine'],
  ['intake', 'analyst', '/v1/feeds/ocam/signals?cursor=a&cursor=b', 'cursor'],
  ['intake', 'analyst', '/v1/feeds/ocam/signals?order=asc&order=desc', 'order'],
  ['intake', 'analyst', '/v1/feeds/ocam/stream?from=now&from=now', 'from'],
  ['intake', 'analyst', `/taxii2/passerelle/collections/${collectionId('ocam')}/objects?limit=1&limit=2`, 'limit'],
  ['intake', 'analyst', `/taxii2/passerelle/collections/${collectionId('ocam')}/manifest?match[type]=a&match[type]=b`, 'match[type]'],
  ['intake', 'analyst', '/v1/stats/dissemination?format=json&format=csv', 'format'],
  ['intake', 'oversight', '/v1/stats?agency=customs&agency=mobility', 'agency'],
  ['intake', 'officer', '/v1/admin/principals?expiringWithinDays=1&expiringWithinDays=2', 'expiringWithinDays'],
  ['intake', 'officer', '/v1/admin/requests?status=pending&status=approved', 'status'],
  ['intake', 'officer', '/v1/admin/erasures?status=pending&status=approved', 'status'],
  ['audit', 'officer', '/v1/reviews/access?from=2026-01-01&from=2026-01-02&to=2026-02-01', 'from'],
  ['audit', 'officer', '/v1/reviews/clearance?from=2026-01-01&to=2026-02-01&format=json&format=csv', 'format'],
  ['audit', 'officer', '/v1/register?kind=signal&kind=product', 'kind'],
  ['audit', 'oversight', '/v1/audit/reviews?kind=access&kind=access', 'kind'],
  ['audit', 'oversight', '/v1/audit/events?agency=customs&agency=mobility', 'agency'],
  ['audit', 'oversight', '/v1/audit/verify?from=1&from=2', 'from'],
  ['audit', 'oversight', '/v1/audit/export?to=1&to=2', 'to'],
  ['audit', 'oversight', '/v1/audit/checkpoints?cursor=0&cursor=1', 'cursor'],
];

describe('a repeated query key', () => {
  let sys: RunningSystem;

  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'poc', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'analyst', role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
        { name: 'oversight', role: 'oversight', clearance: 'confidential' },
        { name: 'officer', role: 'security-officer', clearance: 'confidential' },
      ],
      ['agency-gateway', 'intake', 'audit'],
    );
  });
  afterAll(async () => {
    await sys?.close();
  });

  it.each(CASES)('%s %s GET %s is a 400 naming %s', async (app, who, path, name) => {
    const res = await request(sys.urls[app], 'GET', path, {
      key: sys.keys[who],
      headers: { accept: path.startsWith('/taxii2') ? 'application/taxii+json;version=2.1' : 'application/json' },
    });
    expect({ path, status: res.status }).toEqual({ path, status: 400 });
    if (path.startsWith('/taxii2')) {
      // TAXII's own error message (its media type), made from the same problem.
      expect(res.headers.get('content-type')).toContain('application/taxii+json');
      expect(JSON.stringify(res.body)).toContain(`${name}: must be given once`);
      return;
    }
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      type: 'urn:passerelle:problem:validation',
      status: 400,
      errors: [expect.objectContaining({ path: name, code: 'repeated-parameter' })],
    });
  });

  it('the same key once is answered as before (not refused by the check)', async () => {
    const once = await request(sys.urls['agency-gateway'], 'GET', '/v1/feedback?status=assessed,rejected&limit=5', { key: sys.keys.poc });
    expect(once.status).toBe(200);
    const dutch = await request(sys.urls['agency-gateway'], 'GET', '/v1/feedback?status=a&status=b', {
      key: sys.keys.poc,
      headers: { 'accept-language': 'nl' },
    });
    expect(dutch.status).toBe(400);
    expect(JSON.stringify(dutch.body)).toContain('mag maar één keer gegeven worden');
  });
});
