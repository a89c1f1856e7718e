import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import {
  blind,
  blindAll,
  blindEvaluate,
  evaluateToken,
  finalize,
  finalizeAll,
  generateSecretKey,
  InvalidEvaluationError,
  InvalidPointError,
  POINT_PATTERN,
  TOKEN_PATTERN,
} from './oprf';
import { BadPointError, LIBSODIUM_PACKAGE, libsodiumEngine, loadOprfEngine, nobleEngine, OprfEngine, oprfEngine } from './oprf-engine';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const bytes = (h: string): Uint8Array => new Uint8Array(Buffer.from(h, 'hex'));

/**
 * RFC 9497, Appendix A.1.1 (ristretto255-SHA512, OPRF mode 0x00): the key derived from the seed and
 * key info, and test vectors 1 and 2 (batch size 1). The values were cross-checked against several
 * independent implementations' copies of the appendix (Python, Go, Rust, Zig), which agree.
 */
const SEED = 'a3'.repeat(32);
const KEY_INFO = '74657374206b6579'; // "test key"
const SK_SM = '5ebcea5ee37023ccb9fc2d2019f9d7737be85591ae8652ffa9ef0f4d37063b0e';
const BLIND = '64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706';
const VECTORS = [
  {
    input: '00',
    blinded: '609a0ae68c15a3cf6903766461307e5c8bb2f95e7e6550e1ffa2dc99e412803c',
    evaluated: '7ec6578ae5120958eb2db1745758ff379e77cb64fe77b0b2d8cc917ea0869c7e',
    output:
      '527759c3d9366f277d8c6020418d96bb393ba2afb20ff90df23fb7708264e2f3ab9135e3bd69955851de4b1f9fe8a0973396719b7912ba9ee8aa7d0b5e24bcf6',
  },
  {
    input: '5a'.repeat(17),
    blinded: 'da27ef466870f5f15296299850aa088629945a17d1f5b7f5ff043f76b3c06418',
    evaluated: 'b4cbf5a4f1eeda5a63ce7b77c7d23f461db3fcab0dd28e4e17cecb5c90d02c25',
    output:
      'f4a74c9c592497375e796aa837e907b1a045d34306a749db9f34221f7e750cb4f2a6413a6bf6fa5e19ba6348eb673934a722a7ede2e7621306d18951e7cf2c73',
  },
];

/**
 * An RNG that makes noble's blind() draw the RFC's blind: noble maps the random bytes (48, little
 * endian) to `1 + (n mod (order - 1))`, so the bytes of `blind - 1` give `blind`.
 */
function rngGiving(scalarHex: string) {
  const n = BigInt('0x' + Buffer.from(scalarHex, 'hex').reverse().toString('hex')) - 1n;
  return (len = 48): Uint8Array => {
    const out = new Uint8Array(len);
    let v = n;
    for (let i = 0; i < len; i++, v >>= 8n) out[i] = Number(v & 0xffn);
    return out;
  };
}

describe('OPRF (RFC 9497 ristretto255-SHA512, mode 0x00)', () => {
  const oprf = ristretto255_oprf.oprf;

  it('derives the RFC key from its seed and key info', () => {
    expect(hex(oprf.deriveKeyPair(bytes(SEED), bytes(KEY_INFO)).secretKey)).toBe(SK_SM);
  });

  it.each(VECTORS.map((v, i) => [i + 1, v] as const))('reproduces test vector %i: blind, evaluate, finalize', (_n, v) => {
    const b = oprf.blind(bytes(v.input), rngGiving(BLIND));
    expect(hex(b.blind)).toBe(BLIND);
    expect(hex(b.blinded)).toBe(v.blinded);
    const evaluated = oprf.blindEvaluate(bytes(SK_SM), b.blinded);
    expect(hex(evaluated)).toBe(v.evaluated);
    expect(hex(oprf.finalize(bytes(v.input), b.blind, evaluated))).toBe(v.output);
    // The non-interactive Evaluate the key holder uses for its own list gives the same output.
    const evaluate = (oprf as unknown as { evaluate: (sk: Uint8Array, input: Uint8Array) => Uint8Array }).evaluate;
    expect(hex(evaluate(bytes(SK_SM), bytes(v.input)))).toBe(v.output);
  });
});

/** Whether libsodium's package is installed (its engine's tests are skipped, and reported so, when not). */
const sodiumInstalled = (() => {
  try {
    require.resolve(LIBSODIUM_PACKAGE);
    return true;
  } catch {
    return false;
  }
})();

