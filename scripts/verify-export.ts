/**
 * `npm run audit:verify-export -- export.ndjson --public-key key.pem [--checkpoints saved.json]`
 *
 * Verifies an export of GET /v1/audit/export offline, with nothing but the file and the public key
 * the oversight body obtained beforehand: every entry's hash recomputed (the ledger's own
 * canonicalisation, apps/audit/src/ledger/ledger-entry.ts), every link and seq, every checkpoint's
 * Ed25519 signature, each checkpoint equal to the entry at its seq, and the last entry covered by
 * a checkpoint. With --checkpoints (the oversight body's own copies, e.g. saved answers of GET
 * /v1/audit/checkpoints), each saved checkpoint inside the export's range must match too: that is
 * what catches a rewrite whose author also deleted the checkpoints from the database.
 *
 * Exit code 0: verified; 1: the export does not verify (the first failure is printed); 2: usage.
 */
import { createReadStream, readFileSync } from 'node:fs';
import type { KeyObject } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Checkpoint, checkSignature, parsePublicKeys } from '../apps/audit/src/checkpoints/checkpoint-signature';
import { BreakReason, ChainVerifier } from '../apps/audit/src/ledger/chain-verifier';
import { LedgerEntry } from '../apps/audit/src/ledger/ledger-entry';

export type ExportVerdict =
  | {
      ok: true;
      entries: number;
      firstSeq: string;
      lastSeq: string;
      checkpointsChecked: number;
      savedCheckpointsChecked: number;
      covering: Pick<Checkpoint, 'seq' | 'hash' | 'signedAt' | 'keyId'>;
    }
  | { ok: false; seq?: string; line?: number; reason: BreakReason | 'malformed' | 'not-covered'; detail: string };

export async function verifyExport(input: Readable, trusted: KeyObject[], saved: Checkpoint[] = []): Promise<ExportVerdict> {
  const inFile = new Map<string, Checkpoint[]>();
  const savedBySeq = new Map<string, Checkpoint[]>();
  for (const c of saved) savedBySeq.set(c.seq, [...(savedBySeq.get(c.seq) ?? []), c]);
  let verifier: ChainVerifier | null = null;
  let firstSeq = '';
  let last: LedgerEntry | null = null;
  let checkpointsChecked = 0;
  let savedChecked = 0;
  let lineNo = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let rec: { type?: string; checkpoint?: Checkpoint; entry?: LedgerEntry };
    try {
      rec = JSON.parse(line);
    } catch {
      return { ok: false, line: lineNo, reason: 'malformed', detail: `line ${lineNo} is not JSON` };
    }
    if (rec.type === 'checkpoint' && rec.checkpoint) {
      if (verifier) return { ok: false, line: lineNo, reason: 'malformed', detail: `checkpoint on line ${lineNo} after the entries` };
      const c = rec.checkpoint;
      inFile.set(c.seq, [...(inFile.get(c.seq) ?? []), c]);
      continue;
    }
    if (rec.type !== 'entry' || !rec.entry)
      return { ok: false, line: lineNo, reason: 'malformed', detail: `line ${lineNo} is neither an entry nor a checkpoint` };
    const e = rec.entry;
    if (!verifier) {
      firstSeq = e.seq;
      // An export that starts after entry 1 cannot check its first link: the checkpoints anchor it.
      verifier = new ChainVerifier(e.seq, null);
      for (const seq of inFile.keys()) {
        if (BigInt(seq) < BigInt(firstSeq))
          return { ok: false, seq, reason: 'malformed', detail: `checkpoint at seq ${seq} lies before the export's first entry` };
      }
    }
    const broken = verifier.push(e);
    if (broken) return { ok: false, line: lineNo, ...broken };
    for (const c of inFile.get(e.seq) ?? []) {
      const b = verifier.checkpoint(c, e.hash, trusted);
      if (b) return { ok: false, line: lineNo, ...b };
      checkpointsChecked++;
    }
    for (const c of savedBySeq.get(e.seq) ?? []) {
      const b = verifier.checkpoint(c, e.hash, trusted);
      if (b) return { ok: false, line: lineNo, ...b, detail: `saved copy: ${b.detail}` };
      savedChecked++;
    }
    last = e;
  }
  if (!verifier || !last) return { ok: false, reason: 'malformed', detail: 'the export holds no entry' };
  for (const [seq, cs] of inFile) {
    if (BigInt(seq) > BigInt(last.seq)) {
      const b = verifier.checkpoint(cs[0], null, trusted);
      if (b) return { ok: false, ...b };
    }
  }
  const covering = (inFile.get(last.seq) ?? []).find((c) => checkSignature(c, trusted) === 'ok');
  if (!covering) {
    return {
      ok: false,
      seq: last.seq,
      reason: 'not-covered',
      detail: `no checkpoint signed by a trusted key covers the last entry (seq ${last.seq})`,
    };
  }
  return {
    ok: true,
    entries: verifier.checked,
    firstSeq,
    lastSeq: last.seq,
    checkpointsChecked,
    savedCheckpointsChecked: savedChecked,
    covering: { seq: covering.seq, hash: covering.hash, signedAt: covering.signedAt, keyId: covering.keyId },
  };
}

/** Saved checkpoints: a GET /v1/audit/checkpoints answer, a JSON array, or one checkpoint per line. */
export function parseSavedCheckpoints(text: string): Checkpoint[] {
  try {
    const v = JSON.parse(text);
    if (Array.isArray(v)) return v;
    if (Array.isArray(v?.checkpoints)) return v.checkpoints;
    if (v?.checkpoint) return [v.checkpoint];
    return [v];
  } catch {
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .map((v) => v.checkpoint ?? v);
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const keyFile = opt('public-key');
  const savedFile = opt('checkpoints');
  const file = args[0];
  if (!file || !keyFile) {
    process.stderr.write('usage: npm run audit:verify-export -- <export.ndjson> --public-key <key.pem> [--checkpoints <saved.json>]\n');
    return 2;
  }
  const trusted = parsePublicKeys(readFileSync(keyFile, 'utf8'));
  const saved = savedFile ? parseSavedCheckpoints(readFileSync(savedFile, 'utf8')) : [];
  const verdict = await verifyExport(createReadStream(file), trusted, saved);
  if (verdict.ok) {
    process.stdout.write(
      `OK: ${verdict.entries} entries (seq ${verdict.firstSeq}..${verdict.lastSeq}) verified; ${verdict.checkpointsChecked} checkpoint(s) in the export` +
        `${savedFile ? ` and ${verdict.savedCheckpointsChecked} saved checkpoint(s)` : ''} match; covered by the checkpoint signed ${verdict.covering.signedAt} (key ${verdict.covering.keyId})\n`,
    );
  } else {
    process.stdout.write(
      `FAILED${verdict.seq ? ` at seq ${verdict.seq}` : ''}${verdict.line ? ` (line ${verdict.line})` : ''}: ${verdict.reason}: ${verdict.detail}\n`,
    );
  }
  process.stdout.write(JSON.stringify(verdict) + '\n');
  return verdict.ok ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exit(2);
    },
  );
}
