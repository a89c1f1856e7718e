import { drawDataKey, seal, WrappedDataKey } from '@passerelle/crypto';
import { IncomingMessage } from './events';
import { sealedOpener } from './sealed-opener';

describe('the transport opener of sealed content', () => {
  const keks = { current: 'k'.repeat(64), previous: null, source: 'test' };
  const signalId = '6f1e8a3c-1111-4111-8111-111111111111';
  const binding = { topic: 'feeds.ocam.v2', signalId, eventId: 'ev-1' };
  const content = { summary: 'Traveller MARKER seen at the gate', subjects: [{ kind: 'person', familyName: 'Roe' }] };

  it('the transport opener opens sealed messages, passes others through, and refuses what cannot be opened', async () => {
    const stored = new Map<string, WrappedDataKey>();
    const drawn = drawDataKey(signalId, keks);
    stored.set(signalId, drawn.wrapped);
    const opener = sealedOpener(
      { loadWrapped: async (ids) => new Map(ids.flatMap((id) => (stored.has(id) ? [[id, stored.get(id)!]] : []))) },
      () => keks,
    );
    const msg = (payload: unknown, topic = binding.topic): IncomingMessage => ({
      topic,
      partition: 0,
      offset: '0',
      key: null,
      value: Buffer.from(JSON.stringify(payload)),
      headers: {},
      timestamp: '0',
    });
    const facts = { eventId: 'ev-1', signalId, feed: 'ocam' };
    const good = msg({ ...facts, sealed: seal(drawn.key, binding, content) });
    const clear = msg({ ...facts, signal: content });
    const elsewhere = msg({ ...facts, sealed: seal(drawn.key, binding, content) }, 'feeds.other.v2');
    const other = '6f1e8a3c-3333-4333-8333-333333333333';
    const erased = msg({ ...facts, signalId: other, sealed: { ...seal(drawn.key, { ...binding, signalId: other }, content) } });
    const junk = msg({ ...facts, sealed: { alg: 'A256GCM' } });
    const [opened, passed, moved, gone, bad] = await opener([good, clear, elsewhere, erased, junk]);
    expect(JSON.parse((opened as IncomingMessage).value!.toString())).toEqual({ ...facts, signal: content });
    expect((opened as IncomingMessage).sealedValue).toEqual(good.value);
    expect(passed).toBe(clear);
    expect(moved).toEqual([expect.objectContaining({ path: 'sealed', code: 'sealed-tag-mismatch' })]);
    expect(gone).toEqual([expect.objectContaining({ path: 'sealed', code: 'sealed-key-destroyed' })]);
    expect((bad as { path: string }[]).every((r) => r.path.startsWith('sealed'))).toBe(true);
  });

  it("opens an analyst's feedback into its detail, in place of the codes it carries in clear", async () => {
    const drawn = drawDataKey(signalId, keks);
    const opener = sealedOpener({ loadWrapped: async () => new Map([[signalId, drawn.wrapped]]) }, () => keks, 'detail');
    const topic = 'feedback.customs.v2';
    const detail = { outcome: 'more-information-requested', question: 'Which crossing, MARKER?' };
    const facts = { eventId: 'ev-2', signalId, agency: 'customs', status: 'assessed' };
    const sealed = seal(drawn.key, { topic, signalId, eventId: 'ev-2' }, detail);
    const value = Buffer.from(JSON.stringify({ ...facts, detail: { outcome: detail.outcome }, sealed }));
    expect(value.toString()).not.toContain('MARKER');
    const [opened] = await opener([{ topic, partition: 0, offset: '0', key: null, value, headers: {}, timestamp: '0' }]);
    expect(JSON.parse((opened as IncomingMessage).value!.toString())).toEqual({ ...facts, detail });
  });
});
