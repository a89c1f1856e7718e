import { decodeHeaders, eventIdOf, parseJson } from './events';
import { traceIdOf, traceparent } from './trace';

describe('parseJson (untrusted record values)', () => {
  it.each([
    [null, 'empty message value'],
    [Buffer.alloc(0), 'empty message value'],
    [Buffer.from([0xff, 0xfe, 0x00]), 'not valid UTF-8'],
    [Buffer.from('{"a":'), 'not JSON'],
  ])('explains why %p is unreadable', (value, reason) => {
    const r = parseJson(value as Buffer | null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(reason);
  });

  it('parses JSON', () => {
    expect(parseJson(Buffer.from('{"a":[1,"é"]}'))).toEqual({ ok: true, value: { a: [1, 'é'] } });
  });
});

describe('trace context', () => {
  it('round-trips a trace id through traceparent and rejects malformed or all-zero ids', () => {
    const id = 'ab'.repeat(16);
    expect(traceIdOf(traceparent(id))).toBe(id);
    expect(traceIdOf('00-' + '0'.repeat(32) + '-' + '1'.repeat(16) + '-01')).toBeUndefined();
    expect(traceIdOf('garbage')).toBeUndefined();
    expect(traceIdOf(undefined)).toBeUndefined();
  });
});

describe('eventIdOf (the id an inbox deduplicates by)', () => {
  const at = { topic: 't', partition: 2, offset: '7' };
  it('is the ce-id, or the position in the log when there is none', () => {
    expect(eventIdOf({ ...at, headers: { 'ce-id': 'abc' } })).toBe('abc');
    expect(eventIdOf({ ...at, headers: {} })).toBe('t/2/7');
  });

  it('keeps long ids that share a prefix apart, and the same long id the same', () => {
    const a = 'x'.repeat(100) + 'a';
    const b = 'x'.repeat(100) + 'b';
    const ia = eventIdOf({ ...at, headers: { 'ce-id': a } });
    expect(ia).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(ia).not.toBe(eventIdOf({ ...at, headers: { 'ce-id': b } }));
    expect(eventIdOf({ ...at, offset: '9', headers: { 'ce-id': a } })).toBe(ia);
    expect(eventIdOf({ ...at, headers: { 'ce-id': 'é'.repeat(5000) } })).toHaveLength(71);
  });

  it('scopes an id chosen by someone else (an agency) so that two sources numbering alike stay apart', () => {
    const customs = eventIdOf({ ...at, headers: { 'ce-id': 'event-1' } }, 'customs');
    expect(customs).toMatch(/^customs:keyed:[0-9a-f-]{36}$/);
    expect(customs).not.toBe(eventIdOf({ ...at, headers: { 'ce-id': 'event-1' } }, 'mobility'));
    expect(eventIdOf({ ...at, offset: '9', headers: { 'ce-id': 'event-1' } }, 'customs')).toBe(customs);
    const long = 'x'.repeat(95);
    expect(eventIdOf({ ...at, headers: { 'ce-id': long } }, 'customs')).not.toBe(
      eventIdOf({ ...at, headers: { 'ce-id': long } }, 'mobility'),
    );
    expect(eventIdOf({ ...at, headers: { 'ce-id': `${long}a` } }, 'customs')).not.toBe(
      eventIdOf({ ...at, headers: { 'ce-id': `${long}b` } }, 'customs'),
    );
  });

  it("keeps an outside id only when it is a UUID: an agency's text in its place is never stored (issue 32, item 6)", () => {
    const uuid = '3f2b8c1e-9a4d-4e7f-8b6a-0c1d2e3f4a5b';
    expect(eventIdOf({ ...at, headers: { 'ce-id': uuid } }, 'customs')).toBe(`customs:${uuid}`);
    const planted = 'Janssens.Pieter.1975-02-03.NN75020312345';
    const id = eventIdOf({ ...at, headers: { 'ce-id': planted } }, 'customs');
    expect(id).toMatch(/^customs:keyed:[0-9a-f-]{36}$/);
    expect(id).not.toContain('Janssens');
    expect(id.length).toBeLessThanOrEqual(100);
  });
});

describe('decodeHeaders', () => {
  it('keeps ids that decode losslessly, and tells apart ids that would read the same after NUL or bad bytes are replaced', () => {
    const id = (b: Buffer) => decodeHeaders({ 'ce-id': b })['ce-id'];
    expect(id(Buffer.from('plain-id'))).toBe('plain-id');
    expect(id(Buffer.from('é-\ufffd'))).toBe('é-\ufffd');
    const nul = id(Buffer.from('a\0'));
    const replacement = id(Buffer.from('a\ufffd'));
    const badByte = id(Buffer.from([0x61, 0xff]));
    expect(new Set([nul, replacement, badByte]).size).toBe(3);
    expect(nul).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(id(Buffer.from('a\0'))).toBe(nul);
    // Other headers are only made storable.
    expect(decodeHeaders({ 'ce-source': Buffer.from('a\0b') })['ce-source']).toBe('a\ufffdb');
  });
});
