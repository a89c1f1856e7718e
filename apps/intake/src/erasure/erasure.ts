import { envNumber, ErasureReason } from '@passerelle/contracts';
import { DomainError } from '@passerelle/http';
import type { MessageValues } from '@passerelle/i18n';
import { ERASURE_ERRORS, ErasureErrorCode } from '../domain-errors';

/*
 * Erasure of a signal before its term, on the two-person rule (docs/operations.md, "Erasure"): one
 * security officer asks with a reason code, a second, different one approves (or refuses); the
 * approval removes the intake's copies at once, and the gateway and the router remove theirs when
 * they read the approval on `signals.erasure.recorded.v1`. Every step is in the ledger.
 */

export type { ErasureErrorCode };

/** An erasure rule broken: its status and type in the intake's registry (domain-errors.ts), its detail the catalogue message `key`. */
export class ErasureError extends DomainError<ErasureErrorCode> {
  constructor(code: ErasureErrorCode, key: string, values?: MessageValues) {
    super(ERASURE_ERRORS[code], code, { key, values });
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

/** How long a request waits for a second officer (`ERASURE_REQUEST_TTL_HOURS`, default 72, 0.01 to 8760). */
export function erasureTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  return Math.round(envNumber(env, 'ERASURE_REQUEST_TTL_HOURS', 72, { min: 0.01, max: 8760 }) * 3_600_000);
}
