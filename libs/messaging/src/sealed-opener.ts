import { compiledValidator, ContractError, SealedContent } from '@passerelle/contracts';
import { DataKeyReader, dataKeyKeks, KeySecrets, open, SealError, unwrapDataKey } from '@passerelle/crypto';
import { MessageOpener } from './dead-letters';
import { IncomingMessage, parseJson } from './events';

const SEALED_KEY = Buffer.from('"sealed"', 'utf8');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The payload field sealed content opens into: the signal (submissions, feeds), or a feedback's detail. */
export type SealedField = 'signal' | 'detail' | 'product' | 'reply';

/** The payload field whose UUID names the data key (and binds the seal): a signal's, or an OCAM product's. */
export type SealedOwner = 'signalId' | 'productId';

/**
 * The transport's opener for a consumer of sealed topics: a message whose payload carries `sealed`
 * is opened with its signal's data key (one query per batch) into the payload its contract names
 * (`sealed` replaced by `into`: `signal` on submissions and feeds, `detail` on feedback; the
 * message's `payload`, which the transport's decoding reads instead of parsing it again); a message
 * without `sealed` is left to the contract check. Refused,
 * and so dead-lettered sealed as it came: a destroyed key (`sealed-key-destroyed`: the signal was
 * erased or purged), a tag that fails (`sealed-tag-mismatch`: altered, or replayed under another
 * topic, signal or event), an envelope this version does not write (`sealed-malformed`).
 */
export function sealedOpener(
  keys: DataKeyReader,
  keks: () => KeySecrets = dataKeyKeks,
  into: SealedField = 'signal',
  by: SealedOwner = 'signalId',
): MessageOpener {
  const envelope = compiledValidator(SealedContent);
  return async (messages) => {
    const payloads = messages.map((m): Record<string, unknown> | null => {
      // Most messages of a mixed topic (agencies' own submissions) are not sealed: not parsed twice.
      // A `sealed` key spelt with escapes is not one this transport opens; the contract refuses it.
      if (!m.value || !m.value.includes(SEALED_KEY)) return null;
      const p = parseJson(m.value);
      if (!p.ok || typeof p.value !== 'object' || p.value === null || Array.isArray(p.value)) return null;
      return 'sealed' in p.value ? (p.value as Record<string, unknown>) : null;
    });
    const ownerOf = (p: Record<string, unknown>): unknown => p[by];
    const ids = payloads.flatMap((p) => {
      const id = p ? ownerOf(p) : undefined;
      return typeof id === 'string' && UUID.test(id) ? [id.toLowerCase()] : [];
    });
    const wrapped = await keys.loadWrapped(ids);
    return messages.map((m, i): IncomingMessage | ContractError[] => {
      const p = payloads[i];
      if (!p) return m;
      const refuse = (code: string, reason: string): ContractError[] => [{ path: 'sealed', reason, code }];
      const owner = ownerOf(p);
      if (typeof owner !== 'string' || !UUID.test(owner) || typeof p.eventId !== 'string')
        return refuse('sealed-malformed', `a sealed payload needs a UUID ${by} and an eventId`);
      const bad = envelope(p.sealed);
      if (bad.length) return bad.map((e) => ({ ...e, path: e.path ? `sealed.${e.path}` : 'sealed' }));
      const k = wrapped.get(owner.toLowerCase());
      if (!k)
        return refuse(
          'sealed-key-destroyed',
          by === 'signalId'
            ? "the signal's data key is gone (erased or purged): the content cannot be opened"
            : "the product's data key is gone (shredded): the content cannot be opened",
        );
      try {
        const key = unwrapDataKey(owner.toLowerCase(), k, keks());
        const content = open(key, { topic: m.topic, signalId: owner, eventId: p.eventId }, p.sealed as SealedContent);
        const { sealed: _sealed, ...facts } = p;
        // The opened content takes the place of what the facts say of it in clear (a feedback's codes).
        // `payload` is what the contract check reads (nothing parses the opened value again); `value`
        // stays the payload in clear for what reads the record itself (a dead letter's notice).
        const payload = { ...facts, [into]: content };
        return { ...m, value: Buffer.from(JSON.stringify(payload), 'utf8'), sealedValue: m.value, payload };
      } catch (e) {
        if (e instanceof SealError) return refuse(e.code, e.message);
        return refuse('sealed-malformed', 'the sealed content is not JSON');
      }
    });
  };
}
