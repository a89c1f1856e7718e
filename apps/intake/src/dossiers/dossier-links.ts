// The contract's subject keys, the ones the router links on, so that the intake names the same keys.
import { KeyReference, SignalSubmission, signalSubjectKeys } from '@passerelle/contracts';
import { subjectKeyReference as keyReference } from '@passerelle/crypto';

// The reference the router puts on routed events for a key (one function, in the contracts), so a
// link shown here names the key the router matched.
export { keyReference };
export type { KeyReference };

/** The subject keys of a stored signal (none when its subjects cannot be read). */
function keysOf(signal: unknown): string[] {
  try {
    return signalSubjectKeys(signal as SignalSubmission);
  } catch {
    return [];
  }
}

/** Why a signal is in the dossier, as far as the reader can see. */
export type DossierLink =
  /** The first signal of the dossier the reader may see. */
  | { reason: 'opened-dossier' }
  /** It shares a subject key with an earlier signal the reader may see: which kind, its digest, and which signal. */
  | { reason: 'shared-subject-key'; keyType: string; keyDigest: string; linkedTo: string }
  /** It shares no subject key with any earlier signal the reader may see. */
  | { reason: 'no-visible-link' };

export interface DossierMember {
  signalId: string;
  /** The stored signal content: its subjects give its keys. */
  signal: unknown;
}

/**
 * The links among the signals of a dossier that one reader may see, computed over those signals
 * only: `members` are the visible signals in dossier order, and nothing about the others goes in —
 * not even the key the router matched, which may have come from a signal the reader may not see.
 * So a link shows only when the reader sees both its ends (and both signals' subjects), and the
 * reader gets the view it would have if the dossier held nothing else: the first visible signal
 * opened it; a later one is linked the way the router links, on the key that entered the dossier
 * first (ties: in key order), to the signal that brought that key in.
 */
export function linksWithin(members: DossierMember[]): Map<string, DossierLink> {
  const links = new Map<string, DossierLink>();
  /** Each key seen so far, with the visible signal that brought it in. */
  const origin = new Map<string, { at: number; signalId: string }>();
  members.forEach((m, at) => {
    const keys = keysOf(m.signal);
    let best: { key: string; at: number; signalId: string } | undefined;
    for (const key of keys) {
      const o = origin.get(key);
      if (o && (!best || o.at < best.at || (o.at === best.at && key < best.key))) best = { key, ...o };
    }
    if (best) {
      const ref = keyReference(best.key);
      links.set(m.signalId, { reason: 'shared-subject-key', keyType: ref.type, keyDigest: ref.digest, linkedTo: best.signalId });
    } else {
      links.set(m.signalId, at === 0 ? { reason: 'opened-dossier' } : { reason: 'no-visible-link' });
    }
    for (const key of keys) if (!origin.has(key)) origin.set(key, { at, signalId: m.signalId });
  });
  return links;
}

/** The links that name another signal (a shared subject key), by signal: what STIX and MISP exports show as relationships. */
export function sharedKeyLinks(members: DossierMember[]): Map<string, { linkedTo: string; keyType: string; keyDigest: string }> {
  const out = new Map<string, { linkedTo: string; keyType: string; keyDigest: string }>();
  for (const [signalId, link] of linksWithin(members)) {
    if (link.reason === 'shared-subject-key')
      out.set(signalId, { linkedTo: link.linkedTo, keyType: link.keyType, keyDigest: link.keyDigest });
  }
  return out;
}
