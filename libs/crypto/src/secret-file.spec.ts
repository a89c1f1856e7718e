import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSecretFile, firstLine, loadSecretFile } from './secret-file';

describe('the secret-file loader', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'secret-file-'));

  it('reads a file that exists, whole, and never rewrites it', () => {
    const file = join(dir(), 'secret');
    writeFileSync(file, 'first line\nsecond\n');
    const create = jest.fn(() => 'other\n');
    expect(loadSecretFile(file, { what: 'the test secret', create })).toBe('first line\nsecond\n');
    expect(create).not.toHaveBeenCalled();
    expect(firstLine(' first line \r\nsecond')).toBe('first line');
  });

  it('creates a missing file once (directory 0700, file 0600, no temporary left), then reads the same content', () => {
    const parent = dir();
    const file = join(parent, 'nested', 'secret');
    const first = loadSecretFile(file, { what: 'the test secret', create: () => 'generated-1\n' });
    const second = loadSecretFile(file, { what: 'the test secret', create: () => 'generated-2\n' });
    expect(first).toBe('generated-1\n');
    expect(second).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(parent, 'nested')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(parent, 'nested'))).toEqual(['secret']);
  });

  it('a generated secret is 256 random bits as hex, the same on every read', () => {
    const file = join(dir(), 'secret');
    const secret = ensureSecretFile(file);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(ensureSecretFile(file)).toBe(secret);
    expect(readFileSync(file, 'utf8')).toBe(`${secret}\n`);
  });

  it('without create, a missing file is an error naming what and where, never generated', () => {
    const file = join(dir(), 'missing');
    expect(() => loadSecretFile(file, { what: 'the test secret' })).toThrow(`cannot read the test secret from ${file}: ENOENT`);
    expect(() => loadSecretFile(file, { what: 'the test secret', source: `TEST_FILE (${file})` })).toThrow(
      `cannot read the test secret from TEST_FILE (${file}): ENOENT`,
    );
  });

  it('a path that cannot be read (a directory, or under a plain file) is an error naming it, even with create', () => {
    const d = dir();
    const notAFile = join(d, 'a-directory');
    mkdirSync(notAFile);
    expect(() => loadSecretFile(notAFile, { what: 'the test secret', create: () => 'x' })).toThrow(
      `cannot read the test secret from ${notAFile}: EISDIR`,
    );
    const blocked = join(d, 'plain-file');
    writeFileSync(blocked, 'x');
    const under = join(blocked, 'secret');
    expect(() => loadSecretFile(under, { what: 'the test secret', create: () => 'x' })).toThrow(
      `cannot read the test secret from ${under}: ENOTDIR`,
    );
  });
});
