import { matchKeys } from './match-keys';

describe('watchlist match keys (the router normalisation)', () => {
  const keysOf = (p: Parameters<typeof matchKeys>[0]) => matchKeys(p).map((k) => `${k.kind}=${k.key}`);

  it('keys a person by each document and by name with birth date', () => {
    expect(
      keysOf({
        familyName: 'De Proef',
        givenNames: 'Lena',
        birthDate: '1990-04-12',
        documents: [{ type: 'passport', number: 'EM 123-456', issuingCountry: 'be' }],
      }),
    ).toEqual(['document=document:passport:BE:EM123456', 'name-birthdate=person:de lena proef:1990-04-12']);
  });

  it('matches Cyrillic and Latin spellings, names in any order and case, documents with separators', () => {
    expect(keysOf({ familyName: 'Иванов', givenNames: 'Сергей', birthDate: '1985-01-02' })).toEqual(
      keysOf({ familyName: 'SERGEY', givenNames: 'ivanov', birthDate: '1985-01-02' }),
    );
    expect(keysOf({ familyName: 'Müller', givenNames: 'Zoë Anna', birthDate: '1970-07-07' })).toEqual(
      keysOf({ familyName: 'Anna Muller', givenNames: 'ZOE', birthDate: '1970-07-07' }),
    );
    expect(keysOf({ familyName: 'x', documents: [{ type: 'passport', number: 'ab 12.34/56', issuingCountry: 'FR' }] })).toEqual(
      keysOf({ familyName: 'y', documents: [{ type: 'passport', number: 'AB123456', issuingCountry: 'fr' }] }),
    );
  });

  it('tells different people apart: another birth date, another name, another document country', () => {
    const base = keysOf({ familyName: 'Peeters', givenNames: 'Jan', birthDate: '1980-01-02' });
    expect(keysOf({ familyName: 'Peeters', givenNames: 'Jan', birthDate: '1980-01-03' })).not.toEqual(base);
    expect(keysOf({ familyName: 'Peters', givenNames: 'Jan', birthDate: '1980-01-02' })).not.toEqual(base);
    expect(keysOf({ familyName: 'x', documents: [{ type: 'passport', number: 'AB1', issuingCountry: 'BE' }] })).not.toEqual(
      keysOf({ familyName: 'x', documents: [{ type: 'passport', number: 'AB1', issuingCountry: 'NL' }] }),
    );
  });

  it('makes no name key without a birth date, nor from a name that normalises to nothing', () => {
    expect(keysOf({ familyName: 'Peeters', givenNames: 'Jan' })).toEqual([]);
    expect(keysOf({ familyName: '--', birthDate: '1980-01-02' })).toEqual([]);
  });

  it('gives one key per distinct document', () => {
    const doc = { type: 'passport', number: 'EM123456', issuingCountry: 'BE' };
    expect(keysOf({ familyName: 'x', documents: [doc, { ...doc, number: 'em-123456' }] })).toHaveLength(1);
  });
});
