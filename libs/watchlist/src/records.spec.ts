import { parseRecords, parseRecordsCsv, RecordsFormatError } from './records';

describe('agency records files', () => {
  it('reads CSV with quoted fields, both document forms and line numbers', () => {
    const csv = [
      'ref,familyName,givenNames,birthDate,documentType,documentNumber,documentCountry,documents',
      'R1,"De Proef, jr",Lena,1990-04-12,passport,EM 123 456,be,',
      'R2,Иванов,Сергей,1985-01-02,,,,"identity-card:BE:591-12;passport:RU:75 1234567"',
      '',
      'R3,Peeters,,,,,,',
    ].join('\r\n');
    const records = parseRecordsCsv(csv);
    expect(records.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(records[0]).toEqual({
      line: 2,
      ref: 'R1',
      person: {
        familyName: 'De Proef, jr',
        givenNames: 'Lena',
        birthDate: '1990-04-12',
        documents: [{ type: 'passport', number: 'EM 123 456', issuingCountry: 'BE' }],
      },
    });
    expect(records[1].person.documents).toEqual([
      { type: 'identity-card', issuingCountry: 'BE', number: '591-12' },
      { type: 'passport', issuingCountry: 'RU', number: '75 1234567' },
    ]);
    expect(records[2].person).toEqual({ familyName: 'Peeters', givenNames: undefined, birthDate: undefined, documents: [] });
  });

  it('reads JSON arrays of persons', () => {
    const json = JSON.stringify([
      { familyName: 'A', birthDate: '2000-01-01' },
      { familyName: 'B', documents: [{ type: 'passport', number: 'X1', issuingCountry: 'BE' }], ref: 'r' },
    ]);
    const records = parseRecords('export.json', json);
    expect(records.map((r) => [r.line, r.ref])).toEqual([
      [1, undefined],
      [2, 'r'],
    ]);
  });

  it('refuses what it cannot read, with the line', () => {
    expect(() => parseRecordsCsv('givenNames\nx')).toThrow(RecordsFormatError);
    expect(() => parseRecordsCsv('familyName,birthDate\nA,12/04/1990')).toThrow(/line 2: birthDate/);
    expect(() => parseRecordsCsv('familyName,documentNumber\nA,123')).toThrow(/line 2: a document number needs/);
    expect(() => parseRecords('x.json', '{"familyName":"A"}')).toThrow(/must be an array/);
  });
});
