import { ErasureReason } from '@passerelle/contracts';

/*
 * Erasure of a signal before its term, on the two-person rule (docs/operations.md, "Erasure"): one
 * security officer asks with a reason code, a second, different one approves (or refuses); the
 * approval removes the intake's copies at once, and the gateway and the router remove theirs when
 * they read the approval on `signals.erasure.recorded.v1`. Every step is in the ledger.
 */

export type ErasureErrorCode =
  | 'not-found'
  | 'not-an-officer'
  | 'revoked'
  | 'self-approval'
  | 'same-chain'
  | 'clearance'
  | 'pending-already'
  | 'gone-already'
  | 'request-decided'
  | 'request-expired';

export class ErasureError extends Error {
  constructor(
    readonly code: ErasureErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Who acts: the officer over HTTP, with the request's trace id when it came with one. */
export interface ErasureActor {
  principalId: string;
  traceId?: string;
}

export interface ErasureInput {
  signalId: string;
  reason: ErasureReason;
}

/** How long a request waits for a second officer (`ERASURE_REQUEST_TTL_HOURS`, default 72). */
export function erasureTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const hours = Number(env.ERASURE_REQUEST_TTL_HOURS ?? 72);
  return (hours > 0 ? hours : 72) * 3_600_000;
}
