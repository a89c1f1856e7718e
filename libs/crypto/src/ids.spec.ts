import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { derivedId, ID_SECRET_ENV, ID_SECRET_FILE_ENV, keyedId, loadIdSecret, resetIdSecret } from './ids';
import { ensureSecretFile } from './secret-file';

const UUID_V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const secret = 'a'.repeat(64);
const other = 'b'.repeat(64);

/** What derivedId was before it was keyed: SHA-1 over the parts, anyone could compute it. */
function unkeyed(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u001f'), 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

describe('keyedId', () => {
  it('is stable for the same secret and parts (a redelivered input gets the same id), in UUID v8 layout', () => {
    expect(keyedId(secret, 'e1', 'routed')).toBe(keyedId(secret, 'e1', 'routed'));
    expect(keyedId(secret, 'signal', 'customs', 'REF-1')).toMatch(UUID_V8);
  });

  it('differs with the parts, however they are cut', () => {
    expect(keyedId(secret, 'e1', 'routed')).not.toBe(keyedId(secret, 'e1', 'feedback'));
    expect(keyedId(secret, 'a', 'bc')).not.toBe(keyedId(secret, 'ab', 'c'));
    expect(keyedId(secret, 'a\u001fb', 'c')).not.toBe(keyedId(secret, 'a', 'b\u001fc'));
    expect(keyedId(secret, 'signal', 'customs', 'R')).not.toBe(keyedId(secret, 'signal', 'mobility', 'R'));
  });

  it('cannot be computed without the secret: another secret, or the old unkeyed derivation, gives another id', () => {
    const parts = ['signal', 'mobility', 'MOB-2024-0001'];
    expect(keyedId(secret, ...parts)).not.toBe(keyedId(other, ...parts));
    expect(keyedId(secret, ...parts)).not.toBe(unkeyed(...parts));
    expect(keyedId(secret, ...parts).replace(/-/g, '')).not.toContain(
      unkeyed(...parts)
        .replace(/-/g, '')
        .slice(0, 8),
    );
  });
});

describe('derivedId (under the deployment secret)', () => {
  const saved = { secret: process.env[ID_SECRET_ENV], file: process.env[ID_SECRET_FILE_ENV] };
  afterEach(() => {
    for (const [k, v] of [
      [ID_SECRET_ENV, saved.secret],
      [ID_SECRET_FILE_ENV, saved.file],
    ] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetIdSecret();
  });

  it('uses PASSERELLE_ID_SECRET', () => {
    process.env[ID_SECRET_ENV] = secret;
    resetIdSecret();
    expect(derivedId('signal', 'customs', 'R')).toBe(keyedId(secret, 'signal', 'customs', 'R'));
    process.env[ID_SECRET_ENV] = other;
    resetIdSecret();
    expect(derivedId('signal', 'customs', 'R')).toBe(keyedId(other, 'signal', 'customs', 'R'));
  });

  it('uses the first line of PASSERELLE_ID_SECRET_FILE', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'id-secret-')), 'secret');
    writeFileSync(file, `${other}\n`);
    delete process.env[ID_SECRET_ENV];
    process.env[ID_SECRET_FILE_ENV] = file;
    resetIdSecret();
    expect(derivedId('x')).toBe(keyedId(other, 'x'));
  });
});

describe('loadIdSecret', () => {
  it('refuses to run in production without a secret, and refuses a short one anywhere', () => {
    expect(() => loadIdSecret({ NODE_ENV: 'production' })).toThrow(/PASSERELLE_ID_SECRET or PASSERELLE_ID_SECRET_FILE is required/);
    expect(() => loadIdSecret({ NODE_ENV: 'production', [ID_SECRET_ENV]: 'short' })).toThrow(/shorter than 32/);
    expect(loadIdSecret({ NODE_ENV: 'production', [ID_SECRET_ENV]: secret }).secret).toBe(secret);
    expect(() => loadIdSecret({ NODE_ENV: 'production', [ID_SECRET_FILE_ENV]: '/nonexistent/id-secret' })).toThrow(
      /cannot read the id secret from PASSERELLE_ID_SECRET_FILE \(\/nonexistent\/id-secret\): ENOENT/,
    );
  });

  it('in a test process without one: a random secret, never a fixed default', () => {
    const a = loadIdSecret({ NODE_ENV: 'test' });
    const b = loadIdSecret({ NODE_ENV: 'test' });
    expect(a.secret).toHaveLength(64);
    expect(a.secret).not.toBe(b.secret);
  });

  it('on a development machine: generated once into .passerelle/id-secret (mode 0600), then the same for every service', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'passerelle-dev-'));
    const first = loadIdSecret({ NODE_ENV: 'development' }, cwd);
    const second = loadIdSecret({}, cwd);
    expect(first.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(second.secret).toBe(first.secret);
    const file = join(cwd, '.passerelle', 'id-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first.secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(ensureSecretFile(file)).toBe(first.secret);
    expect(first.source).not.toContain(first.secret);
  });
});
