import { databaseUnavailable, localizedProblem, localizeProblem, validationProblem } from './problem';

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
    expect(fr).toMatchObject({ type: 'urn:passerelle:problem:validation', status: 400, errors: problem.errors });
    expect(fr.title).toBe('La requête ne respecte pas le contrat');
    expect(fr.detail).toBe(
      'externalRef: doit compter au plus 200 caractères; subjects[0].iban: doit être un IBAN; colour: n’est pas un champ du contrat',
    );
    expect(localizeProblem(problem, 'nl').detail).toMatch(/^externalRef: mag hoogstens 200 tekens lang zijn; /);
    expect(localizeProblem(problem, 'en')).toBe(problem);
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
});
