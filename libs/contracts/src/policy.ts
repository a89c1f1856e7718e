import { CLASSIFICATIONS, type Classification } from './classification';
import { envChoice, envInt } from './env-config';

/** Deployment settings the contract depends on, read from the environment once. */
export interface ContractPolicy {
  /** Highest classification this deployment is accredited for (`ACCREDITED_MAX_CLASSIFICATION`). */
  accreditedMaxClassification: Classification;
  /** Longest retention a signal may ask for (`MAX_RETENTION_DAYS`). */
  maxRetentionDays: number;
  /** Tolerated clock difference for `observedAt` in the future (`CLOCK_SKEW_SECONDS`). */
  clockSkewSeconds: number;
}

/** The policy as `env` gives it; a wrong value is a ConfigError naming the variable (env-config.ts). */
export function contractPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): ContractPolicy {
  return {
    accreditedMaxClassification: envChoice(env, 'ACCREDITED_MAX_CLASSIFICATION', 'confidential', CLASSIFICATIONS),
    maxRetentionDays: envInt(env, 'MAX_RETENTION_DAYS', 1825, { min: 1, max: 36_500 }),
    clockSkewSeconds: envInt(env, 'CLOCK_SKEW_SECONDS', 300, { min: 0, max: 86_400 }),
  };
}

let policy: ContractPolicy | undefined;

/** The process's policy, read once (createHttpApp reads it first thing, so a wrong value stops start-up). */
export function contractPolicy(): ContractPolicy {
  policy ??= contractPolicyFromEnv();
  return policy;
}
