import { Families, provisionedTopics, topicNames } from './topics';

describe('topic names', () => {
  it('names every topic as the design says and matches agency topics by pattern', () => {
    const t = topicNames();
    expect(t.submitted('customs')).toBe('signals.customs.submitted.v1');
    expect(t.feed('ocam')).toBe('feeds.ocam.v2');
    expect(t.feedback('mobility')).toBe('feedback.mobility.v2');
    expect(t.submittedPattern.exec('signals.foreign-affairs.submitted.v1')?.[1]).toBe('foreign-affairs');
    expect(t.submittedPattern.test('signals.routed.v1')).toBe(false);
    expect(t.submittedPattern.test('xsignals.customs.submitted.v1')).toBe(false);
  });

  it('keeps a prefix literal in patterns', () => {
    const t = topicNames('t1.');
    expect(t.submittedPattern.test('t1.signals.customs.submitted.v1')).toBe(true);
    expect(t.submittedPattern.test('t1xsignals.customs.submitted.v1')).toBe(false);
    expect(t.submittedPattern.test('signals.customs.submitted.v1')).toBe(false);
  });
});

describe('topic names from the families', () => {
  it('names every topic of a deployment as before (names are contracts)', () => {
    const t = topicNames('t1.');
    expect(provisionedTopics(t, ['customs'])).toEqual([
      't1.signals.customs.submitted.v1',
      't1.feedback.customs.v2',
      't1.products.customs.v1',
      't1.products.customs.acknowledged.v1',
      't1.alerts.customs.v1',
      't1.alerts.customs.acknowledged.v1',
      't1.feeds.ocam.v2',
      't1.feeds.police-organised-crime.v2',
      't1.feeds.exercise.v2',
      't1.signals.routed.v1',
      't1.signals.rejected.v1',
      't1.signals.purged.v1',
      't1.signals.erasure.recorded.v1',
      't1.access.recorded.v1',
      't1.identity.principals.changed.v1',
      't1.watchlists.recorded.v1',
      't1.dissemination.recorded.v1',
      't1.deadletters.gateway.v1',
      't1.deadletters.intake.v1',
      't1.deadletters.router.v1',
      't1.deadletters.audit.v1',
    ]);
  });

  it('gives each family with a segment a pattern that captures it, and none to the others', () => {
    const t = topicNames('t1.') as unknown as Record<string, unknown>;
    for (const [key, family] of Object.entries(Families)) {
      const pattern = t[`${key}Pattern`] as RegExp | undefined;
      if (!family.includes('{')) {
        expect(pattern).toBeUndefined();
        continue;
      }
      const topic = (t[key] as (v: string) => string)('foreign-affairs');
      expect(pattern?.exec(topic)?.[1]).toBe('foreign-affairs');
      expect(pattern?.test(topic.slice('t1.'.length))).toBe(false);
    }
  });

  it('takes a segment value literally', () => {
    expect(topicNames().feedback('$&')).toBe('feedback.$&.v2');
  });
});
