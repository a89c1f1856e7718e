// Resolves the @passerelle/* path aliases of tsconfig.json against the compiled output in dist/,
// so `node -r ./scripts/register-paths.js dist/apps/<app>/src/main.js` runs an app.
const path = require('node:path');
const tsconfig = require('../tsconfig.json');
require('tsconfig-paths').register({
  baseUrl: path.join(__dirname, '..', 'dist'),
  paths: tsconfig.compilerOptions.paths,
});
