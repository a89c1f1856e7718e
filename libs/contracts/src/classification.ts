/**
 * Classification levels, lowest first. Their own file because both the signal contract
 * (submission.ts) and the deployment policy (policy.ts, read by validators.ts) need them: kept in
 * submission.ts they made the cycle policy → submission → validators → policy.
 */
export const CLASSIFICATIONS = ['unclassified', 'restricted', 'confidential', 'secret', 'top-secret'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