describe.each([
  ['noble', true, async () => nobleEngine],
  ['libsodium', sodiumInstalled, async () => (await libsodiumEngine())!],
] as const)('the %s engine (RFC 9497 ristretto255-SHA512, mode 0x00)', (_name, installed, load) => {
  const test = installed ? it : it.skip;
  let engine: OprfEngine;
  beforeAll(async () => {
    if (installed) engine = await load();
  });

  test.each(VECTORS.map((v, i) => [i + 1, v] as const))('reproduces test vector %i: blind, evaluate, finalize, and Evaluate', (_n, v) => {
    const [b] = engine.blind([bytes(v.input)], [bytes(BLIND)]);
    expect(hex(b.blinded)).toBe(v.blinded);
    const [evaluated] = engine.blindEvaluate(bytes(SK_SM), [b.blinded]);
    expect(hex(evaluated)).toBe(v.evaluated);
    expect(hex(engine.finalize([bytes(v.input)], [b.blind], [evaluated])[0])).toBe(v.output);
    expect(hex(engine.evaluate(bytes(SK_SM), bytes(v.input)))).toBe(v.output);
  });

  test('reproduces both vectors in one batch (one inversion for all the blinds)', () => {
    const inputs = VECTORS.map((v) => bytes(v.input));
    const blinds = [bytes(BLIND), bytes(BLIND)];
    const blinded = engine.blind(inputs, blinds).map((b) => b.blinded);
    const evaluated = engine.blindEvaluate(bytes(SK_SM), blinded);
    expect(engine.finalize(inputs, blinds, evaluated).map(hex)).toEqual(VECTORS.map((v) => v.output));
  });

  test('draws fresh blinds, and agrees with the other engine on every token', () => {
    const sk = generateSecretKey();
    const inputs = ['a', 'b', 'c'].map((x) => new TextEncoder().encode(x));
    const blinded = engine.blind(inputs);
    expect(new Set(blinded.map((b) => hex(b.blind))).size).toBe(3);
    const tokens = engine.finalize(
      inputs,
      blinded.map((b) => b.blind),
      engine.blindEvaluate(
        sk,
        blinded.map((b) => b.blinded),
      ),
    );
    expect(tokens.map(hex)).toEqual(inputs.map((i) => hex(nobleEngine.evaluate(sk, i))));
  });

  test('refuses the identity and non-canonical encodings, naming the index', () => {
    const sk = generateSecretKey();
    const good = engine.blind([new Uint8Array([1])])[0].blinded;
    for (const bad of [new Uint8Array(32), new Uint8Array(32).fill(0xff), new Uint8Array(31)]) {
      expect(() => engine.blindEvaluate(sk, [good, bad])).toThrow(BadPointError);
      try {
        engine.blindEvaluate(sk, [good, bad]);
      } catch (e) {
        expect((e as BadPointError).index).toBe(1);
      }
      expect(() => engine.finalize([new Uint8Array([1])], [generateSecretKey()], [bad])).toThrow(BadPointError);
    }
  });
});

describe('watchlist OPRF wrappers', () => {
  beforeAll(() => loadOprfEngine());

  it('uses libsodium when it is installed', () => {
    expect(oprfEngine().name).toBe(sodiumInstalled && process.env.WATCHLIST_OPRF_ENGINE !== 'noble' ? 'libsodium' : 'noble');
  });

  it('blinds and unblinds in batches, giving the tokens the key holder computes directly', () => {
    const sk = generateSecretKey();
    const keys = ['document:passport:BE:EM123456', 'person:ivanov sergey:1985-01-02', 'document:passport:BE:EM123456'];
    const b = blindAll(keys);
    expect(b[0].blinded).not.toBe(b[2].blinded);
    const tokens = finalizeAll(
      b,
      blindEvaluate(
        sk,
        b.map((x) => x.blinded),
      ),
    );
    expect(tokens).toEqual(keys.map((k) => evaluateToken(sk, k)));
    expect(() => finalizeAll(b.slice(0, 1), ['A'.repeat(43)])).toThrow(InvalidEvaluationError);
  });

  const key = 'document:passport:BE:EM123456';

  it('gives the agency, through blinding, the token the key holder computes directly', () => {
    const sk = generateSecretKey();
    const b = blind(key);
    expect(b.blinded).toMatch(POINT_PATTERN);
    const [evaluated] = blindEvaluate(sk, [b.blinded]);
    const token = finalize(b, evaluated);
    expect(token).toMatch(TOKEN_PATTERN);
    expect(token).toBe(evaluateToken(sk, key));
  });

  it('blinds the same key differently every time: the evaluator cannot link or recognise inputs', () => {
    const a = blind(key);
    const b = blind(key);
    expect(a.blinded).not.toBe(b.blinded);
    // The point sent holds no trace of the input's text.
    expect(Buffer.from(a.blinded, 'base64url').toString('latin1')).not.toContain('EM123456');
  });

  it('gives different tokens under different keys (another list version)', () => {
    expect(evaluateToken(generateSecretKey(), key)).not.toBe(evaluateToken(generateSecretKey(), key));
  });

  it('refuses a point that is not a group element, naming its index', () => {
    const sk = generateSecretKey();
    const good = blind(key).blinded;
    // 32 zero bytes encode the identity (it would reveal nothing but is refused, as RFC 9497 asks);
    // 0xff… is no canonical encoding at all.
    for (const bad of ['A'.repeat(43), '_'.repeat(43)]) {
      let caught: unknown;
      try {
        blindEvaluate(sk, [good, bad]);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(InvalidPointError);
      expect((caught as InvalidPointError).index).toBe(1);
    }
  });
});
