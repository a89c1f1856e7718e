import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { envInt } from '@passerelle/contracts';
import { Blinded, blindAll, finalizeAll, InvalidEvaluationError } from './oprf';
import type { WorkerReply, WorkerRequest } from './oprf-worker';

/**
 * The agency's blinding and unblinding, on this thread or on worker threads: two of the three
 * scalar multiplications of a key are the agency's, and the keys are independent, so they spread
 * over the cores. Blinds never leave the process.
 */
export interface OprfPool {
  readonly threads: number;
  blind(keys: string[]): Promise<Blinded[]>;
  finalize(blinded: Blinded[], evaluated: string[]): Promise<string[]>;
  close(): Promise<void>;
}

/** On this thread (few keys, or no workers wanted). */
export const inlinePool: OprfPool = {
  threads: 0,
  blind: async (keys) => blindAll(keys),
  finalize: async (blinded, evaluated) => finalizeAll(blinded, evaluated),
  close: async () => undefined,
};

/**
 * Compiled (dist/), the worker is its .js file; under the tests (TypeScript run by @swc/jest), a
 * worker cannot load .ts files by itself, so it is given @swc/core's transform as a loader.
 */
const TS_LOADER = `
const { workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { transformSync } = require(workerData.swc);
require.extensions['.ts'] = (m, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  m._compile(code, filename);
};
require(workerData.file);
`;

function startWorker(): Worker {
  const ext = extname(__filename);
  const file = join(__dirname, `oprf-worker${ext}`);
  return ext === '.ts' ? new Worker(TS_LOADER, { eval: true, workerData: { file, swc: require.resolve('@swc/core') } }) : new Worker(file);
}

/** The number of worker threads `matchRecords` uses by default: one a core (WATCHLIST_MATCH_THREADS overrides; 0 = none). */
export function defaultThreads(): number {
  return envInt(process.env, 'WATCHLIST_MATCH_THREADS', availableParallelism(), { min: 0, max: 1024 });
}

/** `threads` workers; each request goes to the least busy one. */
export function workerPool(threads: number): OprfPool {
  const workers = Array.from({ length: threads }, () => ({ worker: startWorker(), busy: 0, stopped: false }));
  const pending = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let closing = false;
  for (const w of workers) {
    w.worker.on('message', (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      w.busy--;
      p?.resolve(reply);
    });
    w.worker.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
    w.worker.on('exit', (code) => {
      w.stopped = true;
      if (closing) return;
      for (const p of pending.values()) p.reject(new Error(`an OPRF worker thread stopped (exit code ${code})`));
      pending.clear();
    });
  }
  const call = (req: WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never): Promise<WorkerReply> => {
    const alive = workers.filter((x) => !x.stopped);
    if (!alive.length) return Promise.reject(new Error('the OPRF worker threads have stopped'));
    const w = alive.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = nextId++;
    w.busy++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.worker.postMessage({ ...req, id });
    });
  };
  const failed = (r: WorkerReply & { ok: false }): Error =>
    r.evaluationIndex !== undefined ? new InvalidEvaluationError(r.evaluationIndex) : new Error(r.message);
  return {
    threads,
    async blind(keys) {
      const r = await call({ op: 'blind', keys });
      if (!r.ok) throw failed(r);
      return keys.map((key, i) => ({ key, blind: r.blinds![i], blinded: r.blinded![i] }));
    },
    async finalize(blinded, evaluated) {
      const r = await call({ op: 'finalize', keys: blinded.map((b) => b.key), blinds: blinded.map((b) => b.blind), evaluated });
      if (!r.ok) throw failed(r);
      return r.tokens!;
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
