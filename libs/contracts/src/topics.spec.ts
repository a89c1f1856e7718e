import { topicNames } from './topics';

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
