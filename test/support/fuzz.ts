import fc from 'fast-check';

/**
 * Generated hostile input for the fuzz tests: strings that break parsers, SQL, paths and encodings,
 * JSON-ish values, mutated valid documents, and a sender that never trusts what comes back.
 */

/** Fragments that have broken real systems: injection, traversal, encodings, numbers, proto keys. */
export const NASTY_FRAGMENTS = [
  "' OR '1'='1",
  "'; drop table gateway.signals; --",
  '" OR 1=1 --',
  '1; select pg_sleep(10)',
  '$1',
  '\\',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\u202e',
  '\u200b',
  '\r\n',
  '\t',
  '\u001b[31m',
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '%s%s%s%n',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '-1',
  '0x10',
  '99999999999999999999999',
  '9223372036854775808',
  ' ',
  '',
  'Ω≈ç√∫',
  '🙂👨‍👩‍👧',
  'ＡＢＣ',
  '٣',
  'İı',
  '\u00ff\u00fe',
  'psl_',
  '0000-01-01',
  '+275760-09-13T00:00:00.000Z',
  '2026-02-30T00:00:00Z',
  '2026-11-20T25:61:61Z',
  '9999-12-31T23:59:59.999999999+14:00',
];

/** Code units that single characters rarely cover: NUL, controls, lone surrogates, BOM, RTL. */
const ODD_CHARS = ['\u0000', '\u0001', '\u007f', '\u0085', '\ud800', '\udc00', '\ufeff', '\u202e', '"', "'", '\\', '/', '%', '.', 'a', '0'];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...ODD_CHARS), minLength: 1, maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY_FRAGMENTS), fc.string({ maxLength: 8 }), fc.constantFrom(...NASTY_FRAGMENTS))
      .map(([a, b, c]) => a + b + c),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('x', 'é', '\u0000', '🙂'), fc.integer({ min: 1000, max: 70000 })).map(([c, n]) => c.repeat(n)),
  },
);

/** Dates as oversight and admins might (mis)type them, including out-of-range years. */
export const instantish: fc.Arbitrary<string> = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(
    '0000-01-01',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '1969-12-31T23:59:59Z',
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00.000Z',
    '-000001-01-01T00:00:00Z',
    '2026-11-20T08:30:00+14:00',
    '2026-11-20T08:30:00-23:59',
    '2026-11-20T08:30:00.123456789Z',
    '2026-11-20',
    '2026-11-20T08:30',
    '2026-W47',
    '2026-324',
    '20261120T083000Z',
    '2026-11-20 08:30:00',
    'now',
    '',
  ),
  nastyString,
);

export const numberish: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.integer({ min: -2, max: 1002 }).map(String),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.double().map(String),
  fc.constantFrom(
    '0',
    '-1',
    '1e3',
    '1e400',
    '0x10',
    '0b1',
    '1.5',
    'NaN',
    'Infinity',
    ' 5',
    '5 ',
    '٥',
    '１',
    '+1',
    '00001',
    '',
    '18446744073709551616',
  ),
  nastyString,
);

/**
 * Numbers at and around what their columns hold (issue 32, item 1: the number-bounds class): the
 * ends of Postgres smallint, int and bigint, JavaScript's safe and largest numbers, fractions, the
 * ends of latitude and longitude and of small code ranges.
 */
export const boundaryNumber: fc.Arbitrary<number> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      0,
      -0,
      1,
      -1,
      4,
      5,
      0.5,
      90,
      90.0000001,
      -90.5,
      180,
      180.5,
      32767,
      32768,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31),
      -(2 ** 31) - 1,
      2 ** 32,
      2 ** 53,
      2 ** 63,
      1e308,
      -1e308,
      Number.MIN_VALUE,
    ),
  },
  { weight: 2, arbitrary: fc.integer({ min: 2 ** 31 - 3, max: 2 ** 31 + 3 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

/** JSON-ish values of every type, including the awkward numbers JSON allows. */
export const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, true, false, null, [], {}) },
  { weight: 1, arbitrary: fc.dictionary(nastyString, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }) },
);

type Json = Record<string, unknown> | unknown[];

/** Every path of a JSON document (objects and arrays), for mutations. */
export function pathsOf(doc: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof doc !== 'object' || doc === null) return [];
  const out: (string | number)[][] = [];
  for (const [k, v] of Object.entries(doc)) {
    const p = [...prefix, Array.isArray(doc) ? Number(k) : k];
    out.push(p, ...pathsOf(v, p));
  }
  return out;
}

