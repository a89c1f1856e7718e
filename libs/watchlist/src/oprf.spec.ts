import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { blind, blindEvaluate, evaluateToken, finalize, generateSecretKey, InvalidPointError, POINT_PATTERN, TOKEN_PATTERN } from './oprf';

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

describe('watchlist OPRF wrappers', () => {
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
