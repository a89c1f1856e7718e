import { NewPrincipal } from './principals.repository';

/** The principals `npm start` seeds for a local system: one POC per demo agency and one per central role. */
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
];
