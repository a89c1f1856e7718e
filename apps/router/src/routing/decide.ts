import {
  contentFingerprint,
  EXERCISE_FEED,
  FINGERPRINT_DOMAIN,
  outsideOcamRemit,
  SignalSubmittedEvent,
  signalSubjectKeys,
  SUBJECT_KEY_DOMAIN,
} from '@passerelle/contracts';
import { keyedDigest, keySecrets, KeySecrets } from '@passerelle/crypto';
import { decide as matchRule, Decision, EXERCISE_RULE, RuleSet } from './routing-rules';
import { KnownSignal, NewSignalRow } from './routing.repository';

/**
 * The router's decisions for one batch, as a pure function: what the repository loaded goes in,
 * the outcomes and the rows to write come out. No I/O.
 */

/** A valid submission, with what deduplication and correlation look it up by. */
export interface PreparedSubmission {
  eventId: string;
  event: SignalSubmittedEvent;
  traceId: string;
  /** Its material content (agency-scoped duplicates), as stored: keyed under the current secret. */
  fingerprint: string;
  /** The same under the previous key secret (matched, then re-keyed), if there is one. */
  previousFingerprint: string | null;
  /** Its normalised subject keys (correlation), as stored: keyed under the current secret. */
  keys: string[];
  /** Each of `keys` under the previous key secret → the key under the current one. */
  previousKeys: Map<string, string>;
  /** Each of `keys` → the normalised key itself (in memory only: for the kind of a matched key). */
  plainKeys: Map<string, string>;
}

/** How the router turns a subject key or fingerprint into what it stores: under the current and the previous secret. */
export interface KeyDigests {
  current(domain: string, value: string): string;
  previous(domain: string, value: string): string | null;
}

/** HMAC-SHA256 under the deployment's key secrets (libs/crypto/src/keys.ts). */
export function keyedDigests(secrets: KeySecrets = keySecrets()): KeyDigests {
  return {
    current: (domain, value) => keyedDigest(secrets.current, domain, value),
    previous: (domain, value) => (secrets.previous ? keyedDigest(secrets.previous, domain, value) : null),
  };
}

export function prepare(
  s: { eventId: string; event: SignalSubmittedEvent; traceId: string },
  digests = keyedDigests(),
): PreparedSubmission {
  const plain = signalSubjectKeys(s.event.signal);
  // An exercise's keys and fingerprint are digests in domains of their own: an exercise never joins
  // a real dossier, nor repeats a real signal, and no real signal joins an exercise's (docs/exercises.md).
  const exercise = s.event.signal.exercise === true;
  const keyDomain = exercise ? `${SUBJECT_KEY_DOMAIN}.exercise` : SUBJECT_KEY_DOMAIN;
  const fpDomain = exercise ? `${FINGERPRINT_DOMAIN}.exercise` : FINGERPRINT_DOMAIN;
  const keys = plain.map((k) => digests.current(keyDomain, k));
  const previousKeys = new Map<string, string>();
  plain.forEach((k, i) => {
    const p = digests.previous(keyDomain, k);
    if (p !== null) previousKeys.set(p, keys[i]);
  });
  const fp = contentFingerprint(s.event.signal);
  return {
    ...s,
    fingerprint: digests.current(fpDomain, fp),
    previousFingerprint: digests.previous(fpDomain, fp),
    keys,
    previousKeys,
    plainKeys: new Map(keys.map((k, i) => [k, plain[i]])),
  };
}

/** What the batch's signal ids, refs, fingerprints and keys look up (under both secrets); the repository loads it. */
export function lookups(items: PreparedSubmission[]): {
  agencies: string[];
  refs: string[];
  ids: string[];
  fingerprintAgencies: string[];
  fingerprints: string[];
  keys: string[];
} {
  const withPrevious = items.flatMap((s) => [
    { agency: s.event.agency, fingerprint: s.fingerprint },
    ...(s.previousFingerprint ? [{ agency: s.event.agency, fingerprint: s.previousFingerprint }] : []),
  ]);
  return {
    agencies: items.map((s) => s.event.agency),
    refs: items.map((s) => s.event.signal.externalRef),
    ids: items.map((s) => s.event.signalId),
    fingerprintAgencies: withPrevious.map((f) => f.agency),
    fingerprints: withPrevious.map((f) => f.fingerprint),
    keys: [...new Set(items.flatMap((s) => [...s.keys, ...s.previousKeys.keys()]))],
  };
}

