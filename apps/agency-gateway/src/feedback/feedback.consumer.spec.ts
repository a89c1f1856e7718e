import { Logger } from '@nestjs/common';
import { topicNames } from '@passerelle/contracts';
import { IncomingMessage } from '@passerelle/messaging';
import { FeedbackConsumer } from './feedback.consumer';
import { FeedbackRepository } from './feedback.repository';

describe('gateway feedback consumer: the topic names the agency', () => {
  // toRow touches neither Kafka nor the database: the strict stand-ins fail on any call.
  const consumer = new FeedbackConsumer(topicNames('t1.'), {} as FeedbackRepository);
  const message = (topic: string, payload: unknown): IncomingMessage => ({
    topic,
    partition: 0,
    offset: '7',
    key: 'k',
    value: Buffer.from(JSON.stringify(payload)),
    headers: { 'ce-id': 'ev-1' },
    timestamp: '1764460800000',
  });
  const notice = { signalId: '5f1b6a43-5d55-4b39-9f0d-5d2d3a3c1a11', status: 'assessed', detail: { outcome: 'relevant' } };
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it("files a notice under the topic's agency", () => {
    expect(consumer.toRow(message('t1.feedback.customs.v2', { ...notice, agency: 'customs' }))).toMatchObject({
      agency: 'customs',
      signalId: notice.signalId,
      status: 'assessed',
      eventId: 'ev-1',
    });
    // A payload that names no agency takes the topic's.
    expect(consumer.toRow(message('t1.feedback.customs.v2', notice))?.agency).toBe('customs');
    expect(logged).not.toHaveBeenCalled();
  });

  it('files a notice whose payload names another agency under neither, and says why', () => {
    for (const claimed of ['mobility', 'CUSTOMS', '', 42]) {
      expect(consumer.toRow(message('t1.feedback.customs.v2', { ...notice, agency: claimed }))).toBeNull();
    }
    expect(logged).toHaveBeenCalledTimes(4);
    expect(logged.mock.calls[0][0]).toBe(
      "skipping feedback t1.feedback.customs.v2/0@7: payload names another agency than the topic's (customs); filed in no inbox",
    );
    expect(logged.mock.calls[0][0]).not.toContain('mobility');
  });

  it('skips what is not feedback for an agency, with the reason', () => {
    expect(consumer.toRow(message('t1.feedback.v2', notice))).toBeNull();
    expect(consumer.toRow(message('t2.feedback.customs.v2', notice))).toBeNull();
    expect(consumer.toRow({ ...message('t1.feedback.customs.v2', notice), value: Buffer.from('{') })).toBeNull();
    expect(consumer.toRow(message('t1.feedback.customs.v2', { status: 'assessed' }))).toBeNull();
    expect(logged.mock.calls.map((c) => String(c[0]).split(': ')[1])).toEqual([
      'not a feedback topic; filed in no inbox',
      'not a feedback topic; filed in no inbox',
      'not-json; filed in no inbox',
      'payload lacks signalId or status; filed in no inbox',
    ]);
  });
});
