import { randomBytes } from 'node:crypto';
import { CursorCodec } from './cursor';

describe('feed cursors', () => {
  const codec = new CursorCodec(randomBytes(32).toString('hex'));

  it('round-trips a position and hides it', () => {
    const token = codec.encode('ocam', 41n);
    expect(codec.decode('ocam', token)).toBe(41n);
    expect(token).not.toContain('41');
    expect(codec.encode('ocam', 42n)).not.toBe(token);
  });

  it('refuses a cursor of another feed, a forged or a mangled one', () => {
    expect(codec.decode('police-organised-crime', codec.encode('ocam', 7n))).toBeNull();
    expect(codec.decode('ocam', 'AAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    expect(codec.decode('ocam', 'not a cursor')).toBeNull();
    expect(new CursorCodec(randomBytes(32).toString('hex')).decode('ocam', codec.encode('ocam', 7n))).toBeNull();
  });
});