/**
 * What a batch reads and then writes on the strength of, one item per fact: the routing lock
 * (`RouterTx.lockRouting`) takes one advisory lock for each, so that what the batch reads about
 * them stays true until it commits, while a batch that shares no item with it never waits for it.
 *
 * - `ref` (agency, externalRef): duplicate-ref; the signal row's unique (agency, external_ref).
 * - `id` a signal id, lower-cased (the supplements check reads ids either way): the batch's own
 *   (known id → duplicate-ref or signal-id-taken, its row, its link, and the dossier it opens, whose
 *   id is the signal's), the ids its refused messages claim (whether a rejection may name them) and
 *   the ids `supplements` names (whether they are the agency's own).
 * - `fp` (agency, fingerprint), under the current and the previous key secret: duplicate-content,
 *   the fingerprint row, and its re-keying.
 * - `key` each subject key, under both secrets, embargoed or not: which dossier the signal joins
 *   (the oldest known key of its own), the keys it claims, and their re-keying.
 *
 * Correlation needs no lock on the dossier itself. A signal joins the dossier of the oldest of its
 * own keys that is known, and claims those of its keys that are not: both read and write only its
 * keys, all locked. What it learns through a known key — the key's dossier and its rank — never
 * changes once committed (keys are only inserted, or re-keyed under both of their locks), and the
 * dossier it joins gains a link and maybe keys of this signal's, never loses anything but through a
 * purge (which excludes every batch). So two signals that share no key cannot change each other's
 * outcome, whatever each merges into; two that share one are serialised by that key's lock. Nor does
 * duplicate-content need the owner's id: the owner's row and dossier are committed and never change.
 */
export function routingLockItems(items: Iterable<PreparedSubmission>, ids: Iterable<string> = []): string[] {
  const out = new Set<string>();
  for (const s of items) {
    const agency = s.event.agency;
    out.add(['ref', agency, s.event.signal.externalRef].join(SEP));
    out.add(['id', s.event.signalId.toLowerCase()].join(SEP));
    for (const fp of [s.fingerprint, s.previousFingerprint]) if (fp) out.add(['fp', agency, fp].join(SEP));
    for (const k of [...s.keys, ...s.previousKeys.keys()]) out.add(['key', k].join(SEP));
  }
  for (const id of ids) out.add(['id', id.toLowerCase()].join(SEP));
  return [...out].sort();
}

/**
 * What was found under the previous key secret, as if found under the current one, and the stored
 * rows to re-key (so that the next rotation still finds them). A key found under both is the
 * current one's.
 */
export function underCurrentSecret(
  items: PreparedSubmission[],
  fingerprintOwners: Map<string, string>,
  knownKeys: { key: string; correlationId: string }[],
): {
  fingerprintOwners: Map<string, string>;
  knownKeys: { key: string; correlationId: string }[];
  rekeyFingerprints: { agency: string; from: string; to: string }[];
  rekeyKeys: { from: string; to: string }[];
} {
  const owners = new Map(fingerprintOwners);
  const rekeyFingerprints: { agency: string; from: string; to: string }[] = [];
  for (const s of items) {
    if (!s.previousFingerprint) continue;
    const from = `${s.event.agency}${SEP}${s.previousFingerprint}`;
    const to = `${s.event.agency}${SEP}${s.fingerprint}`;
    const owner = owners.get(from);
    if (owner === undefined) continue;
    owners.delete(from);
    if (!owners.has(to)) {
      owners.set(to, owner);
      rekeyFingerprints.push({ agency: s.event.agency, from: s.previousFingerprint, to: s.fingerprint });
    }
  }
  const previous = new Map(items.flatMap((s) => [...s.previousKeys]));
  const current = new Set(knownKeys.filter((k) => !previous.has(k.key)).map((k) => k.key));
  const rekeyKeys: { from: string; to: string }[] = [];
  const keys = knownKeys.flatMap((k) => {
    const to = previous.get(k.key);
    if (to === undefined) return [k];
    if (current.has(to)) return [];
    current.add(to);
    rekeyKeys.push({ from: k.key, to });
    return [{ key: to, correlationId: k.correlationId }];
  });
  return { fingerprintOwners: owners, knownKeys: keys, rekeyFingerprints, rekeyKeys };
}

