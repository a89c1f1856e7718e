import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { createHash, randomBytes } from 'node:crypto';

/**
 * The group arithmetic behind the watchlist OPRF (RFC 9497, ristretto255-SHA512, base mode 0x00),
 * in batches, with two interchangeable engines that give the same bytes:
 *
 * - `libsodium`: libsodium's ristretto255 (the `libsodium-wrappers-sumo` package, WebAssembly),
 *   about ten times faster than the pure JavaScript one. RFC 9497's steps are written out here
 *   (HashToGroup per RFC 9380 §5.3.1 expand_message_xmd with SHA-512 and RFC 9496's element
 *   derivation; the Finalize hash), libsodium does the scalar and point operations — constant-time
 *   scalar multiplications (`crypto_scalarmult_ristretto255`) for the secret key, the secret blinds
 *   and their inverses alike.
 * - `noble`: @noble/curves' RFC 9497 implementation (constant-time `multiply`), used when
 *   libsodium is not installed, or when `WATCHLIST_OPRF_ENGINE=noble`.
 *
 * Both are checked against the RFC's test vectors (oprf.spec.ts). libsodium loads asynchronously:
 * `loadOprfEngine()` before heavy work; until it has loaded, the noble engine answers.
 */
export type OprfEngineName = 'libsodium' | 'noble';

export interface OprfEngine {
  readonly name: OprfEngineName;
  /** RFC 9497 Blind for each input; `blinds` (tests only) fixes the blinds instead of drawing them. */
  blind(inputs: Uint8Array[], blinds?: Uint8Array[]): { blind: Uint8Array; blinded: Uint8Array }[];
  /** RFC 9497 BlindEvaluate for each point; throws BadPointError with the index of a bad point. */
  blindEvaluate(secretKey: Uint8Array, points: Uint8Array[]): Uint8Array[];
  /** RFC 9497 Finalize for each (input, blind, evaluated point); throws BadPointError for a bad point. */
  finalize(inputs: Uint8Array[], blinds: Uint8Array[], evaluated: Uint8Array[]): Uint8Array[];
  /** RFC 9497 Evaluate (the key holder's own inputs, no blinding). */
  evaluate(secretKey: Uint8Array, input: Uint8Array): Uint8Array;
}

/** A point received that is not a canonical ristretto255 encoding, or is the identity. */
export class BadPointError extends Error {
  constructor(readonly index: number) {
    super(`point ${index} is not a valid ristretto255 element`);
  }
}

const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');
const CONTEXT = Buffer.concat([ascii('OPRFV1-'), Buffer.from([0x00]), ascii('-ristretto255-SHA512')]);
const HASH_TO_GROUP_DST = Buffer.concat([ascii('HashToGroup-'), CONTEXT]);
const FINALIZE = ascii('Finalize');
const u16 = (n: number): Buffer => Buffer.from([n >> 8, n & 0xff]);
const sha512 = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('sha512');
  for (const p of parts) h.update(p);
  return h.digest();
};

/** RFC 9380 §5.3.1 expand_message_xmd with SHA-512, 64 bytes out (one block: ell = 1). */
function expandMessageXmd64(msg: Uint8Array, dst: Uint8Array): Buffer {
  const dstPrime = Buffer.concat([dst, Buffer.from([dst.length])]);
  const b0 = sha512(Buffer.alloc(128), msg, u16(64), Buffer.from([0]), dstPrime);
  return sha512(b0, Buffer.from([1]), dstPrime);
}

/** RFC 9497 Finalize's hash: Hash(len(input) ‖ input ‖ len(element) ‖ element ‖ "Finalize"). */
function finalizeHash(input: Uint8Array, element: Uint8Array): Uint8Array {
  return new Uint8Array(sha512(u16(input.length), input, u16(element.length), element, FINALIZE));
}

function checkInput(input: Uint8Array): void {
  if (input.length > 0xffff) throw new Error('an OPRF input is at most 65,535 bytes');
}

