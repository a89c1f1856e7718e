import { LedgerFacts } from './ledger-entry';
import { factsOnly } from './ledger-facts';

const MARK = 'Jane Roe born 1980-01-01 passport EM1234567';

const entry = (o: Partial<LedgerFacts>): LedgerFacts => ({
  eventId: 'e-1',
  occurredAt: null,
  actor: 'service:router',
  action: 'signal.rejected',
  agency: 'customs',
  signalId: null,
  correlationId: null,
  traceId: null,
  sourceTopic: 'signals.rejected.v1',
  sourcePartition: 0,
  sourceOffset: '1',
  payloadDigest: '0'.repeat(64),
  details: {},
  ...o,
});

describe('the ledger records facts only', () => {
  it('keeps allow-listed fields of their fact type', () => {
    const details = {
      verdict: 'new',
      ruleId: 'default-ocam',
      ruleVersion: 3,
      destinations: ['ocam'],
      matchedKey: { type: 'person', digest: 'ab'.repeat(16) },
      reasons: [{ path: 'subjects[0].familyName', reason: 'is-string' }],
      byStatus: { '401': 3 },
      byEndpoint: { 'GET /v1/signals/{id}': 2, other: 1 },
      removed: { 'router.signals': 1 },
    };
    const { facts, refused } = factsOnly(entry({ details }));
    expect(refused).toBe(0);
    expect(facts.details).toEqual(details);
  });

  it('refuses a string that is not on the allow list or not of its type, anywhere, and says only how many', () => {
    const { facts, refused } = factsOnly(
      entry({
        actor: `agency:${MARK}`,
        agency: MARK,
        signalId: MARK,
        eventId: MARK,
        details: {
          reasons: [{ path: 'category', reason: `category '${MARK}' is not in taxonomy` }],
          question: MARK,
          claimedAgency: MARK,
          [MARK]: 1,
          matchedKey: { type: 'person', digest: MARK },
          byEndpoint: { [`GET /v1/signals/${MARK}`]: 1 },
          attributes: { role: 'poc', reason: MARK },
        },
      }),
    );
    expect(JSON.stringify(facts)).not.toMatch(/Jane|Roe|EM1234567|1980/);
    expect(refused).toBeGreaterThanOrEqual(10);
    expect(facts.details.refusedFields).toBe(refused);
    expect(facts).toMatchObject({
      actor: 'unknown',
      agency: null,
      signalId: null,
      eventId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    expect(facts.details).toMatchObject({ reasons: [{ path: 'category' }], attributes: { role: 'poc' }, matchedKey: { type: 'person' } });
  });

  it("keeps an oversight query's range: instants for the events, seqs for verify and export, nothing else", () => {
    const query = (q: Record<string, unknown>) =>
      factsOnly(entry({ action: 'oversight.query', details: { endpoint: 'GET /v1/audit/verify', query: q } }));
    expect(query({ from: '5', to: '12' })).toMatchObject({ refused: 0, facts: { details: { query: { from: '5', to: '12' } } } });
    expect(query({ from: '2026-11-30T10:00:00Z', to: '2026-12-01' }).refused).toBe(0);
    const { facts, refused } = query({ from: MARK, to: '5 or so' });
    expect(refused).toBe(2);
    expect(facts.details.query).toEqual({});
  });
});
