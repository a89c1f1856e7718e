export const ROLES = ['poc', 'analyst', 'oversight', 'security-officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const CLEARANCES = ['unclassified', 'restricted', 'confidential', 'secret', 'top-secret'] as const;
export type Clearance = (typeof CLEARANCES)[number];

export interface Principal {
  id: string;
  name: string;
  role: Role;
  /** The agency a POC speaks for; null for central roles. */
  agency: string | null;
  clearance: Clearance;
  clearanceExpiresAt: Date | null;
  feeds: string[];
}