/** The separator of composite map keys (`agency\u0000fingerprint`, `agency\u0000ref`). */
export const SEP = '\u0000';

/** The routing state the batch's decisions depend on, as loaded under the routing lock (its items: `routingLockItems`). */
export interface RoutingState {
  /** Signals known by (agency, ref) or by id (the batch's, and the fingerprint owners), with their agency. */
  known: KnownSignal[];
  /** Owners of content fingerprints, by `agency\u0000fingerprint`. */
  fingerprintOwners: Map<string, string>;
  /** Known subject keys among the batch's, oldest first (the oldest match wins). */
  knownKeys: { key: string; correlationId: string }[];
  /** The agency of each known signal id that a refused message claims. */
  claimOwners: Map<string, string>;
  rules: RuleSet;
}

export interface Routed {
  verdict: 'new' | 'duplicate-ref' | 'duplicate-content';
  decision: Decision;
  correlationId: string;
  matchedKey: string | null;
  duplicateOf: string | null;
}

/**
 * A signal id belongs to the agency whose signal first had it: another agency's claim is refused. A
 * signal none of whose categories is within OCAM's remit, and that no rule explicitly sends
 * elsewhere, is refused `outside-remit`. Neither is stored.
 */
export type Outcome = Routed | { verdict: 'signal-id-taken' } | { verdict: 'outside-remit' };

export interface RoutingWrites {
  signals: NewSignalRow[];
  fingerprints: { agency: string; fingerprint: string; signalId: string }[];
  correlations: string[];
  subjectKeys: { key: string; correlationId: string; signalId: string }[];
  links: { correlationId: string; signalId: string; agency: string; matchedKey: string | null }[];
}

export interface Decisions {
  /** One per submission, in order. */
  outcomes: Outcome[];
  /**
   * One per claim, in order: whether the signal id a refused message claims may be shown back to
   * its agency — not when it is another agency's signal (a rejection naming it would join that
   * signal's trail).
   */
  echoClaims: boolean[];
  writes: RoutingWrites;
}

/**
 * Deduplicates, correlates and routes the batch's valid submissions, as if one by one in batch order:
 * (0) a signal id already another agency's → signal-id-taken (refused: it never joins, repeats or
 *     suppresses that agency's signal); a new id is bound to its agency by the signal's row;
 * (1) same agency + ref (or a known signal id) → duplicate-ref (nothing stored again);
 * (1b) no category within OCAM's remit and no rule for such signals → outside-remit (refused, nothing stored);
 * (2) same agency + material content → duplicate-content, linked to the first one's dossier;
 * (3) otherwise correlated by its normalised subject keys (the oldest known key wins) and routed
 *     by the rules in force; an embargoed signal's keys are not claimed, so nothing links through it.
 * Then tells, for the refused messages' claims, whether each may be shown back (as the signals stand
 * once this batch is written).
 */
