/**
 * A worker thread of the agency's OPRF pool (oprf-pool.ts): blinds and unblinds batches with the
 * same engine as the main thread. It imports nothing but the OPRF itself, so that it can be loaded
 * compiled (dist/) or, under the tests, from TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import { blindAll, finalizeAll, InvalidEvaluationError } from './oprf';
import { loadOprfEngine } from './oprf-engine';

export type WorkerRequest =
  { id: number; op: 'blind'; keys: string[] } | { id: number; op: 'finalize'; keys: string[]; blinds: Uint8Array[]; evaluated: string[] };
export type WorkerReply =
  | { id: number; ok: true; blinds?: Uint8Array[]; blinded?: string[]; tokens?: string[] }
  | { id: number; ok: false; message: string; evaluationIndex?: number };

const ready = loadOprfEngine();

parentPort?.on('message', (req: WorkerRequest) => {
  ready
    .then(() => {
      if (req.op === 'blind') {
        const b = blindAll(req.keys);
        const reply: WorkerReply = { id: req.id, ok: true, blinds: b.map((x) => x.blind), blinded: b.map((x) => x.blinded) };
        parentPort!.postMessage(reply);
      } else {
        const items = req.keys.map((key, i) => ({ key, blind: req.blinds[i], blinded: '' }));
        const reply: WorkerReply = { id: req.id, ok: true, tokens: finalizeAll(items, req.evaluated) };
        parentPort!.postMessage(reply);
      }
    })
    .catch((e: unknown) => {
      const reply: WorkerReply = {
        id: req.id,
        ok: false,
        message: (e as Error).message,
        ...(e instanceof InvalidEvaluationError ? { evaluationIndex: e.index } : {}),
      };
      parentPort!.postMessage(reply);
    });
});
