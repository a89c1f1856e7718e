/* global require, __dirname */
// Runs a TypeScript script of this repository from its source, without `npm run build`:
//   node -r ./test/support/swc-register.js scripts/verify-export.ts …
// Each .ts file is compiled by SWC when it is required (the same settings as the Jest transform),
// and the @passerelle/* aliases of tsconfig.json resolve to the libraries' sources. The docs test
// uses it for the `npm run audit:verify-export` step of docs/audit.md (`npm run` builds first).
/* eslint-disable @typescript-eslint/no-require-imports */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');
const tsconfig = require('../../tsconfig.json');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

require('tsconfig-paths').register({ baseUrl: join(__dirname, '..', '..'), paths: tsconfig.compilerOptions.paths });
