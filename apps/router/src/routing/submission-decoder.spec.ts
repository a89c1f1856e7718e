import { topicNames } from '@passerelle/contracts';
import { eventIds, IncomingMessage } from '@passerelle/messaging';
import { derivedId } from '@passerelle/crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimedSignalId, decodeSubmission, DecodedSubmission, RefusedSubmission } from './submission-decoder';

const topics = topicNames('t1.');
const pattern = topics.submittedPattern;
const TRACE = '0af7651916cd43dd8448eb211c80319c';

/** A valid submission: the shipped minimal example, with a retention date the contract accepts today. */
function signal(externalRef = 'REF-1'): Record<string, unknown> {
  const s = JSON.parse(readFileSync(join(__dirname, '../../../../docs/examples/signals/minimal.json'), 'utf8'));
  return { ...s, externalRef, retentionUntil: new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10) };
}

function message(value: unknown, o: { topic?: string; headers?: Record<string, string>; timestamp?: string } = {}): IncomingMessage {
  return {
    topic: o.topic ?? topics.submitted('customs'),
    partition: 2,
    offset: '41',
    key: null,
    value: value === undefined ? null : Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value)),
    headers: o.headers ?? {},
    timestamp: o.timestamp ?? '1790000000000',
  };
}

const ok = (m: IncomingMessage): DecodedSubmission => {
  const d = decodeSubmission(m, pattern);
  if (!d.ok) throw new Error(`refused: ${JSON.stringify(d.reasons)}`);
  return d;
};
const refused = (m: IncomingMessage): RefusedSubmission => {
  const d = decodeSubmission(m, pattern);
  if (d.ok) throw new Error('accepted');
  return d;
};

