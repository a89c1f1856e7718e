// npm run test:fuzz                  the fuzz test on its fixed seeds (as CI runs it)
// npm run test:fuzz -- --explore     a new random seed, printed first so a failure can be replayed
// npm run test:fuzz -- --seed N      replay one seed (same as FUZZ_SEED=N)
// A counterexample a new seed finds is fixed, then kept as a fixed case in test/fuzz.e2e-spec.ts.
const { spawnSync } = require('node:child_process');
const { randomInt } = require('node:crypto');
const path = require('node:path');

const args = process.argv.slice(2);
const env = { ...process.env };
const rest = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--explore') env.FUZZ_SEED = String(randomInt(2 ** 31 - 1));
  else if (args[i] === '--seed') env.FUZZ_SEED = args[++i];
  else rest.push(args[i]);
}
if (env.FUZZ_SEED !== undefined && !/^\d+$/.test(env.FUZZ_SEED)) {
  process.stderr.write(`test:fuzz: --seed needs a non-negative integer, not '${env.FUZZ_SEED}'\n`);
  process.exit(2);
}
process.stdout.write(
  env.FUZZ_SEED
    ? `test:fuzz: seed ${env.FUZZ_SEED} (replay: npm run test:fuzz -- --seed ${env.FUZZ_SEED})\n`
    : 'test:fuzz: the fixed seeds\n',
);
const jest = require.resolve('jest/bin/jest');
const r = spawnSync(
  process.execPath,
  [jest, '--runInBand', '--selectProjects', 'e2e', '--runTestsByPath', 'test/fuzz.e2e-spec.ts', ...rest],
  {
    cwd: path.join(__dirname, '..'),
    env,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
