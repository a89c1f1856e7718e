import { acceptsTaxii } from './taxii.controller';

describe('TAXII Accept', () => {
  it('takes application/taxii+json of version 2.1 or of no version, alone or among others', () => {
    for (const a of [
      'application/taxii+json;version=2.1',
      'application/taxii+json; version=2.1',
      'application/taxii+json',
      'application/json, application/taxii+json;version=2.1;q=0.9',
    ]) {
      expect([a, acceptsTaxii(a)]).toEqual([a, true]);
    }
  });

  it('refuses anything else: none, */*, JSON, STIX, another TAXII version', () => {
    for (const a of [undefined, '', '*/*', 'application/json', 'application/stix+json;version=2.1', 'application/taxii+json;version=2.0']) {
      expect([a, acceptsTaxii(a)]).toEqual([a, false]);
    }
  });
});