export function decideRouting(
  submissions: PreparedSubmission[],
  claims: { agency: string | null; claimedId: string | null }[],
  state: RoutingState,
): Decisions {
  const byRef = new Map<string, { signalId: string; correlationId: string | null }>();
  const correlationOf = new Map<string, string | null>();
  const agencyOf = new Map<string, string>();
  for (const k of state.known) {
    byRef.set(`${k.agency}${SEP}${k.externalRef}`, k);
    correlationOf.set(k.signalId, k.correlationId);
    agencyOf.set(k.signalId, k.agency);
  }
  const fpOwner = new Map(state.fingerprintOwners);
  const keyRank = new Map<string, { correlationId: string; rank: number }>();
  state.knownKeys.forEach((k, rank) => keyRank.set(k.key, { correlationId: k.correlationId, rank }));
  let nextRank = state.knownKeys.length;

  const writes: RoutingWrites = { signals: [], fingerprints: [], correlations: [], subjectKeys: [], links: [] };
  const outcomes = submissions.map(({ event: e, traceId, fingerprint, keys }): Outcome => {
    // An exercise goes to the exercise feed and nowhere else, whatever the rules say; the rules
    // never send anything there (routing-rules.ts refuses a rule that names it).
    const matched =
      e.signal.exercise === true
        ? { ruleId: EXERCISE_RULE, ruleVersion: state.rules.version, destinations: [EXERCISE_FEED] }
        : matchRule(state.rules, e.agency, e.signal);
    const decision = matched ?? { ruleId: 'none', ruleVersion: state.rules.version, destinations: [] };
    const idOwner = agencyOf.get(e.signalId);
    if (idOwner !== undefined && idOwner !== e.agency) return { verdict: 'signal-id-taken' };
    const refKey = `${e.agency}${SEP}${e.signal.externalRef}`;
    const original =
      byRef.get(refKey) ??
      (correlationOf.has(e.signalId) ? { signalId: e.signalId, correlationId: correlationOf.get(e.signalId) ?? null } : undefined);
    if (original) {
      return {
        verdict: 'duplicate-ref',
        decision,
        correlationId: original.correlationId ?? e.signalId,
        matchedKey: null,
        duplicateOf: original.signalId,
      };
    }
    // Outside OCAM's remit and sent nowhere by an explicit rule: refused, never routed to OCAM by default.
    if (matched === null && outsideOcamRemit(e.signal)) return { verdict: 'outside-remit' };
    const fpKey = `${e.agency}${SEP}${fingerprint}`;
    const owner = fpOwner.get(fpKey);
    let outcome: Routed;
    if (owner) {
      const correlationId = correlationOf.get(owner) ?? owner;
      outcome = { verdict: 'duplicate-content', decision, correlationId, matchedKey: null, duplicateOf: owner };
      writes.signals.push({
        signalId: e.signalId,
        agency: e.agency,
        externalRef: e.signal.externalRef,
        verdict: 'duplicate-content',
        destinations: [],
        correlationId,
        traceId,
        retentionUntil: e.signal.retentionUntil,
      });
    } else {
      fpOwner.set(fpKey, e.signalId);
      writes.fingerprints.push({ agency: e.agency, fingerprint, signalId: e.signalId });
      let best: { key: string; correlationId: string; rank: number } | undefined;
      for (const key of keys) {
        const k = keyRank.get(key);
        if (k && (!best || k.rank < best.rank)) best = { key, ...k };
      }
      const correlationId = best?.correlationId ?? e.signalId;
      if (!best) writes.correlations.push(correlationId);
      // An embargoed signal joins the dossier its keys find, but brings no key in: a later signal
      // never links to a dossier through it (its readers are the principals the embargo names).
      const embargoed = e.signal.embargo !== undefined;
      for (const key of keys) {
        if (embargoed || keyRank.has(key)) continue;
        keyRank.set(key, { correlationId, rank: nextRank++ });
        writes.subjectKeys.push({ key, correlationId, signalId: e.signalId });
      }
      const matchedKey = best?.key ?? null;
      writes.links.push({ correlationId, signalId: e.signalId, agency: e.agency, matchedKey });
      outcome = { verdict: 'new', decision, correlationId, matchedKey, duplicateOf: null };
      writes.signals.push({
        signalId: e.signalId,
        agency: e.agency,
        externalRef: e.signal.externalRef,
        verdict: 'new',
        destinations: decision.destinations,
        correlationId,
        traceId,
        retentionUntil: e.signal.retentionUntil,
      });
    }
    byRef.set(refKey, { signalId: e.signalId, correlationId: outcome.correlationId });
    correlationOf.set(e.signalId, outcome.correlationId);
    agencyOf.set(e.signalId, e.agency);
    return outcome;
  });

  // agencyOf now holds every signal id the batch knows or stores, with its agency.
  const echoClaims = claims.map(({ agency, claimedId }) => {
    if (claimedId === null) return true;
    const owner = agencyOf.get(claimedId) ?? state.claimOwners.get(claimedId);
    return owner === undefined || owner === agency;
  });
  return { outcomes, echoClaims, writes };
}