describe('decodeSubmission', () => {
  it("decodes a bare submission under the topic's agency, with the id its agency and reference derive", () => {
    const d = ok(message(signal('REF-1'), { headers: { 'ce-id': 'e-1' } }));
    // An agency's ce-id that is no UUID is its text: kept only as a keyed id, scoped by the agency.
    expect(d.eventId).toBe(`customs:keyed:${derivedId('outside-event-id', 'customs', 'e-1')}`);
    expect(d.event).toMatchObject({
      eventId: d.eventId,
      agency: 'customs',
      signalId: eventIds.signal('customs', 'REF-1'),
      occurredAt: new Date(1790000000000).toISOString(),
      signal: { externalRef: 'REF-1' },
    });
    expect(d.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(d.traceId).toBe(eventIds.trace(d.eventId));
    const uuid = '0b8e0e4e-4a3c-4f6e-9d61-2a7c9a1b5e10';
    expect(ok(message(signal('REF-1'), { headers: { 'ce-id': uuid } })).eventId).toBe(`customs:${uuid}`);
    expect(d.event.signalId).not.toBe(eventIds.signal('mobility', 'REF-1'));
  });

  it("takes the trace from the message's traceparent, and the position as id when there is no ce-id", () => {
    const d = ok(message(signal(), { headers: { traceparent: `00-${TRACE}-b7ad6b7169203331-01` } }));
    expect(d.traceId).toBe(TRACE);
    expect(d.event.traceId).toBe(TRACE);
    expect(d.eventId).toBe(`${topics.submitted('customs')}/2/41`);
  });

  it('uses the clock when the record has no timestamp', () => {
    const d = decodeSubmission(message(signal(), { timestamp: '' }), pattern, () => 1780000000000);
    expect(d.ok && d.event.occurredAt).toBe(new Date(1780000000000).toISOString());
  });

  it("accepts the gateway's envelope as it is, the message's trace winning", () => {
    const envelope = {
      eventId: '0c3f5a8e-1b2d-4c6e-8f0a-1b2c3d4e5f61',
      occurredAt: '2026-11-20T08:30:00.000Z',
      signalId: '6f1d7a52-7d7e-4a0e-9c53-1f0f6f2b1c11',
      traceId: 'f'.repeat(32),
      agency: 'customs',
      signal: signal('REF-2'),
    };
    const d = ok(message(envelope, { headers: { 'ce-id': 'g-1', traceparent: `00-${TRACE}-b7ad6b7169203331-01` } }));
    expect(d.event).toMatchObject({ signalId: envelope.signalId, agency: 'customs', traceId: 'f'.repeat(32) });
    expect(d.traceId).toBe(TRACE);
    expect(ok(message(envelope)).traceId).toBe('f'.repeat(32));
  });

  it("refuses an envelope naming another agency than the topic's, echoing what it claims", () => {
    const envelope = {
      eventId: '0c3f5a8e-1b2d-4c6e-8f0a-1b2c3d4e5f62',
      occurredAt: '2026-11-20T08:30:00.000Z',
      signalId: '6f1d7a52-7d7e-4a0e-9c53-1f0f6f2b1c12',
      traceId: 'f'.repeat(32),
      agency: 'mobility',
      signal: signal('REF-3'),
    };
    const r = refused(message(envelope));
    expect(r.reasons).toEqual([
      { path: 'agency', reason: "agency 'mobility' contradicts the topic's agency 'customs'", code: 'contradicts-topic' },
    ]);
    expect(r).toMatchObject({ agency: 'customs', claimedId: envelope.signalId, externalRef: null });
  });

  it('refuses bytes that are not a JSON object, with the reason and nothing claimed', () => {
    const notJson = refused(message(Buffer.from('{nope')));
    expect(notJson.reasons[0].path).toBe('');
    expect(notJson.reasons[0].reason).toMatch(/not JSON/);
    expect(notJson).toMatchObject({ agency: 'customs', claimedId: null, externalRef: null });
    expect(refused(message(undefined)).reasons).toEqual([{ path: '', reason: 'empty message value', code: 'empty' }]);
    expect(refused(message([signal()])).reasons).toEqual([
      { path: '', reason: 'message value must be a JSON object', code: 'not-an-object' },
    ]);
    expect(notJson.reasons[0].code).toBe('not-json');
  });

  it('refuses a submission that breaks the contract, claiming the id its reference would get', () => {
    const r = refused(message({ ...signal('REF-4'), urgency: 'whenever' }, { headers: { 'ce-id': 'e-4' } }));
    expect(r.reasons.map((x) => x.path)).toContain('urgency');
    expect(r).toMatchObject({
      eventId: `customs:keyed:${derivedId('outside-event-id', 'customs', 'e-4')}`,
      agency: 'customs',
      externalRef: 'REF-4',
      claimedId: eventIds.signal('customs', 'REF-4'),
    });
  });

  it('refuses what comes on a topic that is no agency submission topic, naming no agency', () => {
    const r = refused(message(signal(), { topic: 't1.signals.routed.v1' }));
    expect(r).toMatchObject({ agency: null, claimedId: null, reasons: [{ path: '', reason: 'not an agency submission topic' }] });
  });
});

describe('claimedSignalId', () => {
  it('shows a claimed signal id only when it is a UUID, never the text an agency put in its place', () => {
    const id = '6f1d7a52-7d7e-4a0e-9c53-1f0f6f2b1c11';
    expect(claimedSignalId('customs', { signalId: id })).toBe(id);
    expect(claimedSignalId('customs', { signalId: 'Janssens.Pieter.1975-02-03' })).toBeNull();
    expect(claimedSignalId('customs', { signalId: 'Janssens.Pieter.1975-02-03', externalRef: 'R' })).toBe(eventIds.signal('customs', 'R'));
    expect(claimedSignalId('customs', { signalId: 'x'.repeat(101), externalRef: 'R' })).toBe(eventIds.signal('customs', 'R'));
    expect(claimedSignalId('customs', { signalId: 'a\u0000b' })).toBeNull();
    expect(claimedSignalId('customs', { signalId: '' })).toBeNull();
    expect(claimedSignalId('customs', { externalRef: 'x'.repeat(101) })).toBeNull();
    expect(claimedSignalId(null, { externalRef: 'R' })).toBeNull();
  });
});
