import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metricsToken } from '@passerelle/http';
import { eventually, kafkaBrokers, kafkaCredentials } from '@passerelle/testing';
import { kafkaSection, SeededPrincipal, seedDemoPrincipals, writeCredentials } from '../scripts/provision';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Executable docs: every fenced block marked ```bash runnable in README.md and docs/*.md is run,
 * as written, by bash against a real system this test boots (the four apps on the test run's Kafka
 * and Postgres), in a scratch directory that holds what a reader's checkout holds: `docs/` and
 * `.passerelle/dev-credentials.json`, written by `npm start`'s own code with the system's keys and
 * Kafka users. Blocks use `curl -f` and `jq -e`, so a doc that drifts from the code fails here.
 *
 * What the harness fills in, since this system is not the one `npm start` runs: the default URLs
 * (http://127.0.0.1:3001…3004) become this system's, the brokers 127.0.0.1:9092/9192 the test
 * run's, and topic names get this test file's prefix. `npm run audit:verify-export` runs the same
 * script from its source instead of building the project first. Blocks that cannot run here
 * (`npm start` itself, kafka.sh, the benchmarks, the CLI) stay unmarked.
 *
 * Each block runs on its own (`set -euo pipefail`): a runnable block defines what it uses. Files
 * run in reading order (README, quickstart, integrating, analysts, audit, operations, then the
 * rest), blocks in their order in the file: the analysts' block reads what the quickstart delivered.
 */

const root = join(__dirname, '..');
export const RUNNABLE_MARKER = /^```bash\s+runnable\s*$/;

export interface RunnableBlock {
  file: string;
  /** Line of the opening fence (1-based). */
  line: number;
  code: string;
}

