import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { BadPointError, oprfEngine } from './oprf-engine';

/**
 * The oblivious PRF of watchlist matching: RFC 9497, ciphersuite ristretto255-SHA512, base mode
 * (0x00), computed by libsodium when it is installed, else by @noble/curves (oprf-engine.ts; both
 * checked against the RFC's test vectors in oprf.spec.ts).
 *
 * - The key holder (the intake) keeps one secret key per list version. It turns each list entry's
 *   keys into tokens directly (`evaluateToken`, the RFC's non-interactive Evaluate) and answers
 *   blinded points (`blindEvaluate`) — it never sees an agency's inputs, only random-looking points.
 * - An agency blinds its own keys (`blind`, `blindAll`), has the points evaluated, and unblinds
 *   (`finalize`, `finalizeAll`): it gets PRF(key, input) for its inputs, and nothing else; without
 *   the key a token is pseudorandom, so the token set cannot be guessed offline.
 *
 * On the wire, points are the group's canonical 32-byte encodings and tokens the 64-byte SHA-512
 * outputs, both in base64url without padding (43 and 86 characters).
 */
export const OPRF_SUITE = 'ristretto255-SHA512';

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
  return ristretto255_oprf.oprf.generateKeyPair().secretKey;
}

/** Key holder: the token of one of its own inputs (RFC 9497 Evaluate). */
export function evaluateToken(secretKey: Uint8Array, key: string): string {
  return b64u(oprfEngine().evaluate(secretKey, oprfInput(key)));
}

/**
 * Key holder: evaluates blinded points (RFC 9497 BlindEvaluate). A point that is not a canonical
 * ristretto255 encoding, or is the identity, is refused with its index: no partial answer.
 */
export function blindEvaluate(secretKey: Uint8Array, blinded: string[]): string[] {
  try {
    return oprfEngine().blindEvaluate(secretKey, blinded.map(fromB64u)).map(b64u);
  } catch (e) {
    if (e instanceof BadPointError) throw new InvalidPointError(e.index);
    throw e;
  }
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

/** Agency: blinds match keys, each with a fresh random scalar (RFC 9497 Blind). */
export function blindAll(keys: string[]): Blinded[] {
  return oprfEngine()
    .blind(keys.map(oprfInput))
    .map((b, i) => ({ key: keys[i], blind: b.blind, blinded: b64u(b.blinded) }));
}

/** Agency: blinds one match key (RFC 9497 Blind). */
export function blind(key: string): Blinded {
  return blindAll([key])[0];
}

/** The key holder answered a point that is no group element: its answers cannot be used. */
export class InvalidEvaluationError extends Error {
  constructor(readonly index: number) {
    super(`the key holder's evaluated[${index}] is not a valid ristretto255 point`);
  }
}

/** Agency: unblinds the evaluated points and hashes each into its token (RFC 9497 Finalize). */
export function finalizeAll(blinded: Blinded[], evaluated: string[]): string[] {
  try {
    return oprfEngine()
      .finalize(
        blinded.map((b) => oprfInput(b.key)),
        blinded.map((b) => b.blind),
        evaluated.map(fromB64u),
      )
      .map(b64u);
  } catch (e) {
    if (e instanceof BadPointError) throw new InvalidEvaluationError(e.index);
    throw e;
  }
}

/** Agency: unblinds one evaluated point into its token (RFC 9497 Finalize). */
export function finalize(b: Blinded, evaluated: string): string {
  return finalizeAll([b], [evaluated])[0];
}
