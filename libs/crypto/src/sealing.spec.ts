import { compiledValidator, SealedFeedSignalEvent } from '@passerelle/contracts';
import { randomBytes } from 'node:crypto';
import { newWrappedDataKey, open, seal, SealError, unwrapDataKey, wrappedUnderCurrent } from './sealing';

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
});
