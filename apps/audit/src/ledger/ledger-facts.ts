import { AGENCY_PATTERN, factPath, REASON_CODE } from '@passerelle/contracts';
import { createHash } from 'node:crypto';
import { LedgerFacts } from './ledger-entry';

/**
 * What the ledger may hold: facts — ids, codes, digests, instants, numbers, topics, endpoints — and
 * never personal data or free text from outside, which could then never be erased (the ledger is
 * append-only). Every entry passes {@link factsOnly} before it is chained: a string whose key is
 * not on the allow list below, or whose value is not of the key's fact type, is not recorded (the
 * entry says how many were refused, never which value). docs/audit.md lists the same table.
 */

type Check = (v: string) => boolean;
const re =
  (r: RegExp): Check =>
  (v) =>
    r.test(v);

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const DIGITS = /^\d{1,20}$/;

/** The fact types a string may be. */
export const FACT_TYPES = {
  /** A code or name from a closed vocabulary or a principal's name: one token, no spaces. */
  code: re(/^[A-Za-z0-9][A-Za-z0-9._@:-]{0,99}$/),
  /** An id: a UUID, a derived or scoped event id, `sha256:<hex>`, `principal:<uuid>`. */
  id: re(/^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,159}$/),
  agency: re(new RegExp(`^${AGENCY_PATTERN}$`)),
  /** A hex digest (a keyed digest, a SHA-256). */
  digest: re(/^[0-9a-f]{16,128}$/),
  /** An ISO 8601 date or instant. */
  instant: re(INSTANT),
  /** A range's bound: an instant (events, reviews) or a ledger seq (the verify and export ranges). */
  bound: (v) => INSTANT.test(v) || DIGITS.test(v),
  topic: re(/^[A-Za-z0-9._-]{1,249}$/),
  /** A method and route pattern (`GET /v1/signals/{id}`), never a URL with its values. */
  endpoint: re(/^(\*|[A-Z]{3,7} (\(no route\)|\/[A-Za-z0-9/{}._:-]{0,200}))$/),
  /** Who refused attempts came from: a principal or the digest of an address. */
  source: re(/^(principal:[0-9a-f-]{36}|address:[0-9a-f]{16}|several)$/),
  /** A field path of contract field names (reason-codes.ts). */
  path: (v) => v.length <= 300 && factPath(v) === v,
  reasonCode: (v) => REASON_CODE.test(v) && v.length <= 60,
  offset: re(DIGITS),
  /** An alert's link: an http(s) address whose path is ids and route words only (`https://console/v1/alerts/<uuid>`). */
  link: re(/^https?:\/\/[A-Za-z0-9.-]{1,253}(:\d{1,5})?(\/[A-Za-z0-9._-]{1,100}){0,10}$/),
} satisfies Record<string, Check>;

export type FactType = keyof typeof FACT_TYPES;

/** A key whose value is an object with keys of its own kind (counts by status, by endpoint, by table). */
interface MapOf {
  keys: Check;
  values: FactType;
}

type FieldRule = FactType | MapOf | 'object';

/**
 * The allow list: each key a `details` object (at any depth) may hold, and the fact type of its
 * string values (arrays take the type of their key; objects list their own keys here too).
 */
