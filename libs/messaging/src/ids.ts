import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout) derived from its parts. Events a consumer produces in reaction to an
 * input get ids derived from that input, so a redelivered input yields the same `ce-id` and
 * downstream inboxes drop the repeat.
 */
export function derivedId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u001f'), 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