/** Sets own properties (also `__proto__`) without touching prototypes. */
function define(target: Json, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function parentOf(doc: Json, path: (string | number)[]): Json | undefined {
  let cur: unknown = doc;
  for (const k of path.slice(0, -1)) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[k as string];
  }
  return typeof cur === 'object' && cur !== null ? (cur as Json) : undefined;
}

export function deepArray(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

export function deepObject(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

export type Mutation = (doc: Json) => void;

/** One change that (usually) breaks a valid document: drop, retype, oversize, nest, add keys. */
export function mutationOf(paths: (string | number)[][]): fc.Arbitrary<Mutation> {
  const path = fc.constantFrom(...paths);
  const at = (p: (string | number)[], f: (parent: Json, key: string | number) => void) => (doc: Json) => {
    const parent = parentOf(doc, p);
    if (parent) f(parent, p[p.length - 1]);
  };
  return fc.oneof(
    path.map((p) => at(p, (parent, k) => (Array.isArray(parent) ? parent.splice(Number(k), 1) : delete parent[k as string]))),
    fc.tuple(path, jsonish).map(([p, v]) => at(p, (parent, k) => define(parent, k, v))),
    fc.tuple(path, nastyString).map(([p, v]) => at(p, (parent, k) => define(parent, k, v))),
    fc.tuple(path, fc.integer({ min: 5_000, max: 200_000 })).map(([p, n]) => at(p, (parent, k) => define(parent, k, 'A'.repeat(n)))),
    fc.tuple(path, fc.integer({ min: 50, max: 3000 })).map(([p, n]) => at(p, (parent, k) => define(parent, k, JSON.parse(deepArray(n))))),
    fc
      .tuple(path, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'role', '$where', "a' or 1=1"), jsonish)
      .map(([p, key, v]) =>
        at(p, (parent, k) => {
          const child = (parent as Record<string, unknown>)[k as string];
          if (typeof child === 'object' && child !== null) define(child as Json, key, v);
          else define(parent, key, v);
        }),
      ),
    fc.tuple(path, fc.array(jsonish, { maxLength: 60 })).map(([p, v]) => at(p, (parent, k) => define(parent, k, v))),
  );
}

/** A valid document changed by one to three mutations. */
export function mutated(valid: () => Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const paths = pathsOf(valid());
  return fc.array(mutationOf(paths), { minLength: 1, maxLength: 3 }).map((ms) => {
    const doc = valid();
    for (const m of ms) m(doc);
    return doc;
  });
}

/** Percent-encodes every byte but the unreserved ones (lone surrogates become U+FFFD first). */
export function encodeSegment(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9_.~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Path segments: sometimes right, mostly hostile, some not even valid percent-encoding. */
export function segment(valid: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    { weight: 2, arbitrary: fc.uuid().map((u) => u) },
    { weight: 4, arbitrary: nastyString.map(encodeSegment) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '..',
        '..%2F..%2Fetc%2Fpasswd',
        '%2e%2e',
        '%00',
        '%ZZ',
        '%',
        '%C0%AE',
        '%FF%FE',
        '%F0%9F%99%82',
        '%ED%A0%80',
        'a'.repeat(400),
        '00000000-0000-0000-0000-000000000000',
        'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
        "1'%20or%20'1'%3D'1",
        '%E2%80%AE',
        ';',
        ',',
        '%3Fx%3D1',
      ),
    },
  );
}

