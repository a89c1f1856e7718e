import { readFileSync } from 'node:fs';
import defaultCatalogue from '../data/dissemination.v1.json';

/**
 * OCAM's products to the agencies (docs/dissemination.md): what they are, and the catalogue of what
 * they are tagged with. The catalogue is versioned data like the taxonomy: the default ships in
 * `libs/contracts/data/dissemination.v1.json`, a deployment points `DISSEMINATION_CATALOGUE_FILE` at
 * a newer version without a release. It is read once, at start.
 */
export const PRODUCT_KINDS = ['assessment', 'bulletin', 'alert', 'rfi'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/** OCAM's four threat levels: 1 low, 2 medium, 3 serious, 4 very serious. */
export const THREAT_LEVELS = [1, 2, 3, 4] as const;
export type ThreatLevel = (typeof THREAT_LEVELS)[number];

/** Why a dissemination rule set did not send a product to an agency (ledger reason codes). */
export const WITHHELD_REASONS = ['no-matching-rule', 'not-targeted', 'no-cleared-poc', 'legal-basis-excludes-agency'] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

export interface DisseminationCatalogue {
  catalogue: 'dissemination';
  version: string;
  competences: { code: string; label: string; agencies: string[] }[];
  regions: { code: string; label: string; kind: 'country' | 'region' | 'province' | 'point-of-entry' }[];
  legalBases: { code: string; label: string; agencies: string[] }[];
}

let loaded: DisseminationCatalogue | undefined;

/** The dissemination catalogue in force (competence tags, regions, legal bases), checked once. */
export function disseminationCatalogue(): DisseminationCatalogue {
  if (loaded) return loaded;
  const file = process.env.DISSEMINATION_CATALOGUE_FILE;
  const c = (file ? JSON.parse(readFileSync(file, 'utf8')) : defaultCatalogue) as DisseminationCatalogue;
  if (c.catalogue !== 'dissemination' || typeof c.version !== 'string') throw new Error('not a dissemination catalogue');
  for (const list of [c.competences, c.regions, c.legalBases])
    if (!Array.isArray(list) || list.some((x) => !/^[a-z][a-z0-9-]{1,59}$/.test(x.code)))
      throw new Error(`dissemination catalogue ${c.version}: every entry needs a lower-case code`);
  loaded = c;
  return c;
}

/** The competence tags an agency holds (an agency outside the catalogue holds none). */
export function competencesOf(agency: string): string[] {
  return disseminationCatalogue()
    .competences.filter((x) => x.agencies.includes(agency))
    .map((x) => x.code);
}
