/**
 * Classification levels, lowest first, and what reading each one takes — the one definition every
 * part of Passerelle uses (the contracts, the access policy in libs/security, the SQL that ranks
 * levels). Their own file because both the signal contract (submission.ts) and the deployment policy
 * (policy.ts, read by validators.ts) need them: kept in submission.ts they made the cycle policy →
 * submission → validators → policy.
 *
 * Law of 11 December 1998 on classification and security clearances, as reformed (docs/legal-basis.md
 * §6): RESTREINT / BEPERKT needs the need to know only, no security clearance; CONFIDENTIEL /
 * VERTROUWELIJK and above need a security clearance of at least that level as well.
 */
export const CLASSIFICATION_LEVELS = [
  { code: 'unclassified', clearanceRequired: false },
  { code: 'restricted', clearanceRequired: false },
  { code: 'confidential', clearanceRequired: true },
  { code: 'secret', clearanceRequired: true },
  { code: 'top-secret', clearanceRequired: true },
] as const;

export type Classification = (typeof CLASSIFICATION_LEVELS)[number]['code'];

export const CLASSIFICATIONS: readonly Classification[] = CLASSIFICATION_LEVELS.map((l) => l.code);

/** Rank of a level: unclassified 0 … top-secret 4; -1 for a code that is not a level. */
export const classificationRank = (level: string): number => CLASSIFICATIONS.indexOf(level as Classification);

/**
 * The highest rank that needs no security clearance (RESTREINT): what a principal with the need to
 * know reads, whatever clearance is recorded for it (none, or one that has lapsed).
 */
export const RANK_WITHOUT_CLEARANCE: number = CLASSIFICATION_LEVELS.reduce((r, l, i) => (l.clearanceRequired ? r : i), 0);

/** The levels as a SQL array literal, for ranking a column with `array_position(…) - 1` (constants only). */
export const CLASSIFICATIONS_SQL = `array[${CLASSIFICATIONS.map((c) => `'${c}'`).join(',')}]`;
