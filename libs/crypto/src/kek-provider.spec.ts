import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileKekProvider, useKekProvider } from './kek-provider';
import { drawDataKey, resetDataKeyKeks, unwrapDataKey } from './sealing';

describe('KEK providers', () => {
  afterEach(() => resetDataKeyKeks());
  const signalId = '6f1e8a3c-1111-4111-8111-111111111111';

  it('the file provider reads the KEK from the path it is given (another mount), first line only', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kek-')), 'data-key-kek');
    writeFileSync(file, `${'k'.repeat(64)}\nignored\n`, { mode: 0o600 });
    const p = new FileKekProvider({ PASSERELLE_DATA_KEY_KEK_FILE: file, NODE_ENV: 'production' });
    expect(p.keks()).toMatchObject({ current: 'k'.repeat(64), previous: null });
    expect(() => new FileKekProvider({ PASSERELLE_DATA_KEY_KEK_FILE: `${file}.missing`, NODE_ENV: 'production' }).keks()).toThrow(/ENOENT/);
    expect(() => new FileKekProvider({ NODE_ENV: 'production' }).keks()).toThrow(/required in production/);
  });

  it('a provider of the deployment (a KMS-backed one) is the one that wraps and unwraps once registered', () => {
    const kms = { kind: 'kms', keks: jest.fn(() => ({ current: 'm'.repeat(64), previous: null, source: 'kms' })) };
    useKekProvider(kms);
    const drawn = drawDataKey(signalId);
    expect(unwrapDataKey(signalId, drawn.wrapped)).toEqual(drawn.key);
    expect(kms.keks).toHaveBeenCalled();
    // Another KEK does not unwrap it.
    useKekProvider({ kind: 'kms', keks: () => ({ current: 'n'.repeat(64), previous: null, source: 'kms' }) });
    expect(() => unwrapDataKey(signalId, drawn.wrapped)).toThrow();
  });
});
