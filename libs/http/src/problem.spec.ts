import { getMetadataStorage } from 'class-validator';
import { reasonCode, refusedCode, SignalSubmission, validateAs, withMessageKey } from '@passerelle/contracts';
import { hasMessage } from '@passerelle/i18n';
import { databaseUnavailable, LocalizedFieldError, localizedProblem, localizeProblem, quotable, validationProblem } from './problem';

describe('database unavailable → 503, not 500', () => {
  it('recognises a restarting or unreachable Postgres', () => {
    expect(databaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(
      databaseUnavailable({
        message: 'QueryFailedError',
        driverError: { code: '57P01', message: 'terminating connection due to administrator command' },
      }),
    ).toBe(true);
    expect(databaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves query errors alone (those are bugs, logged as such)', () => {
    expect(databaseUnavailable({ message: 'QueryFailedError', driverError: { code: '23505', message: 'duplicate key value' } })).toBe(
      false,
    );
    expect(databaseUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});

describe('problems in the request language', () => {
  it('translates title and detail of a validation problem; type, paths and reasons stay as they are', () => {
    const problem = validationProblem([
      { path: 'externalRef', reason: 'must be shorter than or equal to 200 characters', code: 'bad-length' },
      { path: 'subjects[0].iban', reason: 'must be a valid IBAN', code: 'is-iban' },
      { path: 'colour', reason: 'property colour should not exist', code: 'unknown-field' },
    ]).problem;
    const fr = localizeProblem(problem, 'fr');
    expect(fr).toMatchObject({ type: 'urn:passerelle:problem:validation', status: 400 });
    expect(fr.title).toBe('La requête ne respecte pas le contrat');
    expect(fr.detail).toBe(
      'externalRef: doit compter au plus 200 caractères; subjects[0].iban: doit être un IBAN; colour: n’est pas un champ du contrat',
    );
    expect(localizeProblem(problem, 'nl').detail).toMatch(/^externalRef: mag hoogstens 200 tekens lang zijn; /);
    expect(localizeProblem(problem, 'en')).toEqual({ ...problem, errors: expect.any(Array) });
  });

  it('each field error keeps its path, reason and code in every language, and says why in that language', () => {
    const problem = validationProblem([
      { path: 'externalRef', reason: 'externalRef must be longer than or equal to 1 characters', code: 'bad-length' },
      withMessageKey(
        { path: 'subjects[0].plate', reason: 'plate may hold letters, digits, spaces, - and . only', code: 'bad-format' },
        'reason.format.plate',
      ),
      { path: 'classification', reason: 'above-clearance' },
      { path: 'x', reason: 'said in words only' },
    ]).problem;
    const [en, fr, nl] = (['en', 'fr', 'nl'] as const).map((l) => localizeProblem(problem, l).errors as LocalizedFieldError[]);
    const facts = (errors: typeof en) => errors.map(({ path, reason, code }) => ({ path, reason, code }));
    expect(facts(en)).toEqual([
      { path: 'externalRef', reason: 'externalRef must be longer than or equal to 1 characters', code: 'bad-length' },
      { path: 'subjects[0].plate', reason: 'plate may hold letters, digits, spaces, - and . only', code: 'bad-format' },
      { path: 'classification', reason: 'above-clearance', code: 'above-clearance' },
      { path: 'x', reason: 'said in words only', code: 'invalid' },
    ]);
    expect(facts(fr)).toEqual(facts(en));
    expect(facts(nl)).toEqual(facts(en));
    expect(en.map((e) => e.message)).toEqual([
      'must be at least 1 characters long',
      'may hold letters, digits, spaces, - and . only',
      'is marked above your clearance',
      'said in words only',
    ]);
    expect(fr.map((e) => e.message)).toEqual([
      'doit compter au moins 1 caractères',
      'ne peut contenir que des lettres, des chiffres, des espaces, - et .',
      'est marqué au-dessus de votre habilitation',
      'said in words only',
    ]);
    expect(nl.map((e) => e.message)[1]).toBe('mag alleen letters, cijfers, spaties, - en . bevatten');
    // The precise message's key is never part of what is sent or compared.
    expect(JSON.stringify(fr)).not.toContain('reason.format');
  });

  it('every constraint of every contract has a message in every language (no English reason left in fr or nl)', () => {
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<unknown, { name?: string; type: string; propertyName: string; context?: { messageKey?: string } }[]>;
    };
    // These decide whether a field is checked; they never fail one.
    const never = new Set(['conditionalValidation', 'isOptional']);
    const missing: string[] = [];
    for (const list of storage.validationMetadatas.values())
      for (const m of list) {
        const name = m.name ?? m.type;
        if (never.has(name)) continue;
        const code = reasonCode(name);
        const key = m.context?.messageKey;
        if (key !== undefined && !hasMessage(key)) missing.push(`${m.propertyName}: ${key}`);
        if (!hasMessage(`reason.${code}`)) missing.push(`${m.propertyName}: reason.${code}`);
      }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('a reason without a code, or a code the catalogue lacks, keeps its English words', () => {
    const problem = validationProblem([
      { path: 'a', reason: 'must be a watchlist name (lower-case code)' },
      { path: 'b', reason: 'something new', code: 'brand-new-code' },
    ]).problem;
    expect(localizeProblem(problem, 'nl').detail).toBe('a: must be a watchlist name (lower-case code); b: something new');
  });

  it('a catalogue problem carries its values into every language', () => {
    const p = localizedProblem({ type: 'urn:passerelle:problem:validation', status: 400 }, 'problem.validation.detail.from-after-to', {
      from: 9,
      to: 3,
    });
    expect(p.detail).toBe('from (9) is after to (3)');
    expect(localizeProblem(p, 'fr').detail).toBe('from (9) est postérieur à to (3)');
    expect(localizeProblem(p, 'nl').detail).toBe('from (9) valt na to (3)');
  });

  it('a code no catalogue has: the refused value, quoted safely, and the close codes in every language', () => {
    const problem = validationProblem([
      refusedCode({ path: 'regions[0]', reason: "'antwerp' is not a region", code: 'not-in-catalogue' }, 'antwerp', {
        close: ['be-antwerpen', 'be-antwerp-port'],
      }),
      refusedCode({ path: 'legalBasis', reason: "'x' is not a legal basis", code: 'not-in-catalogue' }, 'x', {
        close: [],
        all: ['a', 'b'],
      }),
      refusedCode({ path: 'regions[1]', reason: "'zzz' is not a region", code: 'not-in-catalogue' }, 'zzz\u202e<b>\n', { close: [] }),
    ]).problem;
    const messages = (l: 'en' | 'fr' | 'nl') => (localizeProblem(problem, l).errors as LocalizedFieldError[]).map((e) => e.message);
    expect(messages('en')).toEqual([
      '“antwerp” is not a code of the catalogue; did you mean be-antwerpen, be-antwerp-port?',
      '“x” is not a code of the catalogue; codes allowed: a, b',
      '“zzz\ufffd<b>\ufffd” is not a code of the catalogue',
    ]);
    expect(messages('fr')).toEqual([
      '«\u00a0antwerp\u00a0» n’est pas un code du catalogue ; vouliez-vous dire be-antwerpen, be-antwerp-port ?',
      '«\u00a0x\u00a0» n’est pas un code du catalogue ; codes admis : a, b',
      '«\u00a0zzz\ufffd<b>\ufffd\u00a0» n’est pas un code du catalogue',
    ]);
    expect(messages('nl')).toEqual([
      '‘antwerp’ is geen code uit de catalogus; bedoelde u be-antwerpen, be-antwerp-port?',
      '‘x’ is geen code uit de catalogus; toegelaten codes: a, b',
      '‘zzz\ufffd<b>\ufffd’ is geen code uit de catalogus',
    ]);
    // The codes stay what they were; the values are never serialised beside them.
    expect((localizeProblem(problem, 'fr').errors as LocalizedFieldError[]).map((e) => e.code)).toEqual([
      'not-in-catalogue',
      'not-in-catalogue',
      'not-in-catalogue',
    ]);
    expect(Object.keys(problem.errors![0])).toEqual(['path', 'reason']);
  });

  it('a contract’s unknown taxonomy code names the refused code and the close ones', () => {
    const { errors } = validateAs(SignalSubmission, { category: 'terorism.travel' });
    const problem = validationProblem(errors.filter((e) => e.path === 'category')).problem;
    const [fr] = localizeProblem(problem, 'fr').errors as LocalizedFieldError[];
    expect(fr.code).toBe('unknown-code');
    expect(fr.message).toMatch(/^«\u00a0terorism\.travel\u00a0» n’est pas un code du catalogue ; vouliez-vous dire terrorism\.travel/);
  });

  it('a quoted value is at most 80 characters, without control or format characters', () => {
    expect(quotable('a'.repeat(200))).toBe(`${'a'.repeat(79)}…`);
    expect([...quotable('é'.repeat(80))]).toHaveLength(80);
    expect(quotable('a\u0000b\u200bc\ud800')).toBe('a\ufffdb\ufffdc\ufffd');
  });
});
