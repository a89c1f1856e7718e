import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * The layering rule of `npm run lint` (.dependency-cruiser.cjs, docs/architecture.md "Layers"), run
 * on a small tree of deliberate violations laid out like the repository: each must fail with its
 * rule's name, and the allowed imports beside them must pass.
 */
const root = resolve(__dirname, '..');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

type Violation = { rule: { name: string }; from: string; to: string };

function cruise(files: Record<string, string>, { checkExitCode = false } = {}): Violation[] {
  const dir = mkdtempSync(join(tmpdir(), 'layering-'));
  try {
    const all: Record<string, string> = {
      // The aliases as the repository's tsconfig declares them, so an aliased import is resolved too.
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          baseUrl: '.',
          paths: Object.fromEntries(
            ['contracts', 'crypto', 'messaging', 'watchlist', 'persistence', 'security', 'http', 'testing'].map((l) => [
              `@passerelle/${l}`,
              [`libs/${l}/src`],
            ]),
          ),
        },
      }),
      ...files,
    };
    for (const [path, text] of Object.entries(all)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const run = (outputType: string) =>
      spawnSync(
        process.execPath,
        [depcruise, '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', outputType, 'apps', 'libs'],
        { cwd: dir, encoding: 'utf8' },
      );
    const json = run('json');
    if (!json.stdout) throw new Error(`dependency-cruiser did not run: ${json.stderr}`);
    const result = JSON.parse(json.stdout) as { summary: { violations: Violation[] } };
    if (checkExitCode) {
      // As lint runs it (the default report): it exits non-zero exactly when there is a violation.
      const lint = run('err');
      expect(lint.status !== 0).toBe(result.summary.violations.length > 0);
    }
    return result.summary.violations;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const names = (vs: Violation[]) => vs.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

describe('layering (npm run lint)', () => {
  it('fails an app that imports another app, relatively or otherwise', () => {
    const vs = cruise(
      {
        'libs/contracts/src/index.ts': 'export const c = 1;\n',
        'apps/router/src/core.ts': "import { c } from '@passerelle/contracts';\nexport const x = c;\n",
        'apps/intake/src/leak.ts': "import { x } from '../../router/src/core';\nexport const y = x;\n",
        'apps/intake/src/fine.ts': "import { y } from './leak';\nexport const z = y;\n",
      },
      { checkExitCode: true },
    );
    expect(names(vs)).toEqual(['no-cross-app: apps/intake/src/leak.ts → apps/router/src/core.ts']);
  });

  it('fails a lib that imports a lib on its own or a higher floor (aliases resolved), or an app', () => {
    const vs = cruise({
      'libs/contracts/src/index.ts': 'export const c = 1;\n',
      'libs/crypto/src/index.ts': "import { c } from '@passerelle/contracts';\nexport const k = c;\n",
      'libs/messaging/src/index.ts': "import { k } from '@passerelle/crypto';\nexport const m = k;\n",
      'libs/persistence/src/data-keys.ts': "import { k } from '@passerelle/crypto';\nexport const d = k;\n",
      'libs/security/src/index.ts': "import { m } from '@passerelle/messaging';\nexport const s = m;\n",
      'libs/http/src/index.ts': "import { s } from '@passerelle/security';\nexport const h = s;\n",
      // The violations: contracts and crypto above their floors, persistence reaching http or messaging
      // (its own floor), a lib reaching an app.
      'libs/contracts/src/up.ts': "import { m } from '@passerelle/messaging';\nexport const u = m;\n",
      'libs/crypto/src/up.ts': "import { m } from '@passerelle/messaging';\nexport const u = m;\n",
      'libs/persistence/src/db.ts': "import { h } from '@passerelle/http';\nexport const d = h;\n",
      'libs/persistence/src/keys.ts': "import { m } from '@passerelle/messaging';\nexport const k = m;\n",
      'libs/http/src/app.ts': "import { a } from '../../../apps/audit/src/a';\nexport const b = a;\n",
      'apps/audit/src/a.ts': "import { h } from '@passerelle/http';\nexport const a = h;\n",
    });
    expect(names(vs)).toEqual([
      'floor-contracts: libs/contracts/src/up.ts → libs/messaging/src/index.ts',
      'floor-crypto: libs/crypto/src/up.ts → libs/messaging/src/index.ts',
      'floor-persistence: libs/persistence/src/db.ts → libs/http/src/index.ts',
      // No persistence file reaches libs/messaging: the key code it needs is in libs/crypto, below both.
      'floor-persistence: libs/persistence/src/keys.ts → libs/messaging/src/index.ts',
      'lib-not-above-app: libs/http/src/app.ts → apps/audit/src/a.ts',
    ]);
  });

  it('fails production code that imports the test harness, and lets test files do it', () => {
    const vs = cruise({
      'libs/testing/src/index.ts': 'export const t = 1;\n',
      'apps/router/src/code.ts': "import { t } from '@passerelle/testing';\nexport const r = t;\n",
      'apps/router/src/code.int-spec.ts':
        "import { t } from '@passerelle/testing';\nimport { r } from './code';\nexport const q = [t, r];\n",
    });
    expect(names(vs)).toEqual(['tests-stay-in-tests: apps/router/src/code.ts → libs/testing/src/index.ts']);
  });
});
