import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { SealedContent } from '@passerelle/contracts';
import { kekProvider, useKekProvider } from './kek-provider';
import { KeySecrets } from './keys';

/**
 * Crypto-shredding of the content Passerelle writes to Kafka. Each signal has its own AES-256 data
 * key (drawn once, kept in Postgres `keys.data_keys`, wrapped under the deployment's key-encryption
 * key); the content of each copy on a topic is sealed with it (AES-256-GCM), bound by its
 * additional data to the topic, the signal and the event. Erasure (and the purge at term) deletes
 * the key: every copy still inside Kafka's retention is then ciphertext nobody can open.
 */
export { DATA_KEY_KEK_ENV, DATA_KEY_KEK_FILE_ENV, DEV_DATA_KEY_KEK_FILE } from './kek-provider';

export const SEAL_ALG = 'A256GCM';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/**
 * The key-encryption key(s), from the KEK provider in force (kek-provider.ts: by default the file
 * provider, by the rules of the key secret, keys.ts: `PASSERELLE_DATA_KEY_KEK` or `_FILE`;
 * `_PREVIOUS[_FILE]` for the one before a rotation, still unwraps, never wraps).
 */
export function dataKeyKeks(): KeySecrets {
  return kekProvider().keks();
}

/** Forgets the loaded KEKs (tests that rotate them): the file provider reads the environment again. */
export function resetDataKeyKeks(): void {
  useKekProvider(undefined);
}

/** A KEK as an AES-256 key, and the id stored beside what it wraps (so the right one unwraps). */
function kekOf(secret: string): { id: string; key: Buffer } {
  const key = createHash('sha256').update(`passerelle.data-key-kek\u0000${secret}`, 'utf8').digest();
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

/** A data key as stored: wrapped (iv ‖ ciphertext ‖ tag under the KEK) and the KEK's id. */
export interface WrappedDataKey {
  wrapped: Buffer;
  kekId: string;
}

/** Draws a fresh data key, wrapped under the current KEK (AAD: the signal id). */
export function newWrappedDataKey(signalId: string, keks: KeySecrets = dataKeyKeks()): WrappedDataKey {
  return drawDataKey(signalId, keks).wrapped;
}

/** Draws a fresh data key: the key itself (to seal with now, in memory only) and as it is stored. */
export function drawDataKey(signalId: string, keks: KeySecrets = dataKeyKeks()): { key: Buffer; wrapped: WrappedDataKey } {
  const kek = kekOf(keks.current);
  const key = randomBytes(KEY_BYTES);
  const iv = randomBytes(IV_BYTES);
  const c = createCipheriv('aes-256-gcm', kek.key, iv);
  c.setAAD(Buffer.from(`data-key\u0000${signalId}`, 'utf8'));
  const body = Buffer.concat([c.update(key), c.final()]);
  return { key, wrapped: { wrapped: Buffer.concat([iv, body, c.getAuthTag()]), kekId: kek.id } };
}

/** The data key, unwrapped under the KEK that wrapped it (current or previous); throws when neither did or it was tampered with. */
export function unwrapDataKey(signalId: string, k: WrappedDataKey, keks: KeySecrets = dataKeyKeks()): Buffer {
  const kek = [keks.current, keks.previous].flatMap((s) => (s ? [kekOf(s)] : [])).find((x) => x.id === k.kekId);
  if (!kek) throw new SealError('sealed-kek-unknown', 'the data key is wrapped under a key-encryption key this service does not hold');
  const iv = k.wrapped.subarray(0, IV_BYTES);
  const tag = k.wrapped.subarray(k.wrapped.length - TAG_BYTES);
  const d = createDecipheriv('aes-256-gcm', kek.key, iv);
  d.setAAD(Buffer.from(`data-key\u0000${signalId}`, 'utf8'));
  d.setAuthTag(tag);
  try {
    return Buffer.concat([d.update(k.wrapped.subarray(IV_BYTES, k.wrapped.length - TAG_BYTES)), d.final()]);
  } catch {
    throw new SealError('sealed-key-unwrap-failed', 'the data key does not unwrap (tampered with, or another KEK)');
  }
}

/** Whether a wrapped key is under the previous KEK (to be re-wrapped under the current one). */
export function wrappedUnderCurrent(k: WrappedDataKey, keks: KeySecrets = dataKeyKeks()): boolean {
  return k.kekId === kekOf(keks.current).id;
}

/** What the sealed content is bound to: the topic it was written to, its signal, its event. */
export interface SealBinding {
  topic: string;
  signalId: string;
  eventId: string;
}

const aadOf = (b: SealBinding): Buffer => Buffer.from(`passerelle.sealed.v1\u0000${b.topic}\u0000${b.signalId}\u0000${b.eventId}`, 'utf8');

/** Seals `content` (serialised as JSON) under the signal's data key, bound to topic, signal and event. */
export function seal(key: Buffer, binding: SealBinding, content: unknown): SealedContent {
  const iv = randomBytes(IV_BYTES);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(aadOf(binding));
  const ciphertext = Buffer.concat([c.update(JSON.stringify(content), 'utf8'), c.final()]);
  return {
    alg: SEAL_ALG,
    keyId: binding.signalId,
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: c.getAuthTag().toString('base64'),
  };
}

/** A sealed message that cannot be opened, with the code its dead letter carries. */
export class SealError extends Error {
  constructor(
    readonly code: 'sealed-key-destroyed' | 'sealed-tag-mismatch' | 'sealed-malformed' | 'sealed-kek-unknown' | 'sealed-key-unwrap-failed',
    reason: string,
  ) {
    super(reason);
    this.name = 'SealError';
  }
}

/**
 * Opens sealed content: the parsed JSON it was sealed from. Throws {@link SealError}
 * `sealed-tag-mismatch` when the ciphertext, its tag or its binding (topic, signal, event) was
 * altered, `sealed-malformed` when the envelope is not one this version writes.
 */
export function open(key: Buffer, binding: SealBinding, sealed: SealedContent): unknown {
  if (sealed.alg !== SEAL_ALG || sealed.keyId !== binding.signalId)
    throw new SealError('sealed-malformed', 'unknown algorithm, or a key id that is not the signal id');
  const iv = Buffer.from(sealed.iv, 'base64');
  const tag = Buffer.from(sealed.tag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SealError('sealed-malformed', 'iv or tag of the wrong length');
  const d = createDecipheriv('aes-256-gcm', key, iv);
  d.setAAD(aadOf(binding));
  d.setAuthTag(tag);
  let text: string;
  try {
    text = Buffer.concat([d.update(Buffer.from(sealed.ciphertext, 'base64')), d.final()]).toString('utf8');
  } catch {
    throw new SealError('sealed-tag-mismatch', 'the content does not authenticate under its key and binding');
  }
  return JSON.parse(text);
}

/** The provider an app that consumes sealed topics gives (a libs/persistence DataKeyStore on its DataSource). */
export const DATA_KEY_READER = 'passerelle.data-key-reader';

/** Where an opener finds the data keys (libs/persistence DataKeyStore): wrapped, as stored. */
export interface DataKeyReader {
  loadWrapped(signalIds: string[]): Promise<Map<string, WrappedDataKey>>;
}