/** The part of libsodium-wrappers-sumo's API used here. */
interface Sodium {
  ready: Promise<void>;
  crypto_core_ristretto255_from_hash(h: Uint8Array): Uint8Array;
  crypto_core_ristretto255_scalar_reduce(s: Uint8Array): Uint8Array;
  crypto_core_ristretto255_scalar_invert(s: Uint8Array): Uint8Array;
  crypto_core_ristretto255_scalar_mul(a: Uint8Array, b: Uint8Array): Uint8Array;
  crypto_scalarmult_ristretto255(n: Uint8Array, p: Uint8Array): Uint8Array;
}

const isZero = (b: Uint8Array): boolean => b.every((x) => x === 0);

function sodiumEngine(s: Sodium): OprfEngine {
  const hashToGroup = (input: Uint8Array): Uint8Array => s.crypto_core_ristretto255_from_hash(expandMessageXmd64(input, HASH_TO_GROUP_DST));
  /** Multiplies a point by a secret scalar in constant time; null for a bad point or an identity result. */
  const mult = (scalar: Uint8Array, point: Uint8Array): Uint8Array | null => {
    try {
      return s.crypto_scalarmult_ristretto255(scalar, point);
    } catch {
      return null; // not a canonical encoding, or the identity (k·P = 0 only for P = 0)
    }
  };
  /** RFC 9497 RandomScalar: uniform in [1, order), from 64 random bytes reduced mod the order. */
  const randomScalars = (n: number): Uint8Array[] => {
    const bytes = randomBytes(64 * n);
    const out: Uint8Array[] = [];
    for (let i = 0; i < n; i++) {
      let r = s.crypto_core_ristretto255_scalar_reduce(bytes.subarray(64 * i, 64 * i + 64));
      while (isZero(r)) r = s.crypto_core_ristretto255_scalar_reduce(randomBytes(64));
      out.push(r);
    }
    return out;
  };
  /** Inverses of non-zero scalars, with one inversion for the lot (Montgomery's trick; constant-time operations only). */
  const invertAll = (xs: Uint8Array[]): Uint8Array[] => {
    if (!xs.length) return [];
    const prefix: Uint8Array[] = [xs[0]];
    for (let i = 1; i < xs.length; i++) prefix.push(s.crypto_core_ristretto255_scalar_mul(prefix[i - 1], xs[i]));
    let inv = s.crypto_core_ristretto255_scalar_invert(prefix[xs.length - 1]);
    const out: Uint8Array[] = new Array<Uint8Array>(xs.length);
    for (let i = xs.length - 1; i > 0; i--) {
      out[i] = s.crypto_core_ristretto255_scalar_mul(inv, prefix[i - 1]);
      inv = s.crypto_core_ristretto255_scalar_mul(inv, xs[i]);
    }
    out[0] = inv;
    return out;
  };
  return {
    name: 'libsodium',
    blind(inputs, blinds) {
      const rs = blinds ?? randomScalars(inputs.length);
      return inputs.map((input, i) => {
        checkInput(input);
        const blinded = mult(rs[i], hashToGroup(input));
        if (!blinded) throw new Error('the input hashes to the identity');
        return { blind: rs[i], blinded };
      });
    },
    blindEvaluate(secretKey, points) {
      return points.map((p, i) => {
        const z = p.length === 32 ? mult(secretKey, p) : null;
        if (!z) throw new BadPointError(i);
        return z;
      });
    },
    finalize(inputs, blinds, evaluated) {
      const inverses = invertAll(blinds);
      return inputs.map((input, i) => {
        checkInput(input);
        const n = evaluated[i].length === 32 ? mult(inverses[i], evaluated[i]) : null;
        if (!n) throw new BadPointError(i);
        return finalizeHash(input, n);
      });
    },
    evaluate(secretKey, input) {
      checkInput(input);
      const n = mult(secretKey, hashToGroup(input));
      if (!n) throw new Error('the input hashes to the identity');
      return finalizeHash(input, n);
    },
  };
}

const nobleOprf = ristretto255_oprf.oprf;
/**
 * noble's OPRF mode also has the RFC's non-interactive Evaluate at run time, though its type
 * declarations leave it out; without it, blind, blindEvaluate and finalize give the same output.
 */
const nobleEvaluate = (nobleOprf as typeof nobleOprf & { evaluate?: (secretKey: Uint8Array, input: Uint8Array) => Uint8Array }).evaluate;

