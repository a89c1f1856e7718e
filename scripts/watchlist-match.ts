/**
 * The agency's side of watchlist hit/no-hit (docs/watchlists.md):
 *
 *   npm run watchlist:match -- --records <file.csv|file.json> [--list ftf] [--json]
 *                               [--intake http://127.0.0.1:3003] [--key <api key> | --principal poc-customs]
 *                               [--threads N]
 *
 * Reads the agency's records export, computes each person's match keys, blinds them, has the
 * intake evaluate the blinded points in batches, unblinds, and compares with the token set of the
 * version in force. Prints the hits — record line, key kind, list entry token — and nothing about
 * the other records. The API key comes from --key, PASSERELLE_API_KEY, or --principal (a principal
 * of the local system's .passerelle/dev-credentials.json). Exit codes: 0 done (hits or not),
 * 1 refused by the intake or unreadable records, 2 bad usage. Blinding and unblinding run on
 * --threads worker threads (default one a core, or WATCHLIST_MATCH_THREADS; 0 for none).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  matchRecords,
  MatchResult,
  parseRecords,
  RecordsFormatError,
  TokenSet,
  WatchlistClient,
  WatchlistHttpError,
} from '@passerelle/watchlist';

export const USAGE = `usage: npm run watchlist:match -- --records <file.csv|file.json> [--list <name>] [--json]
       [--intake <url>] [--key <api key> | --principal <name in .passerelle/dev-credentials.json>] [--threads <n>]`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface WatchlistMatchOptions {
  records: string;
  list: string;
  intakeUrl: string;
  apiKey: string;
  batchSize?: number;
  /** Worker threads for blinding and unblinding (default: one a core). */
  threads?: number;
}

/** The library path the CLI takes: token set, records, matching. Agencies integrating it call this (or matchRecords). */
export async function watchlistMatch(o: WatchlistMatchOptions): Promise<MatchResult & { tokenSet: Omit<TokenSet, 'tokens'> }> {
  const client = new WatchlistClient(o.intakeUrl, o.apiKey);
  const records = parseRecords(o.records, readFileSync(o.records, 'utf8'));
  const set = await client.tokens(o.list);
  const result = await matchRecords(records, set, client.evaluator(o.list, set.version), { batchSize: o.batchSize, threads: o.threads });
  const { tokens: _tokens, ...tokenSet } = set;
  return { ...result, tokenSet };
}

function devCredentials(principal: string): { apiKey: string; intake?: string } {
  const file = join(__dirname, '..', '..', '.passerelle', 'dev-credentials.json');
  const creds = JSON.parse(readFileSync(file, 'utf8')) as {
    services?: Record<string, string>;
    principals: { name: string; apiKey: string }[];
  };
  const p = creds.principals.find((x) => x.name === principal);
  if (!p) throw new Error(`no principal '${principal}' in ${file}`);
  return { apiKey: p.apiKey, intake: creds.services?.intake };
}

export async function run(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        records: { type: 'string' },
        list: { type: 'string', default: 'ftf' },
        intake: { type: 'string' },
        key: { type: 'string' },
        principal: { type: 'string' },
        json: { type: 'boolean' },
        threads: { type: 'string' },
      },
    }));
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.records) {
    io.err(USAGE);
    return 2;
  }
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0)) {
    io.err(`--threads needs a whole number (0 for none)\n${USAGE}`);
    return 2;
  }
  let apiKey = values.key ?? env.PASSERELLE_API_KEY;
  let intakeUrl = values.intake ?? env.INTAKE_URL;
  try {
    if (!apiKey && values.principal) {
      const c = devCredentials(values.principal);
      apiKey = c.apiKey;
      intakeUrl ??= c.intake;
    }
    if (!apiKey) {
      io.err(`an API key is needed: --key, PASSERELLE_API_KEY or --principal\n${USAGE}`);
      return 2;
    }
    const r = await watchlistMatch({
      records: values.records,
      list: values.list!,
      intakeUrl: intakeUrl ?? 'http://127.0.0.1:3003',
      apiKey,
      threads,
    });
    if (values.json) io.out(JSON.stringify({ list: r.tokenSet.list, version: r.tokenSet.version, hits: r.hits }, null, 2));
    else for (const h of r.hits) io.out(`line ${h.line}${h.ref ? ` (${h.ref})` : ''}  by ${h.keyKind}  entry ${h.entryToken}`);
    io.err(
      `${r.records} records, ${r.keysEvaluated} keys evaluated against ${r.tokenSet.list} version ${r.tokenSet.version} ` +
        `(valid until ${r.tokenSet.validUntil}): ${r.hits.length} hit(s)`,
    );
    return 0;
  } catch (e) {
    if (e instanceof WatchlistHttpError || e instanceof RecordsFormatError || e instanceof SyntaxError) {
      io.err((e as Error).message);
      return 1;
    }
    throw e;
  }
}

if (require.main === module) {
  run(process.argv.slice(2), { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) }).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
      process.exit(1);
    },
  );
}
