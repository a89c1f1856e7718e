import { topicNames } from '@passerelle/contracts';
import { DeadLetterEvent, eventIds, IncomingMessage } from '@passerelle/messaging';
import { routerFailedNotice } from './submissions.consumer';

const topics = topicNames('t1.');
const letter = (reason: string): DeadLetterEvent => ({
  eventId: '0b8e0e4e-4a3c-4f6e-9d61-2a7c9a1b5e10',
  occurredAt: '2026-12-06T10:00:00.000Z',
  service: 'router',
  consumer: 'router',
  sourceTopic: topics.submitted('customs'),
  sourcePartition: 0,
  sourceOffset: '3',
  sourceKey: null,
  reasons: [{ path: '', reason }],
  value: null,
});
const message = (value: unknown): IncomingMessage => ({
  topic: topics.submitted('customs'),
  partition: 0,
  offset: '3',
  key: null,
  value: Buffer.from(JSON.stringify(value)),
  headers: {},
  timestamp: '0',
});

/** Issue 32, item 1: a submission the router sets aside is not silent — its agency hears it failed. */
describe('routerFailedNotice', () => {
  it('tells the agency of the topic that its signal failed, with the reasons as codes', () => {
    const [notice] = routerFailedNotice(message({ externalRef: 'REF-9' }), letter('unstorable-value-22003'), topics);
    expect(notice).toMatchObject({
      topic: topics.feedback('customs'),
      payload: {
        agency: 'customs',
        signalId: eventIds.signal('customs', 'REF-9'),
        status: 'failed',
        detail: { reasons: [{ path: '', reason: 'unstorable-value-22003' }], externalRef: 'REF-9' },
      },
    });
    const id = '6f1d7a52-7d7e-4a0e-9c53-1f0f6f2b1c11';
    const [envelope] = routerFailedNotice(message({ signalId: id, signal: { externalRef: 'REF-10' } }), letter('handler-failed'), topics);
    expect(envelope.payload).toMatchObject({ signalId: id, detail: { externalRef: 'REF-10' } });
  });

  it('says nothing for sealed content it could not open, nor for a message that names no signal', () => {
    expect(routerFailedNotice(message({ externalRef: 'REF-9' }), letter('sealed-key-destroyed'), topics)).toEqual([]);
    expect(routerFailedNotice(message({ signalId: 'Janssens.Pieter' }), letter('handler-failed'), topics)).toEqual([]);
  });
});
