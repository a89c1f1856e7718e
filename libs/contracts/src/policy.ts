import type { Classification } from './classification';

/** Deployment settings the contract depends on, read from the environment once. */
export interface ContractPolicy {
  /** Highest classification this deployment is accredited for (`ACCREDITED_MAX_CLASSIFICATION`). */
  accreditedMaxClassification: Classification;
  /** Longest retention a signal may ask for (`MAX_RETENTION_DAYS`). */
  maxRetentionDays: number;
  /** Tolerated clock difference for `observedAt` in the future (`CLOCK_SKEW_SECONDS`). */
  clockSkewSeconds: number;
}

let policy: ContractPolicy | undefined;

export function contractPolicy(): ContractPolicy {
  policy ??= {
    accreditedMaxClassification: (process.env.ACCREDITED_MAX_CLASSIFICATION ?? 'confidential') as Classification,
    maxRetentionDays: Number(process.env.MAX_RETENTION_DAYS ?? 1825),
    clockSkewSeconds: Number(process.env.CLOCK_SKEW_SECONDS ?? 300),
  };
  return policy;
}
