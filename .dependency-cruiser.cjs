/**
 * The layering of apps/ and libs/, checked by `npm run lint` (dependency-cruiser; docs/architecture.md,
 * "Layers", says what it guarantees). Every rule below is a `forbidden` one: an import that matches
 * it fails lint with the rule's name and comment.
 *
 * Floors of the libraries (a lib may import only libs on lower floors):
 *   0  contracts                     events, topics, validation, subject normalisation and keys
 *   0  i18n                          the language catalogues (fr, nl, en) and message formatting
 *   1  crypto, watchlist             ids, key secrets and digests, data keys and sealing, secret files;
 *                                    the watchlist matcher
 *   2  messaging, persistence        the Kafka transport; the database, inbox, data-key store
 *   3  security                      authentication and authorisation
 *   4  http                          the HTTP edge: bootstrap, health, problems, paging
 *   5  testing                       the test harness: for tests and nothing else
 * Apps import libs, never another app. Test files (*.spec.ts, *.int-spec.ts, test/) may also import
 * libs/testing and test/support; production code may import neither.
 */

const TEST_FILE = '(\\.(spec|int-spec|e2e-spec|faults-spec)\\.ts$)|^test/';

/** A lib's rule: it may import only the libs named (and itself). */
function floor(lib, allowed, comment) {
  const others = ['contracts', 'i18n', 'crypto', 'messaging', 'watchlist', 'persistence', 'security', 'http', 'testing'].filter(
    (l) => l !== lib && !allowed.includes(l) && l !== 'testing',
  );
  return {
    name: `floor-${lib}`,
    comment,
    severity: 'error',
    from: { path: `^libs/${lib}/` },
    to: { path: `^libs/(${others.join('|')})/` },
  };
}

module.exports = {
  forbidden: [
    {
      name: 'no-cross-app',
      comment: 'An app never imports another app: share code through a lib in libs/ (apps stand apart).',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'lib-not-above-app',
      comment: 'A lib never imports an app.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    floor('contracts', [], 'libs/contracts is the ground floor: it imports no other lib.'),
    floor('i18n', [], 'libs/i18n is on the ground floor: it imports no other lib.'),
    floor('crypto', ['contracts'], 'libs/crypto (floor 1) imports only libs/contracts.'),
    floor('watchlist', ['contracts'], 'libs/watchlist (floor 1) imports only libs/contracts.'),
    floor('messaging', ['contracts', 'crypto'], 'libs/messaging (floor 2) imports only libs/contracts and libs/crypto.'),
    floor(
      'persistence',
      ['contracts', 'crypto'],
      'libs/persistence (floor 2) imports only libs/contracts and libs/crypto (never libs/messaging: key code lives in libs/crypto).',
    ),
    floor(
      'security',
      ['contracts', 'crypto', 'messaging'],
      'libs/security (floor 3) imports libs/contracts, libs/crypto and libs/messaging.',
    ),
    floor(
      'http',
      ['contracts', 'i18n', 'crypto', 'messaging', 'security'],
      'libs/http (floor 4) imports libs/contracts, libs/i18n, libs/crypto, libs/messaging and libs/security.',
    ),
    // libs/testing (top floor) may import any lib: only lib-not-above-app and tests-stay-in-tests bind it.
    {
      name: 'tests-stay-in-tests',
      comment: 'Production code never imports the test harness (libs/testing), test/ or a spec file; only test files do.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: [TEST_FILE, '^libs/testing/'] },
      to: { path: ['^libs/testing/', '^test/', TEST_FILE] },
    },
    {
      name: 'no-scripts-from-code',
      comment: 'apps/ and libs/ never import scripts/ (the scripts are the outermost layer); test files may.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: TEST_FILE },
      to: { path: '^scripts/' },
    },
    {
      name: 'no-circular-libs',
      comment: 'No import cycle between libs (the floors above already make one impossible; this names it).',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { circular: true, path: '^libs/', pathNot: '^libs/$1/' },
    },
    {
      name: 'no-circular-inside-lib',
      comment: 'No import cycle inside a lib either: move the shared piece to its own file (issue 24; e.g. contracts classification.ts).',
      severity: 'error',
      from: { path: '^libs/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|coverage|\\.passerelle)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
