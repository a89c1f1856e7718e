/**
 * `reporter` (issue 29, item 6): a field officer of an agency, who drafts signals for the agency's
 * permanence cell (its POCs) to validate, edit, return or forward to OCAM; it submits nothing itself.
 */
export const ROLES = ['poc', 'analyst', 'oversight', 'security-officer', 'admin', 'reporter'] as const;
export type Role = (typeof ROLES)[number];

export const CLEARANCES = ['unclassified', 'restricted', 'confidential', 'secret', 'top-secret'] as const;
export type Clearance = (typeof CLEARANCES)[number];

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