export const nobleEngine: OprfEngine = {
  name: 'noble',
  blind(inputs, blinds) {
    return inputs.map((input, i) => {
      const fixed = blinds?.[i];
      // noble draws 48 random bytes and maps them to 1 + (n mod (order - 1)): the bytes of `blind - 1` give `blind`.
      const rng = fixed ? () => bytesOfScalarMinusOne(fixed) : undefined;
      return nobleOprf.blind(input, rng);
    });
  },
  blindEvaluate(secretKey, points) {
    return points.map((p, i) => {
      try {
        return nobleOprf.blindEvaluate(secretKey, p);
      } catch {
        throw new BadPointError(i);
      }
    });
  },
  finalize(inputs, blinds, evaluated) {
    return inputs.map((input, i) => {
      try {
        return nobleOprf.finalize(input, blinds[i], evaluated[i]);
      } catch (e) {
        if ((e as Error).message.includes('input')) throw e;
        throw new BadPointError(i);
      }
    });
  },
  evaluate(secretKey, input) {
    if (nobleEvaluate) return nobleEvaluate(secretKey, input);
    const b = nobleOprf.blind(input);
    return nobleOprf.finalize(input, b.blind, nobleOprf.blindEvaluate(secretKey, b.blinded));
  },
};

function bytesOfScalarMinusOne(scalar: Uint8Array): Uint8Array {
  let v = BigInt('0x' + Buffer.from(scalar).reverse().toString('hex')) - 1n;
  const out = new Uint8Array(48);
  for (let i = 0; i < 48; i++, v >>= 8n) out[i] = Number(v & 0xffn);
  return out;
}

/** The package that brings libsodium's ristretto255 (WebAssembly, no native build). */
export const LIBSODIUM_PACKAGE = 'libsodium-wrappers-sumo';

let current: OprfEngine = nobleEngine;
let loading: Promise<OprfEngine> | undefined;

/** The engine in use now (noble until libsodium has loaded). */
export function oprfEngine(): OprfEngine {
  return current;
}

/**
 * Loads the fastest engine available, once: libsodium when its package is installed, else noble.
 * `WATCHLIST_OPRF_ENGINE=noble` keeps noble; `=libsodium` makes a missing package an error.
 */
export function loadOprfEngine(): Promise<OprfEngine> {
  loading ??= (async () => {
    const wanted = process.env.WATCHLIST_OPRF_ENGINE;
    if (wanted === 'noble') return (current = nobleEngine);
    if (wanted !== undefined && wanted !== 'libsodium')
      throw new Error(`WATCHLIST_OPRF_ENGINE must be libsodium or noble, not '${wanted}'`);
    let sodium: Sodium;
    try {
      // A variable name: the package is optional, and TypeScript need not find its types.
      const pkg: string = LIBSODIUM_PACKAGE;
      const mod = (await import(pkg)) as Sodium & { default?: Sodium };
      sodium = mod.default && typeof mod.default.ready === 'object' ? mod.default : mod;
    } catch (e) {
      if (wanted === 'libsodium')
        throw new Error(`WATCHLIST_OPRF_ENGINE=libsodium but ${LIBSODIUM_PACKAGE} cannot be loaded: ${(e as Error).message}`);
      return (current = nobleEngine);
    }
    await sodium.ready;
    return (current = sodiumEngine(sodium));
  })();
  return loading;
}

/**
 * Switches this thread's engine (the benchmark's baseline: `noble`); worker threads load theirs
 * with `loadOprfEngine()`, which follows WATCHLIST_OPRF_ENGINE.
 */
export async function useOprfEngine(name: OprfEngineName): Promise<OprfEngine> {
  if (name === 'noble') return (current = nobleEngine);
  const sodium = await libsodiumEngine();
  if (!sodium) throw new Error(`${LIBSODIUM_PACKAGE} is not installed`);
  return (current = sodium);
}

/** For tests: the libsodium engine, or undefined when its package is not installed. */
export async function libsodiumEngine(): Promise<OprfEngine | undefined> {
  try {
    const pkg: string = LIBSODIUM_PACKAGE;
    const mod = (await import(pkg)) as Sodium & { default?: Sodium };
    const sodium = mod.default && typeof mod.default.ready === 'object' ? mod.default : mod;
    await sodium.ready;
    return sodiumEngine(sodium);
  } catch {
    return undefined;
  }
}
