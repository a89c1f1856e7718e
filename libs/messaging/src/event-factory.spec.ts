import { EventTypes, topicNames } from '@passerelle/contracts';
import { envelope, eventIds, feedbackEvent, feedSignalEvent, rejectedEvent, routedEvent, stamped } from './event-factory';
import { derivedId } from '@passerelle/crypto';
import { subjectKeyReference } from '@passerelle/crypto';
import { open } from '@passerelle/crypto';
import { randomBytes } from 'node:crypto';

const topics = topicNames('p.');
const T = 'a'.repeat(32);

describe('event factory', () => {
  it('derives ids from the same parts as ever (changing them would change every id)', () => {
    expect(eventIds.signal('customs', 'R')).toBe(derivedId('signal', 'customs', 'R'));
    expect(eventIds.trace('e')).toBe(derivedId('trace', 'e').replace(/-/g, ''));
    expect(eventIds.routed('e')).toBe(derivedId('e', 'routed'));
    expect(eventIds.feed('e', 'ocam')).toBe(derivedId('e', 'feed', 'ocam'));
    expect(eventIds.rejected('e')).toBe(derivedId('e', 'rejected'));
    expect(eventIds.submissionFeedback('e')).toBe(derivedId('e', 'feedback'));
    expect(eventIds.delivered('p.feeds.ocam.v2', 'f')).toBe(derivedId('p.feeds.ocam.v2', 'f', 'delivered'));
    expect(eventIds.assessment('s', 2)).toBe(derivedId('s', 'assessment', '2'));
  });

  it('wraps a payload in its envelope, keyed and typed, and stamps it for publishing', () => {
    const e = envelope('t', 'k', EventTypes.feedback, { eventId: 'i' }, T);
    expect(e).toEqual({ topic: 't', key: 'k', id: 'i', type: EventTypes.feedback, traceId: T, payload: { eventId: 'i' } });
    expect(stamped([e], 'src', 'now')).toEqual([{ ...e, source: 'src', time: 'now' }]);
  });

  it('builds the routing event with a key reference, never the key, and the feed event from it', () => {
    const routed = routedEvent(topics, {
      id: 'r',
      occurredAt: 'now',
      signalId: 's',
      traceId: T,
      agency: 'customs',
      correlationId: 'c',
      verdict: 'new',
      ruleId: 'oc',
      ruleVersion: 2,
      destinations: ['ocam'],
      matchedKey: 'document:passport:BE:EM1',
      duplicateOf: null,
    });
    expect(routed).toMatchObject({ topic: 'p.signals.routed.v1', key: 'c', id: 'r', type: EventTypes.signalRouted });
    expect(routed.payload.matchedKey).toEqual(subjectKeyReference('document:passport:BE:EM1'));
    expect(routed.payload.matchedKey).toEqual({ type: 'document:passport', digest: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(JSON.stringify(routed)).not.toContain('EM1');
    expect('duplicateOf' in routed.payload).toBe(false);
    const signal = { externalRef: 'R' } as never;
    const dataKey = randomBytes(32);
    const feed = feedSignalEvent(topics, { id: 'f', feed: 'ocam', routed: routed.payload, signal, dataKey });
    expect(feed).toMatchObject({ topic: 'p.feeds.ocam.v2', key: 'c', id: 'f', type: EventTypes.feedSignal, traceId: T });
    expect(feed.payload).toEqual({
      eventId: 'f',
      occurredAt: 'now',
      signalId: 's',
      traceId: T,
      agency: 'customs',
      feed: 'ocam',
      correlationId: 'c',
      ruleId: 'oc',
      ruleVersion: 2,
      matchedKey: routed.payload.matchedKey,
      sealed: expect.objectContaining({ alg: 'A256GCM', keyId: 's' }),
    });
    // The content is sealed, bound to the feed's topic, the signal and the event.
    expect(JSON.stringify(feed.payload)).not.toContain('"R"');
    expect(open(dataKey, { topic: 'p.feeds.ocam.v2', signalId: 's', eventId: 'f' }, feed.payload.sealed)).toEqual(signal);
  });

  it('keys a rejection by the claimed signal, else by the submission, and feedback by its signal', () => {
    const base = { id: 'x', occurredAt: 'now', traceId: T, agency: 'customs', topic: 't', partition: 0, offset: '1', reasons: [] };
    expect(rejectedEvent(topics, { ...base, signalId: 's', submissionEventId: 'e' }).key).toBe('s');
    expect(rejectedEvent(topics, { ...base, signalId: null, submissionEventId: 'e' })).toMatchObject({
      topic: 'p.signals.rejected.v1',
      key: 'e',
      type: EventTypes.signalRejected,
    });
    const fb = feedbackEvent(topics, {
      id: 'b',
      occurredAt: 'now',
      signalId: 's',
      traceId: T,
      agency: 'mobility',
      status: 'delivered',
      detail: {},
    });
    expect(fb).toMatchObject({ topic: 'p.feedback.mobility.v2', key: 's', id: 'b', type: EventTypes.feedback });
  });
});
