import { compactId, normalisedPersonName } from './subject-normalisation';
import { contentFingerprint, subjectKeys } from './subject-keys';
import { PersonSubject, SignalSubmission } from './submission';

const person = (p: Partial<PersonSubject>): PersonSubject => ({ kind: 'person', familyName: 'x', ...p }) as PersonSubject;

describe('subject normalisation', () => {
  it('folds case, accents and transliterates names, ignoring token order', () => {
    expect(normalisedPersonName('De Proef', 'Lena')).toBe(normalisedPersonName('PROEF', 'lena de'));
    expect(normalisedPersonName('Müller', 'Zoë')).toBe(normalisedPersonName('MULLER', 'Zoe'));
    expect(normalisedPersonName('Юсуф', 'Ахмед')).toBe(normalisedPersonName('Yusuf', 'Akhmed'));
    expect(normalisedPersonName('Müller', 'Zoë')).not.toBe(normalisedPersonName('Miller', 'Zoe'));
  });

  it('strips separators from document numbers, plates and IBANs', () => {
    expect(compactId('em 123-456')).toBe('EM123456');
    const a = subjectKeys(person({ documents: [{ type: 'passport', number: 'EM 123 456', issuingCountry: 'be' }] }));
    const b = subjectKeys(person({ documents: [{ type: 'passport', number: 'em123456', issuingCountry: 'BE' }] }));
    expect(a).toEqual(b);
    expect(subjectKeys({ kind: 'vehicle', plate: '1-abc-234', registrationCountry: 'BE' })).toEqual(
      subjectKeys({ kind: 'vehicle', plate: '1 ABC 234', registrationCountry: 'BE' }),
    );
    expect(subjectKeys({ kind: 'iban', iban: 'BE71 0961 2345 6769' })).toEqual(['iban:BE71096123456769']);
  });

  it('keys a person by name only together with a birth date', () => {
    expect(subjectKeys(person({ familyName: 'Peeters', givenNames: 'Jan' }))).toEqual([]);
    expect(subjectKeys(person({ familyName: 'Peeters', givenNames: 'Jan', birthDate: '1980-01-02' }))).toEqual([
      'person:jan peeters:1980-01-02',
    ]);
  });

  it('fingerprints material content regardless of externalRef and spelling of identifiers', () => {
    const base = {
      externalRef: 'A',
      category: 'terrorism.travel',
      subjects: [person({ familyName: 'Peeters', givenNames: 'Jan', birthDate: '1980-01-02' })],
      summary: 's',
    } as unknown as SignalSubmission;
    const sameOtherRef = {
      ...base,
      externalRef: 'B',
      subjects: [person({ familyName: 'PEETERS', givenNames: 'jan', birthDate: '1980-01-02' })],
    };
    expect(contentFingerprint(sameOtherRef)).toBe(contentFingerprint(base));
    expect(contentFingerprint({ ...base, summary: 't' })).not.toBe(contentFingerprint(base));
  });
});