/** The runnable blocks of a Markdown text: fenced ```bash runnable … ``` blocks, in order. */
export function runnableBlocks(markdown: string, file: string): RunnableBlock[] {
  const out: RunnableBlock[] = [];
  const lines = markdown.split('\n');
  let fence: { marker: string; line: number; runnable: boolean; body: string[] } | null = null;
  lines.forEach((text, i) => {
    const m = /^(```+|~~~+)/.exec(text);
    if (!fence) {
      if (m) fence = { marker: m[1], line: i + 1, runnable: RUNNABLE_MARKER.test(text), body: [] };
      return;
    }
    if (m && text.trim() === fence.marker) {
      if (fence.runnable) out.push({ file, line: fence.line, code: fence.body.join('\n') + '\n' });
      fence = null;
      return;
    }
    fence.body.push(text);
  });
  if (fence) throw new Error(`${file}:${(fence as { line: number }).line}: unclosed code fence`);
  return out;
}

const READING_ORDER = [
  'README.md',
  'docs/poc-quickstart.md',
  'docs/integrating.md',
  'docs/analysts.md',
  'docs/audit.md',
  'docs/operations.md',
];

function docFiles(): string[] {
  const all = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const rank = (f: string) => (READING_ORDER.includes(f) ? READING_ORDER.indexOf(f) : READING_ORDER.length);
  return all.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const BLOCKS = docFiles().flatMap((f) => runnableBlocks(readFileSync(join(root, f), 'utf8'), f));

/** Runs a script with bash in `cwd`; resolves with its exit code and output. */
function bash(script: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn('bash', ['--noprofile', '--norc', '-c', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    p.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    p.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    const timer = setTimeout(() => {
      output += `\n[docs test: killed after ${timeoutMs / 1000} s]\n`;
      p.kill('SIGKILL');
    }, timeoutMs);
    p.on('error', reject);
    p.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('executable docs', () => {
  let sys: RunningSystem;
  let sandbox: string;
  let principals: SeededPrincipal[];
  let substitute: (code: string) => string;
  const ran = new Map<string, number>();

  beforeAll(async () => {
    sys = await startSystem([]);
    // The demo principals, as `npm start` seeds them, and its credentials file.
    principals = await seedDemoPrincipals(sys.databaseUrl);
    sandbox = mkdtempSync(join(tmpdir(), 'passerelle-docs-'));
    symlinkSync(join(root, 'docs'), join(sandbox, 'docs'));
    mkdirSync(join(sandbox, 'home'));
    const services = {
      'agency-gateway': sys.urls['agency-gateway'],
      router: sys.urls.router,
      intake: sys.urls.intake,
      audit: sys.urls.audit,
    };
    writeCredentials(services, principals, kafkaSection(kafkaCredentials()), join(sandbox, '.passerelle', 'dev-credentials.json'), {
      token: metricsToken()!,
    });
    chmodSync(join(sandbox, '.passerelle'), 0o700);

    const urls: [string, string][] = [
      ['http://127.0.0.1:3001', services['agency-gateway']],
      ['http://127.0.0.1:3002', services.router],
      ['http://127.0.0.1:3003', services.intake],
      ['http://127.0.0.1:3004', services.audit],
    ].map(([from, to]) => [from, to.replace(/\/$/, '')]);
    const brokers = kafkaBrokers().join(',');
    const tlsBrokers = (kafkaCredentials().tlsBrokers ?? []).join(',');
    const topic =
      /(?<![\w.-])(signals\.[a-z][a-z0-9-]*\.submitted\.v1|signals\.(?:routed|rejected)\.v1|feeds\.[a-z][a-z0-9-]*\.v1|feedback\.[a-z][a-z0-9-]*\.v2|access\.recorded\.v1|identity\.principals\.changed\.v1|deadletters\.[a-z]+\.v1)(?![\w.-])/g;
    substitute = (code) => {
      let s = code;
      for (const [from, to] of urls) s = s.split(from).join(to);
      s = s.replace(/(?<![\d.])127\.0\.0\.1:9092(?!\d)/g, brokers).replace(/(?<![\d.])127\.0\.0\.1:9192(?!\d)/g, tlsBrokers);
      return s.replace(topic, `${sys.topicPrefix}$1`);
    };
  });

  afterAll(async () => {
    const counts = [...ran.entries()].map(([f, n]) => `${f} ${n}`).join(', ');
    process.stdout.write(
      `docs test: ran ${[...ran.values()].reduce((a, b) => a + b, 0)} runnable block(s) of ${BLOCKS.length}: ${counts}\n`,
    );
    if (sandbox) rmSync(sandbox, { recursive: true, force: true });
    await sys?.close();
  });

  it('finds runnable blocks in the README and in every guide a reader follows', () => {
    for (const f of READING_ORDER) expect(BLOCKS.filter((b) => b.file === f).length).toBeGreaterThan(0);
  });

  it.each(BLOCKS.map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s runs and exits 0',
    async (_name, block) => {
      const preamble = [
        'set -euo pipefail',
        // `npm run audit:verify-export` builds first; here, the same script runs from its source.
        'npm() {',
        '  if [ "${1:-}" = run ] && [ "${2:-}" = audit:verify-export ]; then',
        '    shift 2; if [ "${1:-}" = -- ]; then shift; fi',
        `    node -r ${JSON.stringify(join(root, 'test/support/swc-register.js'))} ${JSON.stringify(join(root, 'scripts/verify-export.ts'))} "$@"`,
        '  else',
        '    echo "docs test: npm $* does not run here: leave its block unmarked" >&2; return 127',
        '  fi',
        '}',
        '',
      ].join('\n');
      const env = { PATH: process.env.PATH, HOME: join(sandbox, 'home'), LANG: 'C.UTF-8', TZ: 'UTC' };
      const { code, output } = await bash(preamble + substitute(block.code), sandbox, env, 75000);
      if (code !== 0) {
        throw new Error(
          `${block.file}:${block.line}: the block exited ${code}\n--- block ---\n${block.code}--- output ---\n${output.slice(-4000)}`,
        );
      }
      // PASSERELLE_DOCS_VERBOSE=1 shows what each block printed, as a reader would see it.
      if (process.env.PASSERELLE_DOCS_VERBOSE) process.stdout.write(`--- ${block.file}:${block.line} ---\n${output}\n`);
      ran.set(block.file, (ran.get(block.file) ?? 0) + 1);
    },
    90000,
  );

  describe('newest first', () => {
    const key = (name: string) => principals.find((p) => p.name === name)!.apiKey;

    it('feeds and the feedback inbox page newest first with order=desc, and back in time with nextCursor', async () => {
      const gw = sys.urls['agency-gateway'];
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const s = exampleSignal('subject-vehicle');
        s.summary = `Newest-first check ${s.externalRef}.`;
        const r = await request(gw, 'POST', '/v1/signals', { key: key('poc-mobility'), body: s });
        expect(r.status).toBe(202);
        ids.push(r.body.signalId);
        // One after the other: each is delivered before the next is sent, so feed order is submission order.
        await eventually(
          async () => {
            const rec = await request(gw, 'GET', `/v1/signals/${r.body.signalId}`, { key: key('poc-mobility') });
            return rec.body.status === 'delivered' ? true : undefined;
          },
          { what: `signal ${i} delivered`, timeoutMs: 30000 },
        );
      }
      const analyst = key('analyst-ocam');
      const intake = sys.urls.intake;
      // A cleared analyst reads once it has acknowledged the briefing in force (docs/analysts.md does it first).
      const briefing = await request(intake, 'GET', '/v1/me/briefing', { key: analyst });
      const ack = await request(intake, 'POST', '/v1/me/briefing/acknowledgement', {
        key: analyst,
        body: { version: briefing.body.version },
      });
      expect(ack.status).toBe(200);
      const asc = await request(intake, 'GET', '/v1/feeds/ocam/signals?limit=500', { key: analyst });
      expect(asc.status).toBe(200);
      const ascIds: string[] = asc.body.items.map((x: { signalId: string }) => x.signalId);
      expect(ascIds.slice(-3)).toEqual(ids);

      // Newest first, two at a time, until nextCursor is null: the same items, reversed.
      const descIds: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const path: string = `/v1/feeds/ocam/signals?order=desc&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await request(intake, 'GET', path, { key: analyst });
        expect(page.status).toBe(200);
        descIds.push(...page.body.items.map((x: { signalId: string }) => x.signalId));
        cursor = page.body.nextCursor;
        expect(++pages).toBeLessThan(300);
      } while (cursor);
      expect(descIds).toEqual([...ascIds].reverse());
      expect(descIds.slice(0, 3)).toEqual([...ids].reverse());

      // A cursor is valid only with the order that gave it.
      const first = await request(intake, 'GET', '/v1/feeds/ocam/signals?order=desc&limit=1', { key: analyst });
      expect((await request(intake, 'GET', `/v1/feeds/ocam/signals?cursor=${first.body.nextCursor}`, { key: analyst })).status).toBe(400);
      expect((await request(intake, 'GET', `/v1/feeds/ocam/signals?order=newest`, { key: analyst })).status).toBe(400);

      // The gateway inbox: newest first too, and the same notices as oldest first, reversed.
      const poc = key('poc-mobility');
      const inboxAsc = await request(gw, 'GET', '/v1/feedback?limit=500', { key: poc });
      expect(inboxAsc.status).toBe(200);
      const events: string[] = inboxAsc.body.items.map((x: { eventId: string }) => x.eventId);
      const inboxDesc: string[] = [];
      cursor = null;
      do {
        const path: string = `/v1/feedback?order=desc&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await request(gw, 'GET', path, { key: poc });
        expect(page.status).toBe(200);
        inboxDesc.push(...page.body.items.map((x: { eventId: string }) => x.eventId));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(inboxDesc).toEqual([...events].reverse());
      const newest = await request(gw, 'GET', '/v1/feedback?order=desc&limit=1', { key: poc });
      expect(newest.body.items[0].signalId).toBe(ids[2]);
      expect((await request(gw, 'GET', `/v1/feedback?cursor=${newest.body.nextCursor}`, { key: poc })).status).toBe(400);
      expect((await request(gw, 'GET', '/v1/feedback?order=sideways', { key: poc })).status).toBe(400);
    }, 120000);
  });

  describe('Swagger UI at /docs', () => {
    it.each(['agency-gateway', 'intake', 'audit'])('%s serves the UI from its own files and the document at /docs/json', async (app) => {
      const url = sys.urls[app];
      const page = await fetch(`${url}/docs`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await page.text();
      expect(html).toContain('/docs/swagger-ui-bundle.js');
      // No CDN: nothing the page loads comes from elsewhere.
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      for (const asset of ['swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js', 'swagger-ui.css', 'swagger-initializer.js']) {
        const r = await fetch(`${url}/docs/${asset}`);
        expect([asset, r.status]).toEqual([asset, 200]);
        expect((await r.arrayBuffer()).byteLength).toBeGreaterThan(100);
      }
      const json = await request(url, 'GET', '/docs/json');
      expect(json.status).toBe(200);
      expect(json.body.openapi).toMatch(/^3\./);
      expect(json.body.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer', description: expect.any(String) });
      // The document at /docs itself, for clients that do not ask for HTML (curl, tools).
      expect((await request(url, 'GET', '/docs')).body).toEqual(json.body);
    });
  });
});

describe('runnableBlocks', () => {
  it('takes the blocks marked runnable, and only those, with their line', () => {
    const md = [
      '# t',
      '```bash runnable',
      'echo one',
      '```',
      '```bash',
      'echo not runnable',
      '```',
      '````md',
      '```bash runnable',
      'inside another fence',
      '```',
      '````',
      '```bash runnable',
      'echo two',
      'echo three',
      '```',
    ].join('\n');
    expect(runnableBlocks(md, 'x.md')).toEqual([
      { file: 'x.md', line: 2, code: 'echo one\n' },
      { file: 'x.md', line: 13, code: 'echo two\necho three\n' },
    ]);
    expect(() => runnableBlocks('```bash runnable\necho', 'y.md')).toThrow(/y\.md:1: unclosed/);
  });
});
