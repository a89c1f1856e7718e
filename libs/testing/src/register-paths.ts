// Jest does not apply moduleNameMapper to its global setup; resolve the @passerelle/* aliases here.
import { join } from 'node:path';
import { register } from 'tsconfig-paths';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tsconfig = require('../../../tsconfig.json');

register({ baseUrl: join(__dirname, '..', '..', '..'), paths: tsconfig.compilerOptions.paths });
