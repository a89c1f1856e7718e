import { expandQuotas, loadQuotaFile } from './quotas';

describe('client quotas as data', () => {
  it('every agency user gets the agency quota; a user entry overrides it', () => {
    const q = expandQuotas(
      { agency: { producer_byte_rate: 100, request_percentage: 10 }, users: { 'agency-customs': { producer_byte_rate: 200 } } },
      ['agency-customs', 'agency-mobility'],
    );
    expect(Object.fromEntries(q)).toEqual({
      'agency-customs': { producer_byte_rate: 200, request_percentage: 10 },
      'agency-mobility': { producer_byte_rate: 100, request_percentage: 10 },
    });
  });

  it('refuses what is not a quota', () => {
    expect(() => expandQuotas({ agency: { producer_byte_rate: -1 } }, ['agency-x'])).toThrow(/not a quota/);
    expect(() => expandQuotas({ agency: { 'retention.ms': 5 } }, ['agency-x'])).toThrow(/not a quota/);
  });

  it('the shipped file bounds what an agency produces', () => {
    expect(loadQuotaFile().agency.producer_byte_rate).toBeGreaterThan(0);
  });
});
