import { CLASSIFICATIONS, type Classification } from '@passerelle/contracts';

/**
 * `reporter` (issue 29, item 6): a field officer of an agency, who drafts signals for the agency's
 * permanence cell (its POCs) to validate, edit, return or forward to OCAM; it submits nothing itself.
 */
export const ROLES = ['poc', 'analyst', 'oversight', 'security-officer', 'admin', 'reporter'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The levels a clearance is recorded at: the classification levels themselves (libs/contracts
 * classification.ts, one definition). `unclassified` records no clearance; `restricted` records none
 * either in the law's sense (RESTREINT needs only the need to know), and is kept as a code so that
 * existing records and clients keep working.
 */
export const CLEARANCES = CLASSIFICATIONS;
export type Clearance = Classification;

export interface Principal {
  id: string;
  name: string;
  role: Role;
  /** The agency a POC speaks for (or a reporter reports to, or an agency officer administers); null for central roles. */
  agency: string | null;
  clearance: Clearance;
  clearanceExpiresAt: Date | null;
  feeds: string[];
  /**
   * The version of the security briefing in force that this principal has not acknowledged yet, or
   * null when it has (issue 29, item 5). Read with the key on every request (`findByApiKey`);
   * absent on principals built elsewhere (admin records), which no read decision is taken on.
   */
  briefingDue?: number | null;
}