/** A query string over the given names (repeated names become arrays) plus unknown ones. */
export function queryString(values: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const names = Object.keys(values);
  const known = names.length
    ? fc.constantFrom(...names).chain((n) => fc.tuple(fc.constant(n), fc.oneof(values[n], nastyString)))
    : fc.tuple(nastyString, nastyString);
  const pair = fc.oneof({ weight: 5, arbitrary: known }, { weight: 1, arbitrary: fc.tuple(nastyString, nastyString) });
  return fc
    .tuple(
      fc.array(pair, { maxLength: 6 }),
      fc.oneof(
        { weight: 8, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: fc.constantFrom('&&&', '=', '&=x', 'a[b]=1', 'x=%ZZ', '%00=%00') },
      ),
    )
    .map(([pairs, raw]) => {
      const q = [...pairs.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`), ...(raw ? [raw] : [])].join('&');
      return q ? `?${q}` : '';
    });
}

/** Only what fetch lets through as a header value: Latin-1 without control characters but tab. */
export function headerSafe(s: string): string {
  return [...s].filter((c) => c === '\t' || (c >= ' ' && c <= '\u00ff' && c !== '\u007f')).join('');
}

/** fast-check prints counterexamples with this: short, and without the megabytes of a body. */
export function shortPrinted<T extends object>(value: T, describe: (v: T) => string): T {
  return Object.assign(value, { [fc.toStringMethod]: () => describe(value) });
}

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** A raw body: well-formed JSON, broken JSON, broken UTF-8, other media types, deep nesting. */
export function bodyOf(doc: fc.Arbitrary<unknown>): fc.Arbitrary<{ body: string | Buffer; contentType: string }> {
  const json = (body: string | Buffer) => ({ body, contentType: 'application/json' });
  return fc.oneof(
    { weight: 10, arbitrary: doc.map((d) => json(JSON.stringify(d) ?? 'null')) },
    { weight: 2, arbitrary: jsonish.map((d) => json(JSON.stringify(d) ?? 'null')) },
    {
      weight: 2,
      arbitrary: fc.tuple(doc, fc.double({ min: 0, max: 1, noNaN: true })).map(([d, f]) => {
        const s = JSON.stringify(d) ?? '';
        return json(s.slice(0, Math.floor(s.length * f)));
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          doc,
          fc.nat(),
          fc.constantFrom([0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xe2, 0x82]),
        )
        .map(([d, at, bad]) => {
          const b = Buffer.from(JSON.stringify(d) ?? '{}', 'utf8');
          // Inside a string literal if there is one: the JSON stays well-formed, the UTF-8 does not.
          const quote = b.indexOf(0x22, at % Math.max(b.length, 1));
          const i = quote >= 0 ? quote + 1 : 0;
          return json(Buffer.concat([b.subarray(0, i), Buffer.from(bad), b.subarray(i)]));
        }),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((a) => json(Buffer.from(a))) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          doc,
          fc.constantFrom(
            'text/plain',
            'application/xml',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/json; charset=utf-16',
            'application/json; charset=latin1',
            'APPLICATION/JSON',
            'application/json;;;',
            'application/vnd.api+json',
            'application/octet-stream',
            '*/*',
            'json',
            ' ',
          ),
        )
        .map(([d, contentType]) => ({ body: JSON.stringify(d) ?? 'null', contentType })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          doc,
          fc.constantFrom('__proto__', 'constructor', 'prototype'),
          fc.constantFrom('{"role":"security-officer","isAdmin":true}', '{"prototype":{"polluted":1}}', '[]', 'null', '"x"'),
        )
        .map(([d, key, v]) => {
          const s = JSON.stringify(d) ?? '{}';
          return json(s.startsWith('{') && s.length > 2 ? `{"${key}":${v},${s.slice(1)}` : `{"${key}":${v}}`);
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(100, 1000, 10_000, 100_000), fc.boolean())
        .map(([n, arr]) => json(arr ? deepArray(n) : deepObject(n))),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('', ' ', 'null', '"x"', '1', '[]', '{}', '{"a":1}{"a":2}', '\ufeff{}', '{"a":1,}', "{'a':1}", 'NaN')
        .map(json),
    },
  );
}

export interface Answer {
  status: number;
  contentType: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
  body: any;
}

/** Sends one request; a stream's body is not read (headers only), everything else is. */
export async function send(baseUrl: string, r: FuzzRequest): Promise<Answer> {
  const abort = new AbortController();
  const res = await fetch(`${baseUrl}${r.path}`, { method: r.method, headers: r.headers, body: r.body, signal: abort.signal });
  const contentType = res.headers.get('content-type') ?? '';
  if (contentType.startsWith('text/event-stream')) {
    abort.abort();
    return { status: res.status, contentType, body: undefined };
  }
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: the check below says so
  }
  return { status: res.status, contentType, body };
}

/** Why an answer breaks the rules (no 5xx; every 4xx a self-explaining problem), or undefined. */
export function unexplained(a: Answer): string | undefined {
  if (a.status >= 500) return `server error ${a.status}`;
  if (a.status < 400) return undefined;
  if (!a.contentType.includes('application/problem+json')) return `${a.status} as '${a.contentType}', not application/problem+json`;
  const b = a.body;
  if (typeof b !== 'object' || b === null) return `${a.status} without a JSON problem body`;
  if (typeof b.type !== 'string' || !b.type) return 'problem without type';
  if (typeof b.title !== 'string' || !b.title) return 'problem without title';
  if (b.status !== a.status) return `problem status ${b.status} differs from HTTP status ${a.status}`;
  const explained =
    (typeof b.detail === 'string' && b.detail.trim().length > 0) ||
    (Array.isArray(b.errors) &&
      b.errors.length > 0 &&
      b.errors.every((e: { path?: unknown; reason?: unknown }) => typeof e.path === 'string' && typeof e.reason === 'string' && e.reason));
  return explained ? undefined : 'problem without detail or field errors';
}

/** A short, copyable description of a request for failure messages. */
export function describeRequest(r: FuzzRequest): string {
  const body =
    r.body === undefined
      ? ''
      : ` body(${r.body.length}${Buffer.isBuffer(r.body) ? ' bytes' : ' chars'})=${JSON.stringify(String(r.body).slice(0, 300))}`;
  const headers = Object.fromEntries(
    Object.entries(r.headers).map(([k, v]) => [k, k === 'authorization' ? v.replace(/psl_\S+/, 'psl_…') : v.slice(0, 120)]),
  );
  return `${r.method} ${r.path.slice(0, 400)} ${JSON.stringify(headers)}${body}`;
}

/** Runs `work` over `items`, `concurrency` at a time; rejects with the first failure. */
export async function pool<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

/** The key the server reads from an Authorization header as fetch sends it (trimmed), as the edge does; null if none. */
export function presentedKey(authorization: string | undefined): string | null {
  if (authorization === undefined) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization.replace(/^[\t ]+|[\t ]+$/g, ''));
  return m ? m[1] : null;
}

/** Whose key a request carries, from the target's point of view. */
export type Presented = 'own' | 'other-role' | 'no-principal';

const problem = (t: string) => `urn:passerelle:problem:${t}`;
/**
 * Refused before any hook runs: by Node's parser (headers over 16 KB), by Fastify's router (a URL it
 * cannot decode, a path parameter over its length limit).
 */
const beforeTheEdge = (a: Answer) =>
  a.status === 431 ||
  (a.status === 400 && a.body?.type === problem('http-400') && a.body?.code === 'bad-percent-encoding') ||
  (a.status === 414 && a.body?.type === problem('http-414') && a.body?.code === 'param-too-long');
/** Refused at the edge after authentication, on the URL alone (a NUL in it). */
const urlRefused = (a: Answer) => a.status === 400 && a.body?.type === problem('http-400') && /NUL character/.test(a.body?.detail);
/** The body is read (and refused) after authentication but before the guard decides on roles. */
const BODY_REFUSALS = new Set(
  ['malformed-json', 'json-too-deep', 'unstorable-text', 'payload-too-large', 'unsupported-media-type'].map(problem),
);

/**
 * Why the answer to a request that does not carry the target's own key is wrong, or undefined.
 * A key that names nobody (none, malformed, forged, unknown) is a 401 before the body is read:
 * only what is refused before any hook runs wins over it. Another principal's key passes
 * authentication, so the body's framing (parsed before the guard) may win over the guard's 403, and
 * a path whose parameter the router cannot match is a 404 — never a 2xx, never the resource.
 */
export function wronglyAnswered(a: Answer, presented: Exclude<Presented, 'own'>): string | undefined {
  if (presented === 'no-principal') {
    return a.status === 401 || beforeTheEdge(a) ? undefined : `${a.status} (${a.body?.type}) to a key that names nobody: must be 401`;
  }
  const ok =
    a.status === 403 ||
    beforeTheEdge(a) ||
    urlRefused(a) ||
    BODY_REFUSALS.has(a.body?.type) ||
    // A body that is not the UTF-8 its Content-Length announced (read as text, it has another size).
    (a.status === 400 && a.body?.type === problem('http-400') && a.body?.code === 'bad-content-length') ||
    (a.status === 404 && a.body?.type === problem('http-404') && a.body?.code === 'no-route');
  return ok ? undefined : `${a.status} (${a.body?.type}) to another role's key: must be 403`;
}