export const DETAIL_FIELDS: Record<string, FieldRule> = {
  // routing
  verdict: 'code',
  ruleId: 'code',
  ruleVersion: 'offset',
  destinations: 'code',
  matchedKey: 'object',
  type: 'code',
  digest: 'digest',
  duplicateOf: 'id',
  // rejections and dead letters: codes with field paths
  reasons: 'object',
  path: 'path',
  reason: 'reasonCode',
  feed: 'code',
  claimedAgency: 'agency',
  // feedback
  outcome: 'code',
  assessedAt: 'instant',
  questionDigest: 'digest',
  // the agency's reference for a signal: its keyed digest with the agency (reference-digest.ts), never the text
  refDigest: 'digest',
  analyst: 'code',
  partition: 'offset',
  offset: 'offset',
  // principals (security officers' changes and requests)
  principalId: 'id',
  principalName: 'code',
  attributes: 'object',
  role: 'code',
  agency: 'agency',
  clearance: 'code',
  clearanceExpiresAt: 'instant',
  feeds: 'code',
  approvedBy: 'id',
  requestId: 'id',
  operation: 'code',
  requested: 'object',
  name: 'code',
  reasonDigest: 'digest',
  requestedBy: 'id',
  expiresAt: 'instant',
  // security briefings: the version, the digest of its text (never the text), when acknowledged
  briefingVersion: 'offset',
  briefingDigest: 'digest',
  briefingLanguage: 'code',
  acknowledgedAt: 'instant',
  // dead letters
  consumer: 'code',
  sourceTopic: 'topic',
  sourcePartition: 'offset',
  sourceOffset: 'offset',
  // access records and oversight queries
  endpoint: 'endpoint',
  resourceId: 'id',
  status: 'offset',
  source: 'source',
  count: 'offset',
  windowStart: 'instant',
  windowEnd: 'instant',
  byStatus: { keys: re(/^\d{3}$/), values: 'offset' },
  byEndpoint: { keys: (k) => k === 'other' || FACT_TYPES.endpoint(k), values: 'offset' },
  query: 'object',
  signalId: 'id',
  // a read: every signal it returned, and their agencies
  signalIds: 'id',
  agencies: 'agency',
  categories: 'code',
  classifications: 'code',
  signal: 'id',
  actor: 'code',
  actorName: 'code',
  action: 'code',
  order: 'code',
  // an oversight query's range (`GET /v1/audit/events`: instants; verify and export: seqs) or a review's period
  from: 'bound',
  to: 'bound',
  cursor: 'id',
  // an export's period (GET /v1/audit/export?since=&until=)
  since: 'instant',
  until: 'instant',
  limit: 'offset',
  // watchlists (counts, digests and ids: never an entry, a token or a point)
  list: 'code',
  version: 'offset',
  tokenCount: 'offset',
  entryId: 'id',
  keyKind: 'code',
  subjectPrincipalId: 'id',
  capability: 'code',
  granted: 'code',
  alert: 'code',
  // service incidents (a gateway's notices): which part, which site, when
  incidentId: 'id',
  part: 'code',
  site: 'code',
  startedAt: 'instant',
  endedAt: 'instant',
  // purges
  service: 'code',
  retentionUntil: 'instant',
  removed: { keys: re(/^[a-z_]+\.[a-z_]+$/), values: 'offset' },
  // the security officer's reviews (issue 29): which review, whose, the anomaly and its mark, counts
  review: 'code',
  scope: 'code',
  anomalyId: 'id',
  mark: 'code',
  format: 'code',
  kind: 'code',
  principals: 'offset',
  anomalies: 'offset',
  escalated: 'offset',
  // the classified register (issue 29): a search's state (held, destroyed)
  state: 'code',
  // a reporter's draft at the permanence cell (issue 29, item 6): which draft, whose, which fields changed
  draftId: 'id',
  draftIds: 'id',
  // a products filter changed (issue 28): whose, and what it lets through (catalogue codes)
  filterScope: 'code',
  competences: 'code',
  regions: 'code',
  minLevel: 'offset',
  reporterId: 'id',
  fields: 'path',
  // exercises (issue 29, item 8): a signal or product marked as one (true)
  exercise: 'code',
  // alerts to people (issue 29, item 7): which alert, its level and link, the rota's step, the channel
  alertId: 'id',
  alertLevel: 'code',
  link: 'link',
  rotaVersion: 'offset',
  rotaStep: 'offset',
  channel: 'code',
  attempts: 'offset',
  // erasures (two-person rule): request id, officers, the step and reason codes
  step: 'code',
  decidedBy: 'id',
  // OCAM's products (issue 28): dissemination decisions, copies per agency, reads and acknowledgements
  productId: 'id',
  productIds: 'id',
  decision: 'code',
  /** The product's OCAM threat level (1–4). */
  level: 'offset',
  // kind: as above (a product's kind is a code too)
  classification: 'code',
  /** An acknowledgement came with a reply (true): the reply itself stays sealed and in the intake. */
  reply: 'code',
};

/** What {@link factsOnly} makes of an entry: the facts, and how many fields it refused. */
export interface CheckedFacts {
  facts: LedgerFacts;
  refused: number;
}

const UNKNOWN = 'unknown';
const ACTOR = /^((agency|service|principal|cli|address):[A-Za-z0-9._@:-]{1,120}|unknown|several)$/;
const ACTION = /^[a-z][a-z0-9.-]{0,80}$/;
const TRACE = /^[0-9a-f]{32}$/;

/**
 * The entry with only facts in it. Columns that are not of their type become null (`actor` and
 * `action`: `unknown`; an event id: `sha256:<hex>` of it, so that a redelivery still dedupes);
 * `details` keeps the allow-listed fields of their type, and `refusedFields` counts the others.
 */
export function factsOnly(f: LedgerFacts): CheckedFacts {
  let refused = 0;
  const fact = (v: string | null, type: FactType): string | null => {
    if (v === null) return null;
    if (FACT_TYPES[type](v)) return v;
    refused++;
    return null;
  };
  const walk = (value: unknown, rule: FieldRule): unknown => {
    if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
    if (typeof value === 'string') {
      if (typeof rule === 'string' && rule !== 'object' && FACT_TYPES[rule](value)) return value;
      refused++;
      return undefined;
    }
    if (Array.isArray(value)) return value.map((x) => walk(x, rule)).filter((x) => x !== undefined);
    if (typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        let kept: unknown;
        if (typeof rule === 'object') kept = rule.keys(k) ? walk(v, rule.values) : (refused++, undefined);
        else if (Object.hasOwn(DETAIL_FIELDS, k)) kept = walk(v, DETAIL_FIELDS[k]);
        else {
          refused++;
          kept = undefined;
        }
        if (kept !== undefined) out[k] = kept;
      }
      return out;
    }
    refused++;
    return undefined;
  };
  const details = walk(f.details ?? {}, 'object') as Record<string, unknown>;
  const eventId = FACT_TYPES.id(f.eventId) ? f.eventId : `sha256:${createHash('sha256').update(f.eventId, 'utf8').digest('hex')}`;
  const facts: LedgerFacts = {
    ...f,
    eventId,
    actor: ACTOR.test(f.actor) ? f.actor : (refused++, UNKNOWN),
    action: ACTION.test(f.action) ? f.action : (refused++, `event.${UNKNOWN}`),
    agency: fact(f.agency, 'agency'),
    signalId: fact(f.signalId, 'id'),
    correlationId: fact(f.correlationId, 'id'),
    traceId: f.traceId !== null && !TRACE.test(f.traceId) ? (refused++, null) : f.traceId,
    sourceTopic: FACT_TYPES.topic(f.sourceTopic) ? f.sourceTopic : (refused++, UNKNOWN),
    details: refused > 0 ? { ...details, refusedFields: refused } : details,
  };
  return { facts, refused };
}
