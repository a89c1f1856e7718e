import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every setting read through the one parser (libs/contracts env-config.ts: envInt, envNumber,
 * envFlag, envChoice, envPort; libs/security positiveInt) by its literal name is in a table of
 * docs/*.md — docs/operations.md, _Settings_, lists each with its default and what it allows.
 */
const ROOT = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.(int-)?spec\.ts$/.test(name) ? [path] : [];
  });
}

const READ = /\b(?:env(?:Int|Number|Flag|Choice|Port)\(\s*[\w.]+,\s*|positiveInt\(\s*)'([A-Z][A-Z0-9_]+)'/g;

function settingsRead(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sources(join(ROOT, 'apps')), ...sources(join(ROOT, 'libs'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(READ)) found.set(m[1], file.slice(ROOT.length + 1));
  }
  return found;
}

function documented(): Set<string> {
  const names = new Set<string>();
  for (const name of readdirSync(join(ROOT, 'docs')).filter((n) => n.endsWith('.md'))) {
    for (const line of readFileSync(join(ROOT, 'docs', name), 'utf8').split('\n')) {
      if (line.startsWith('|')) for (const m of line.matchAll(/`([A-Z][A-Z0-9_]+)`/g)) names.add(m[1]);
    }
  }
  return names;
}

describe('settings are documented', () => {
  it('finds the settings the apps and libs read (the scan itself works)', () => {
    const read = settingsRead();
    expect(read.get('KAFKA_FETCH_MAX_BYTES')).toBe('libs/messaging/src/messaging-config.ts');
    expect(read.get('HTTP_REQUEST_TIMEOUT_MS')).toBe('libs/http/src/edge.ts');
    expect(read.size).toBeGreaterThan(50);
  });

  it('every setting read through env-config is in a table of docs/*.md', () => {
    const docs = documented();
    const missing = [...settingsRead()].filter(([name]) => !docs.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });
});
