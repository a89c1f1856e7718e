import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';

/**
 * Opaque feed cursors. A cursor is the position in the feed (a sequence over every reader's items)
 * encrypted as one AES block with the feed's tag, so it reveals neither the position nor, through
 * gaps between positions, how many items other readers see. A cursor is bound to its feed.
 */
export class CursorCodec {
  private readonly key: Buffer;

  constructor(keyHex: string) {
    this.key = Buffer.from(keyHex, 'hex');
    if (this.key.length !== 32) throw new Error('cursor key must be 32 bytes');
  }

  private tag(feed: string): Buffer {
    return createHash('sha256').update(`cursor:${feed}`).digest().subarray(0, 8);
  }

  encode(feed: string, seq: bigint): string {
    const block = Buffer.alloc(16);
    block.writeBigUInt64BE(seq, 0);
    this.tag(feed).copy(block, 8);
    const c = createCipheriv('aes-256-ecb', this.key, null).setAutoPadding(false);
    return Buffer.concat([c.update(block), c.final()]).toString('base64url');
  }

  /** The position, or null when the token is not a cursor of this feed. */
  decode(feed: string, token: string): bigint | null {
    const raw = Buffer.from(token, 'base64url');
    if (raw.length !== 16 || raw.toString('base64url') !== token) return null;
    const d = createDecipheriv('aes-256-ecb', this.key, null).setAutoPadding(false);
    const block = Buffer.concat([d.update(raw), d.final()]);
    if (!block.subarray(8).equals(this.tag(feed))) return null;
    return block.readBigUInt64BE(0);
  }
}
