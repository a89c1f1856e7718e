import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isValidContainerNumber, isValidIban, isValidImo } from './checks';
import { closeCodes } from './catalogues';
import { validateSignal } from './validate';
import { codedReasons, factPath, REASON_CODE } from './reason-codes';

const examplesDir = join(__dirname, '../../../docs/examples/signals');
const example = (name: string) => JSON.parse(readFileSync(join(examplesDir, `${name}.json`), 'utf8'));

describe('the shipped example signals', () => {
  it.each(readdirSync(examplesDir))('%s follows the contract', (file) => {
    expect(validateSignal(JSON.parse(readFileSync(join(examplesDir, file), 'utf8'))).errors).toEqual([]);
  });
});

describe('check digits', () => {
  it('IBAN mod 97', () => {
    expect(isValidIban('BE71 0961 2345 6769')).toBe(true);
    expect(isValidIban('BE71096123456768')).toBe(false);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
  });
  it('IMO', () => {
    expect(isValidImo('9074729')).toBe(true);
    expect(isValidImo('IMO 9074729')).toBe(true);
    expect(isValidImo('9074728')).toBe(false);
  });
  it('ISO 6346 container', () => {
    expect(isValidContainerNumber('CSQU3054383')).toBe(true);
    expect(isValidContainerNumber('CSQU3054384')).toBe(false);
  });
});

