import { compiledValidator, SealedFeedSignalEvent } from '@passerelle/contracts';
import { randomBytes } from 'node:crypto';
import {
  drawDataKey,
  newWrappedDataKey,
  open,
  seal,
  SealError,
  sealedOpener,
  unwrapDataKey,
  WrappedDataKey,
  wrappedUnderCurrent,
} from './sealing';
import { IncomingMessage } from './events';

describe('sealing (per-signal data keys, AES-256-GCM)', () => {
  const keks = { current: 'k'.repeat(64), previous: null, source: 'test' };
  const signalId = '6f1e8a3c-1111-4111-8111-111111111111';
  const binding = { topic: 'feeds.ocam.v2', signalId, eventId: 'ev-1' };
  const content = { summary: 'Traveller MARKER seen at the gate', subjects: [{ kind: 'person', familyName: 'Roe' }] };
  const key = unwrapDataKey(signalId, newWrappedDataKey(signalId, keks), keks);

  const refusal = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof SealError) return e.code;
      throw e;
    }
    return 'opened';
  };

  it('opens what it sealed, and the sealed form holds nothing of the content in clear', () => {
    const sealed = seal(key, binding, content);
    expect(sealed).toMatchObject({ alg: 'A256GCM', keyId: signalId });
    expect(JSON.stringify(sealed)).not.toContain('MARKER');
    expect(open(key, binding, sealed)).toEqual(content);
    // The wire contract accepts it.
    const facts = {
      eventId: 'ev-1',
      occurredAt: '2026-01-01T00:00:00Z',
      signalId,
      traceId: 'a'.repeat(32),
      agency: 'customs',
      feed: 'ocam',
      correlationId: 'c',
      ruleId: 'r',
      ruleVersion: 1,
    };
    expect(compiledValidator(SealedFeedSignalEvent)({ ...facts, sealed })).toEqual([]);
    expect(compiledValidator(SealedFeedSignalEvent)({ ...facts, sealed, signal: content }).map((e) => e.code)).toContain('unknown-field');
  });

  it('refuses a tampered ciphertext, tag, iv, or another binding (topic, signal, event)', () => {
    const sealed = seal(key, binding, content);
    const flip = (b64: string) => {
      const b = Buffer.from(b64, 'base64');
      b[0] ^= 1;
      return b.toString('base64');
    };
    expect(refusal(() => open(key, binding, { ...sealed, ciphertext: flip(sealed.ciphertext) }))).toBe('sealed-tag-mismatch');
    expect(refusal(() => open(key, binding, { ...sealed, tag: flip(sealed.tag) }))).toBe('sealed-tag-mismatch');
    expect(refusal(() => open(key, binding, { ...sealed, iv: flip(sealed.iv) }))).toBe('sealed-tag-mismatch');
    expect(refusal(() => open(key, { ...binding, topic: 'feeds.other.v2' }, sealed))).toBe('sealed-tag-mismatch');
    expect(refusal(() => open(key, { ...binding, eventId: 'ev-1-replay' }, sealed))).toBe('sealed-tag-mismatch');
    expect(refusal(() => open(randomBytes(32), binding, sealed))).toBe('sealed-tag-mismatch');
    const other = '6f1e8a3c-2222-4222-8222-222222222222';
    expect(refusal(() => open(key, { ...binding, signalId: other }, sealed))).toBe('sealed-malformed');
    expect(refusal(() => open(key, { ...binding, signalId: other }, { ...sealed, keyId: other }))).toBe('sealed-tag-mismatch');
    expect(refusal(() => open(key, binding, { ...sealed, alg: 'none' as 'A256GCM' }))).toBe('sealed-malformed');
  });

  it('wraps data keys under the KEK, unwraps under the previous one after a rotation, refuses tampering', () => {
    const wrapped = newWrappedDataKey(signalId, keks);
    expect(wrapped.wrapped.includes(key)).toBe(false);
    const rotated = { current: 'n'.repeat(64), previous: keks.current, source: 'test' };
    expect(wrappedUnderCurrent(wrapped, rotated)).toBe(false);
    expect(unwrapDataKey(signalId, wrapped, rotated)).toEqual(unwrapDataKey(signalId, wrapped, keks));
    expect(refusal(() => unwrapDataKey(signalId, wrapped, { current: 'n'.repeat(64), previous: null, source: 'test' }))).toBe(
      'sealed-kek-unknown',
    );
    const bad = Buffer.from(wrapped.wrapped);
    bad[20] ^= 1;
    expect(refusal(() => unwrapDataKey(signalId, { ...wrapped, wrapped: bad }, keks))).toBe('sealed-key-unwrap-failed');
    // Bound to its signal: another signal's row cannot be swapped in.
    expect(refusal(() => unwrapDataKey('6f1e8a3c-2222-4222-8222-222222222222', wrapped, keks))).toBe('sealed-key-unwrap-failed');
  });

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
