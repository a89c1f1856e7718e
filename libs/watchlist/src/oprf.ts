import { ristretto255_oprf } from '@noble/curves/ed25519.js';

/**
 * The oblivious PRF of watchlist matching: RFC 9497, ciphersuite ristretto255-SHA512, base mode
 * (0x00), as implemented by @noble/curves (checked against the RFC's test vectors in oprf.spec.ts).
 *
 * - The key holder (the intake) keeps one secret key per list version. It turns each list entry's
 *   keys into tokens directly (`evaluateToken`, the RFC's non-interactive Evaluate) and answers
 *   blinded points (`blindEvaluate`) — it never sees an agency's inputs, only random-looking points.
 * - An agency blinds its own keys (`blind`), has the points evaluated, and unblinds (`finalize`):
 *   it gets PRF(key, input) for its inputs, and nothing else; without the key a token is
 *   pseudorandom, so the token set cannot be guessed offline.
 *
 * On the wire, points are the group's canonical 32-byte encodings and tokens the 64-byte SHA-512
 * outputs, both in base64url without padding (43 and 86 characters).
 */
export const OPRF_SUITE = 'ristretto255-SHA512';

const oprf = ristretto255_oprf.oprf;
/**
 * noble's OPRF mode also has the RFC's non-interactive Evaluate at run time (one scalar
 * multiplication instead of three), though its type declarations leave it out; without it the
 * key holder goes through blind, blindEvaluate and finalize, which give the same output.
 */
const nonInteractive = (oprf as typeof oprf & { evaluate?: (secretKey: Uint8Array, input: Uint8Array) => Uint8Array }).evaluate;
const utf8 = new TextEncoder();

export const b64u = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
export const fromB64u = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64url'));

/** A point on the wire: 43 base64url characters (32 bytes). */
export const POINT_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** A token: 86 base64url characters (64 bytes). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{86}$/;

/**
 * The PRF input for a match key. The prefix separates watchlist inputs from any other use of an
 * OPRF key; the per-version key separates versions and lists.
 */
export function oprfInput(key: string): Uint8Array {
  return utf8.encode(`passerelle.watchlist.v1:${key}`);
}

/** A fresh secret key for one list version (32 bytes, a scalar); it never leaves the key holder. */
export function generateSecretKey(): Uint8Array {
  return oprf.generateKeyPair().secretKey;
}

/** Key holder: the token of one of its own inputs (RFC 9497 Evaluate). */
export function evaluateToken(secretKey: Uint8Array, key: string): string {
  const input = oprfInput(key);
  if (nonInteractive) return b64u(nonInteractive(secretKey, input));
  const b = oprf.blind(input);
  return b64u(oprf.finalize(input, b.blind, oprf.blindEvaluate(secretKey, b.blinded)));
}

/**
 * Key holder: evaluates blinded points (RFC 9497 BlindEvaluate). A point that is not a canonical
 * ristretto255 encoding, or is the identity, is refused with its index: no partial answer.
 */
export function blindEvaluate(secretKey: Uint8Array, blinded: string[]): string[] {
  return blinded.map((p, i) => {
    try {
      return b64u(oprf.blindEvaluate(secretKey, fromB64u(p)));
    } catch {
      throw new InvalidPointError(i);
    }
  });
}

export class InvalidPointError extends Error {
  constructor(readonly index: number) {
    super(`blinded[${index}] is not a valid ristretto255 point`);
  }
}

/** Agency: a blinded input and the blind that undoes it (kept by the agency, never sent). */
export interface Blinded {
  key: string;
  blind: Uint8Array;
  blinded: string;
}

/** Agency: blinds a match key with a fresh random scalar (RFC 9497 Blind). */
export function blind(key: string): Blinded {
  const b = oprf.blind(oprfInput(key));
  return { key, blind: b.blind, blinded: b64u(b.blinded) };
}

/** Agency: unblinds the evaluated point and hashes it into the token (RFC 9497 Finalize). */
export function finalize(b: Blinded, evaluated: string): string {
  return b64u(oprf.finalize(oprfInput(b.key), b.blind, fromB64u(evaluated)));
}