describe('close codes', () => {
  it('suggests the valid codes nearest a typo', () => {
    expect(closeCodes('terorism.travel', ['terrorism.travel', 'terrorism', 'fraud.tax'])[0]).toBe('terrorism.travel');
    expect(closeCodes('zzzzzzzzzz', ['fraud'])).toEqual([]);
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutations reach into arbitrary JSON
type Json = Record<string, any>;
type Case = [string, (s: Json) => void, string, RegExp];

const person = (s: Json) => s.subjects[0];
const cases: Case[] = [
  ['unknown field', (s) => (s.colour = 'red'), 'colour', /should not exist/],
  ['missing externalRef', (s) => delete s.externalRef, 'externalRef', /string/],
  ['externalRef too long', (s) => (s.externalRef = 'A'.repeat(101)), 'externalRef', /shorter than or equal to 100/],
  ['externalRef with spaces', (s) => (s.externalRef = 'A B'), 'externalRef', /letters, digits/],
  ['unknown category with suggestions', (s) => (s.category = 'terrorism.trave'), 'category', /close valid codes: terrorism\.travel/],
  [
    'unknown indicator',
    (s) => (s.indicators = [{ code: 'travel.conflict-zon', confidence: 'high' }]),
    'indicators[0].code',
    /travel\.conflict-zone/,
  ],
  ['bad confidence', (s) => (s.indicators = [{ code: 'travel.conflict-zone', confidence: 'sure' }]), 'indicators[0].confidence', /one of/],
  ['no subjects', (s) => (s.subjects = []), 'subjects', /at least 1/],
  ['too many subjects', (s) => (s.subjects = Array(51).fill(s.subjects[0])), 'subjects', /no more than 50/],
  ['unknown subject kind', (s) => (s.subjects = [{ kind: 'spaceship', name: 'x' }]), 'subjects[0].kind', /kind must be one of/],
  ['person without family name', (s) => delete person(s).familyName, 'subjects[0].familyName', /string/],
  ['birth date not a date', (s) => (person(s).birthDate = '17/03/1994'), 'subjects[0].birthDate', /YYYY-MM-DD/],
  ['birth date impossible', (s) => (person(s).birthDate = '1994-02-30'), 'subjects[0].birthDate', /YYYY-MM-DD/],
  ['birth date in the future', (s) => (person(s).birthDate = '2999-01-01'), 'subjects[0].birthDate', /not in the future/],
  ['nationality not ISO 3166', (s) => (person(s).nationalities = ['BEL']), 'subjects[0].nationalities', /ISO 3166/],
  [
    'document without issuing country',
    (s) => (person(s).documents = [{ type: 'passport', number: 'EM123456' }]),
    'subjects[0].documents[0].issuingCountry',
    /ISO 3166/,
  ],
  ['bad IBAN checksum', (s) => (s.subjects = [{ kind: 'iban', iban: 'BE71096123456768' }]), 'subjects[0].iban', /checksum/],
  ['bad IMO check digit', (s) => (s.subjects = [{ kind: 'vessel', imo: '9074728' }]), 'subjects[0].imo', /check digit/],
  [
    'bad container check digit',
    (s) => (s.subjects = [{ kind: 'container', containerNumber: 'CSQU3054384' }]),
    'subjects[0].containerNumber',
    /ISO 6346/,
  ],
  ['phone not E.164', (s) => (s.subjects = [{ kind: 'phone', number: '0470 12 34 56' }]), 'subjects[0].number', /E\.164/],
  ['bad e-mail', (s) => (s.subjects = [{ kind: 'email', address: 'not-an-address' }]), 'subjects[0].address', /e-mail/],
  [
    'bad VIN',
    (s) => (s.subjects = [{ kind: 'vehicle', plate: '1-ABC-234', registrationCountry: 'BE', vin: 'IOQ' }]),
    'subjects[0].vin',
    /17 characters/,
  ],
  ['observedAt without zone', (s) => (s.observedAt = '2026-11-20T08:30:00'), 'observedAt', /time zone/],
  ['observedAt in the future', (s) => (s.observedAt = '2999-01-01T00:00:00Z'), 'observedAt', /not in the future/],
  ['summary too long', (s) => (s.summary = 'x'.repeat(4001)), 'summary', /shorter than or equal to 4000/],
  ['summary with control characters', (s) => (s.summary = 'a\u0000b'), 'summary', /control characters/],
  ['classification above accreditation', (s) => (s.classification = 'secret'), 'classification', /classified channel/],
  ['unknown classification', (s) => (s.classification = 'internal'), 'classification', /one of/],
  ['reliability outside A/B/C/X', (s) => (s.evaluation.sourceReliability = 'D'), 'evaluation.sourceReliability', /one of/],
  ['accuracy outside 1-4', (s) => (s.evaluation.informationAccuracy = 5), 'evaluation.informationAccuracy', /one of/],
  ['missing evaluation', (s) => delete s.evaluation, 'evaluation', /object/],
  ['handling code H4', (s) => (s.handling = 'H4'), 'handling', /one of/],
  ['missing legal basis', (s) => delete s.legalBasis, 'legalBasis', /string/],
  ['retention in the past', (s) => (s.retentionUntil = '2020-01-01'), 'retentionUntil', /after today/],
  ['retention beyond the maximum', (s) => (s.retentionUntil = '2099-01-01'), 'retentionUntil', /at most 1825 days/],
  ['unknown urgency', (s) => (s.urgency = 'asap'), 'urgency', /one of/],
  ['source document hash', (s) => (s.sourceDocuments = [{ sha256: 'abc' }]), 'sourceDocuments[0].sha256', /64/],
  ['latitude out of range', (s) => (s.location = { country: 'BE', latitude: 91, longitude: 4 }), 'location.latitude', /latitude/],
];

describe('contract violations name the field and the reason', () => {
  it.each(cases)('%s', (_name, mutate, path, reason) => {
    const s = example('subject-person');
    mutate(s);
    const { errors } = validateSignal(s);
    const reasons = errors.filter((e) => e.path === path).map((e) => e.reason);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.some((r) => reason.test(r))).toBe(true);
  });

  it('refuses a non-object', () => {
    expect(validateSignal([1, 2]).errors).toEqual([{ path: '', reason: 'must be a JSON object', code: 'not-an-object' }]);
  });
});

describe('reasons as codes', () => {
  it('gives every refusal a code and a path of contract field names, never the value or the sender’s field names', () => {
    const MARK = 'Jane Roe born 1980-01-01 passport EM1234567';
    const { errors } = validateSignal({ externalRef: 'R-1', category: MARK, [MARK]: 1, subjects: [{ kind: 'person', familyName: 7 }] });
    const coded = codedReasons(errors);
    expect(coded).toEqual(
      expect.arrayContaining([
        { path: 'category', reason: 'unknown-code' },
        { path: '*', reason: 'unknown-field' },
        { path: 'subjects[0].familyName', reason: 'is-string' },
      ]),
    );
    expect(JSON.stringify(coded)).not.toMatch(/Jane|Roe|EM1234567|1980/);
    for (const c of coded) expect(c.reason).toMatch(REASON_CODE);
  });

  it('keeps a reason that already is a code, and turns free text into `invalid`', () => {
    expect(
      codedReasons([
        { path: 'Jane.Roe', reason: 'signal-id-taken' },
        { path: '', reason: 'Jane Roe' },
      ]),
    ).toEqual([
      { path: '*.*', reason: 'signal-id-taken' },
      { path: '', reason: 'invalid' },
    ]);
    expect(factPath('subjects[3].documents[0].number')).toBe('subjects[3].documents[0].number');
  });
});
