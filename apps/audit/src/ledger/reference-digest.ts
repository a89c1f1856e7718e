import { currentDigest, lookupDigests } from '@passerelle/crypto';

/**
 * An agency's reference for a signal as the ledger may hold it: the keyed digest (HMAC-SHA256 under
 * the deployment's key secret) of the agency and the reference together, never the text. Oversight
 * finds a signal's trail by the reference an agency quotes (GET /v1/audit/trail?agency=&reference=)
 * without the ledger keeping the agency's own text.
 */
const DOMAIN = 'external-ref';
const parts = (agency: string, reference: string) => JSON.stringify([agency, reference]);

/** The digest recorded now (under the current key secret). */
export const referenceDigest = (agency: string, reference: string): string => currentDigest(DOMAIN, parts(agency, reference));

/** The digests to look a reference up by: under the current key secret, then the previous one. */
export const referenceLookupDigests = (agency: string, reference: string): string[] => lookupDigests(DOMAIN, parts(agency, reference));
