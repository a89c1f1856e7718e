import { domainErrors } from '@passerelle/http';

/*
 * The intake's domain errors, one registry: each family's codes with the HTTP status and the problem
 * type they leave as (the title is `problem.<type>.title` in libs/i18n's catalogues). The use cases throw the family's error
 * with a catalogue message for the detail; the problem filter (libs/http) reads the rule the error
 * carries. The types are a contract: clients switch on them (docs/integrating.md, "Problems").
 */

/**
 * Principals administration. `invalid`: the request cannot be understood (nothing to change);
 * `rejected`: it breaks a rule on principals (POC without agency, unknown feed, expiry in the past,
 * a clearance above the officer's own); `same-chain`: the officer acts on a principal of its own
 * chain; `other-agency`: on a principal outside its agency's reach; the others explain themselves.
 */
export const PRINCIPAL_ERRORS = domainErrors('principal', {
  invalid: { status: 400, type: 'urn:passerelle:problem:validation' },
  rejected: { status: 422, type: 'urn:passerelle:problem:principal-rejected' },
  'not-found': { status: 404, type: 'urn:passerelle:problem:principal-not-found' },
  'name-taken': { status: 409, type: 'urn:passerelle:problem:principal-name-taken' },
  revoked: { status: 409, type: 'urn:passerelle:problem:principal-revoked' },
  'self-change': { status: 409, type: 'urn:passerelle:problem:principal-self-change' },
  'same-chain': { status: 409, type: 'urn:passerelle:problem:principal-same-chain' },
  'other-agency': { status: 403, type: 'urn:passerelle:problem:principal-other-agency' },
  'request-decided': { status: 409, type: 'urn:passerelle:problem:principal-request-decided' },
  'request-expired': { status: 410, type: 'urn:passerelle:problem:principal-request-expired' },
  'request-stale': { status: 409, type: 'urn:passerelle:problem:principal-request-stale' },
  unavailable: { status: 503, type: 'urn:passerelle:problem:principal-unavailable' },
});

/** Erasure of a signal before its term, on the two-person rule. */
export const ERASURE_ERRORS = domainErrors('erasure', {
  'not-found': { status: 404, type: 'urn:passerelle:problem:erasure-not-found' },
  'not-an-officer': { status: 403, type: 'urn:passerelle:problem:erasure-not-an-officer' },
  revoked: { status: 409, type: 'urn:passerelle:problem:erasure-revoked' },
  'self-approval': { status: 409, type: 'urn:passerelle:problem:erasure-self-approval' },
  'same-chain': { status: 409, type: 'urn:passerelle:problem:erasure-same-chain' },
  clearance: { status: 403, type: 'urn:passerelle:problem:erasure-clearance' },
  'pending-already': { status: 409, type: 'urn:passerelle:problem:erasure-pending-already' },
  'gone-already': { status: 409, type: 'urn:passerelle:problem:erasure-gone-already' },
  'request-decided': { status: 409, type: 'urn:passerelle:problem:erasure-request-decided' },
  'request-expired': { status: 410, type: 'urn:passerelle:problem:erasure-request-expired' },
});

/** Watchlists: marks, versions, tokens and evaluation budgets. */
export const WATCHLIST_ERRORS = domainErrors('watchlist', {
  invalid: { status: 400, type: 'urn:passerelle:problem:validation' },
  'not-marked': { status: 403, type: 'urn:passerelle:problem:watchlist-not-marked' },
  'other-agency': { status: 403, type: 'urn:passerelle:problem:watchlist-other-agency' },
  'no-version': { status: 404, type: 'urn:passerelle:problem:watchlist-no-version' },
  'not-found': { status: 404, type: 'urn:passerelle:problem:watchlist-not-found' },
  'version-not-current': { status: 409, type: 'urn:passerelle:problem:watchlist-version-not-current' },
  rejected: { status: 422, type: 'urn:passerelle:problem:watchlist-rejected' },
  'rate-limited': { status: 429, type: 'urn:passerelle:problem:watchlist-rate-limited' },
  'version-budget-spent': { status: 429, type: 'urn:passerelle:problem:watchlist-version-budget-spent' },
});

export type PrincipalAdminErrorCode = keyof typeof PRINCIPAL_ERRORS;
export type ErasureErrorCode = keyof typeof ERASURE_ERRORS;
export type WatchlistErrorCode = keyof typeof WATCHLIST_ERRORS;
