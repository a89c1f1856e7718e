import { changedFields } from './draft-diff';

describe('changedFields', () => {
  const base = {
    externalRef: 'R-1',
    summary: 'seen at the port',
    evaluation: { sourceReliability: 'B', informationAccuracy: 2 },
    subjects: [
      { kind: 'person', familyName: 'Doe' },
      { kind: 'vehicle', plate: '1ABC123' },
    ],
  };

  it('lists the paths that changed, never their values', () => {
    const after = {
      ...base,
      summary: 'seen at the airport',
      evaluation: { sourceReliability: 'A', informationAccuracy: 2 },
      subjects: [{ kind: 'person', familyName: 'Smith' }, base.subjects[1]],
      urgency: 'immediate',
    };
    const fields = changedFields(base, after);
    expect(fields).toEqual(['evaluation.sourceReliability', 'subjects[0].familyName', 'summary', 'urgency']);
    expect(JSON.stringify(fields)).not.toMatch(/airport|Smith|Doe|immediate/);
  });

  it('names a list whose length changed as a whole, and nothing for an identical version', () => {
    expect(changedFields(base, { ...base, subjects: [base.subjects[0]] })).toEqual(['subjects']);
    expect(changedFields(base, JSON.parse(JSON.stringify(base)))).toEqual([]);
  });

  it('names a removed field', () => {
    const { summary: _s, ...rest } = base;
    expect(changedFields(base, rest)).toEqual(['summary']);
  });
});
