import { NewPrincipal } from './principals.repository';

/** The principals `npm start` seeds for a local system: one POC per demo agency, one per central role, OCAM's two security officers and customs' one. */
export const DEMO_PRINCIPALS: NewPrincipal[] = [
  { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
  { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
  { name: 'poc-foreign-affairs', role: 'poc', agency: 'foreign-affairs', clearance: 'restricted' },
  { name: 'poc-immigration', role: 'poc', agency: 'immigration', clearance: 'restricted' },
  { name: 'analyst-ocam', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
  { name: 'oversight-committee', role: 'oversight', clearance: 'confidential' },
  { name: 'security-officer', role: 'security-officer', clearance: 'confidential' },
  // A second officer, so that every two-person rule (docs/operations.md) can be tried on a fresh clone.
  { name: 'security-officer-2', role: 'security-officer', clearance: 'confidential' },
  // Customs' own security officer: administers customs' principals only, a second OCAM officer approving
  // (docs/security-officer.md). The two above, without an agency, are OCAM's.
  { name: 'security-officer-customs', role: 'security-officer', agency: 'customs', clearance: 'restricted' },
];
