import { Injectable } from '@nestjs/common';

import {
  ACCESS_MAX_SIGNAL_IDS,
  CodedReason,
  codedReasons,
  DRAFT_MAX_FIELDS,
  EventTypes,
  factPath,
  TopicNames,
} from '@passerelle/contracts';
import { eventIdOf, IncomingMessage, InjectTopics, jsonOf, loadAclFile, traceIdOfMessage } from '@passerelle/messaging';
import { currentDigest, derivedId, idSecret, keySecrets } from '@passerelle/crypto';
import { createHash } from 'node:crypto';
import { ledgerInstant, LedgerFacts } from './ledger-entry';
import { LedgerRepository } from './ledger.repository';
import { referenceDigest } from './reference-digest';

/**
 * A time the ledger can hold: a claimed time outside years 1–9999 (Postgres's timestamptz range for
 * the ISO form) is recorded as unknown rather than failing the batch on every retry.
 */
const storableInstant = (d: Date): boolean => !isNaN(d.getTime()) && d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999;

/** At most `max` characters (code points: never half of one), or null. */
const str = (v: unknown, max = 200): string | null => (typeof v === 'string' && v.length > 0 ? Array.from(v).slice(0, max).join('') : null);

/** Free text as the ledger may hold it: its HMAC under the deployment's key secret, never the text (nor a plain hash of it). */
const keyedText = (domain: string, text: string): string => currentDigest(domain, text);

/** Reasons as codes with field paths (reason-codes.ts), whatever a producer sent. */
function reasonsOf(v: unknown, max = 50): CodedReason[] {
  if (!Array.isArray(v)) return [];
  return codedReasons(
    v.slice(0, max).map((r: { path?: unknown; reason?: unknown }) => ({
      path: typeof r?.path === 'string' ? r.path : '',
      reason: typeof r?.reason === 'string' ? r.reason : '',
    })),
    max,
  );
}

/** Endpoints whose `{id}` is a signal's: a refused attempt there belongs in that signal's trail. */
const SIGNAL_ENDPOINT = /^[A-Z]+ \/v1\/signals\/\{id\}(\/|$)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRACE_ID = /^[0-9a-f]{32}$/;

const ACCESS_FIELDS = ['endpoint', 'role', 'principalName', 'resourceId'];

/** A list of ids as a record may carry it: strings only, at most `max`, each at most 100 characters; null when none. */
function idList(v: unknown, max: number): string[] | null {
  if (!Array.isArray(v)) return null;
  const ids = v
    .slice(0, max)
    .map((x) => str(x, 100))
    .filter((x): x is string => x !== null);
  return ids.length ? ids : null;
}
const DISSEMINATION_FIELDS = ['productId', 'decision', 'reason', 'ruleId', 'ruleVersion', 'kind', 'level'];
const ALERT_FIELDS = [
  'alertId',
  'alertLevel',
  'link',
  'kind',
  'rotaVersion',
  'rotaStep',
  'principalId',
  'principalName',
  'channel',
  'attempts',
  'reason',
  'productId',
];
const DENIED_FIELDS = ['endpoint', 'status', 'reason', 'source', 'resourceId', 'role', 'principalName'];
const COUNTED_FIELDS = ['source', 'count', 'windowStart', 'windowEnd', 'byStatus', 'byEndpoint'];
const WATCHLIST_FIELDS = [
  'list',
  'version',
  'count',
  'tokenCount',
  'digest',
  'entryId',
  'keyKind',
  'subjectPrincipalId',
  'capability',
  'granted',
  'alert',
];

/**
 * What the ledger holds of an access record (`access.recorded.v1`, or the audit's own refused
 * attempts): a read is `access.recorded`; a refused attempt, or the count of them beyond a source's
 * threshold in a window, is `access.denied`, by the principal or — when no key named anybody — by
 * the digest of the client address. Codes and ids only.
 */
export function accessFacts(p: Record<string, unknown>): {
  action: string;
  actor: string;
  signalId: string | null;
  details: Record<string, unknown>;
} {
  const details: Record<string, unknown> = {};
  const principal = str(p.principalId, 100);
  if (p.outcome === 'draft') {
    // A step of a reporter's draft at the permanence cell (issue 29, item 6): which draft, which step,
    // whose, which fields an edit changed (paths, never values), and the signal once forwarded.
    for (const k of ['endpoint', 'role', 'principalName', 'draftId', 'reporterId', 'step', 'agency']) details[k] = p[k];
    // A read of drafts (step `read`): every draft the answer held; a purge (step `purged`): every draft removed.
    const drafts = idList(p.draftIds, ACCESS_MAX_SIGNAL_IDS);
    if (drafts) details.draftIds = drafts;
    const fields = idList(p.fields, DRAFT_MAX_FIELDS);
    if (fields) details.fields = fields.map((f) => factPath(f));
    const signalId = str(p.signalId, 100);
    // The retention purge of drafts never forwarded (step `purged`) is the gateway's own doing.
    const actor = principal ? `principal:${principal}` : p.step === 'purged' ? 'service:gateway' : 'principal:unknown';
    return { action: `draft.${str(p.step, 20) ?? 'unknown'}`, actor, signalId, details };
  }
  if (p.outcome === 'product-filter') {
    // A products filter changed (issue 28): whose (a POC's own, its agency's default) and what it
    // now lets through — catalogue codes, nothing of any product.
    for (const k of ['endpoint', 'role', 'principalName', 'agency', 'filterScope', 'minLevel']) details[k] = p[k];
    const competences = idList(p.competences, 50);
    if (competences) details.competences = competences;
    const regions = idList(p.regions, 200);
    if (regions) details.regions = regions;
    const change = p.filterChange === 'cleared' ? 'cleared' : 'set';
    return { action: `product-filter.${change}`, actor: `principal:${principal ?? 'unknown'}`, signalId: null, details };
  }
  if (p.outcome !== 'denied') {
    for (const k of ACCESS_FIELDS) details[k] = p[k];
    // A read lists every signal it returned (records of the first shape name one, in `signalId`):
    // the trail of each of them finds the read through this list (ledger_read_signals).
    const listed = idList(p.signalIds, ACCESS_MAX_SIGNAL_IDS);
    const signalId = str(p.signalId, 100) ?? (listed?.length === 1 ? listed[0] : null);
    if (listed) details.signalIds = listed;
    else if (signalId) details.signalIds = [signalId];
    const agencies = idList(p.agencies, 50);
    if (agencies) details.agencies = agencies;
    const products = idList(p.productIds, ACCESS_MAX_SIGNAL_IDS);
    if (products) details.productIds = products;
    else if (typeof p.agency === 'string' && signalId) details.agencies = [str(p.agency, 40)];
    const categories = idList(p.categories, 100);
    if (categories) details.categories = categories;
    const classifications = idList(p.classifications, 5);
    if (classifications) details.classifications = classifications;
    // The release of an embargo by a principal it names: its own action, in the signal's trail.
    if (p.outcome === 'embargo-released')
      return { action: 'embargo.released', actor: `principal:${principal ?? 'unknown'}`, signalId, details };
    return { action: 'access.recorded', actor: `principal:${principal ?? 'unknown'}`, signalId, details };
  }
  const counted = p.count !== undefined;
  for (const k of counted ? COUNTED_FIELDS : DENIED_FIELDS) details[k] = p[k];
  const resource = str(p.resourceId, 120);
  const endpoint = str(p.endpoint) ?? '';
  return {
    action: 'access.denied',
    actor: principal ? `principal:${principal}` : (str(p.source, 100) ?? 'unknown'),
    signalId: !counted && resource && UUID.test(resource) && SIGNAL_ENDPOINT.test(endpoint) ? resource : null,
    details,
  };
}

/** Turns any event off the log (trusted or not) into ledger facts; never throws on content. */
@Injectable()
export class RecordEventsUseCase {
  constructor(
    private readonly ledger: LedgerRepository,
    @InjectTopics() private readonly topics: TopicNames,
  ) {
    // A bare submission's signal id is derived under the deployment's secret, as the router does:
    // without one the audit does not start.
    idSecret();
    // Free text is recorded as its keyed digest: without the key secret it does not start either.
    keySecrets();
  }

  /** The agencies of the deployment's ACL file (infra/kafka/acls.json). */
  private readonly knownAgencies = new Set<string>(loadAclFile().agencies);

  async handleBatch(messages: IncomingMessage[]): Promise<void> {
    await this.ledger.append(messages.map((m) => this.facts(m)));
  }

  facts(m: IncomingMessage): LedgerFacts {
    const t = this.topics;
    // No contract: the audit records every message of its topics, whatever it holds; the transport
    // parsed it once (`payload`), and only an unreadable one is parsed again here, to say so.
    const parsed = jsonOf(m);
    const p = (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? parsed.value : {}) as Record<string, unknown>;
    const type = m.headers['ce-type'];
    const submittedAgency = t.submittedPattern.exec(m.topic)?.[1];
    const feedbackAgency = t.feedbackPattern.exec(m.topic)?.[1];
    const productsAgency = t.productsPattern.exec(m.topic)?.[1] ?? t.productReceiptsPattern.exec(m.topic)?.[1];
    let action: string;
    let actor: string;
    let signalId = str(p.signalId, 100);
    const details: Record<string, unknown> = {};
    if (submittedAgency) {
      action = parsed.ok ? 'signal.submitted' : 'signal.submitted-unreadable';
      actor = `agency:${submittedAgency}`;
      // The agency's client wrote every field of this message: an id it claims is kept only when it
      // is a UUID (every signal id is one); any other text in its place may be a name and a birth date.
      if (signalId !== null && !UUID.test(signalId)) signalId = null;
      // What the message says of its agency is a claim, kept as evidence when it names a known
      // agency (anything else is the sender's free text: `other-agency`); the entry's agency is the topic's.
      const claimed = typeof p.agency === 'string' ? p.agency : null;
      if (claimed !== null && claimed !== submittedAgency)
        details.claimedAgency = this.knownAgencies.has(claimed) ? claimed : 'other-agency';
      // Who submitted it (the gateway names its point of contact; the classified register's "from
      // whom"): kept only as a UUID, like the signal id, since the agency's client may write anything.
      if (typeof p.submittedBy === 'string' && UUID.test(p.submittedBy)) details.principalId = p.submittedBy;
      // A bare submission's reference is plain (a gateway's is sealed): its keyed digest, as for feedback.
      const ref = str(p.externalRef, 100);
      if (ref && typeof p.externalRef === 'string') details.refDigest = referenceDigest(submittedAgency, ref);
    } else if (m.topic === t.routed) {
      action = 'signal.routed';
      actor = 'service:router';
      // With the signal's classification and end of retention: the classified register (issue 29) reads them here.
      for (const k of ['verdict', 'ruleId', 'ruleVersion', 'destinations', 'matchedKey', 'duplicateOf', 'classification', 'retentionUntil'])
        details[k] = p[k];
      if (p.exercise === true) details.exercise = true;
    } else if (m.topic === t.rejected) {
      action = 'signal.rejected';
      actor = 'service:router';
      details.reasons = reasonsOf(p.reasons);
    } else if (m.topic === t.purged) {
      // A store's copy of the signal removed at term: which service, which tables, how many rows.
      action = 'signal.purged';
      actor = `service:${str(p.service, 40) ?? 'unknown'}`;
      for (const k of ['service', 'reason', 'retentionUntil', 'removed']) details[k] = p[k];
    } else if (m.topic === t.erasures) {
      // A step of an erasure request (two-person rule): which request, which officers, the reason code.
      const step = str(p.step, 40) ?? 'unknown';
      action = `signal.erasure-${step}`;
      const by = step === 'requested' ? str(p.requestedBy, 100) : str(p.decidedBy, 100);
      actor = by ? `principal:${by}` : 'service:intake';
      for (const k of ['requestId', 'step', 'reason', 'requestedBy', 'decidedBy']) details[k] = p[k];
    } else if (t.feedPattern.test(m.topic)) {
      action = 'signal.published-to-feed';
      actor = 'service:router';
      details.feed = p.feed;
    } else if (feedbackAgency) {
      action = `feedback.${str(p.status, 40) ?? 'unknown'}`;
      actor = m.headers['ce-source']?.includes('intake') ? 'service:intake' : 'service:router';
      if (p.detail && typeof p.detail === 'object') Object.assign(details, p.detail);
      // An analyst's question is free text about a signal of any classification: it stays in the
      // intake (and the agency's inbox), both purged with the signal; the ledger keeps its keyed digest.
      if (typeof details.question === 'string') {
        details.questionDigest = keyedText('question', details.question);
        delete details.question;
      }
      // The agency's own reference is the agency's text: the ledger keeps its keyed digest (with the
      // agency), so oversight can find the signal by the reference the agency quotes.
      const ref = str(details.externalRef, 100);
      if (ref && typeof details.externalRef === 'string') details.refDigest = referenceDigest(feedbackAgency, ref);
      delete details.externalRef;
      if (details.reasons !== undefined) details.reasons = reasonsOf(details.reasons);
    } else if (m.topic === t.principalsChanged) {
      action = `principal.${str(p.change, 40) ?? 'changed'}`;
      actor = str(p.changedBy)?.startsWith('cli:') ? str(p.changedBy)! : `principal:${str(p.changedBy) ?? 'unknown'}`;
      for (const k of ['principalId', 'principalName', 'attributes']) details[k] = p[k];
      // A security officer's reason for a request is free text: it stays with the request, the ledger keeps its digest.
      const attributes = p.attributes as Record<string, unknown> | undefined;
      if (attributes && typeof attributes === 'object' && typeof attributes.reason === 'string') {
        const { reason, ...rest } = attributes;
        details.attributes = { ...rest, reasonDigest: keyedText('request-reason', reason as string) };
      }
    } else if (m.topic === t.watchlistsRecorded) {
      // Counts, digests and ids only: the intake never puts an entry, a token or a point on this topic,
      // and only these fields are kept whatever a message carries.
      action = `watchlist.${str(p.action, 40) ?? 'unknown'}`;
      const principal = str(p.principalId, 100);
      actor = principal ? `principal:${principal}` : 'service:intake';
      for (const k of WATCHLIST_FIELDS) details[k] = p[k];
    } else if (m.topic === t.disseminationRecorded) {
      // A dissemination decision: which product, which agency, sent or withheld and why, which rule.
      action = `product.${str(p.decision, 20) ?? 'unknown'}`;
      const principal = str(p.principalId, 100);
      actor = principal ? `principal:${principal}` : 'service:intake';
      signalId = null;
      for (const k of DISSEMINATION_FIELDS) details[k] = p[k];
      if (p.exercise === true) details.exercise = true;
    } else if (productsAgency && t.productsPattern.test(m.topic)) {
      // The product as published to the agency's topic: facts only (its content is sealed).
      action = 'product.published-to-agency';
      actor = 'service:intake';
      signalId = null;
      for (const k of ['productId', 'kind', 'level', 'classification', 'ruleId', 'ruleVersion']) details[k] = p[k];
      if (p.exercise === true) details.exercise = true;
    } else if (productsAgency) {
      // An agency's read or acknowledgement of a product (a reply stays sealed: the ledger keeps that there was one).
      action = `product.${str(p.step, 20) ?? 'unknown'}`;
      const principal = str(p.principalId, 100);
      actor = principal ? `principal:${principal}` : `agency:${productsAgency}`;
      signalId = null;
      details.productId = p.productId;
      if (p.sealed !== undefined) details.reply = true;
    } else if (t.deadLettersPattern.test(m.topic)) {
      // A message a consumer set aside: where it came from and why — never the message itself.
      action = 'message.dead-lettered';
      actor = `service:${t.deadLettersPattern.exec(m.topic)?.[1]}`;
      signalId = null;
      for (const k of ['consumer', 'sourceTopic', 'sourcePartition', 'sourceOffset']) details[k] = p[k];
      details.reasons = reasonsOf(p.reasons, 20);
    } else if (m.topic === t.accessRecorded && type === EventTypes.serviceIncident) {
      // A service notice a gateway raised or cleared (issue 30): the incident's start or end.
      action = `service.incident-${str(p.step, 20) === 'ended' ? 'ended' : 'started'}`;
      actor = 'service:agency-gateway';
      signalId = null;
      for (const k of ['incidentId', 'part', 'site', 'startedAt', 'endedAt']) details[k] = p[k];
    } else if (m.topic === t.accessRecorded && type === EventTypes.alertRecorded) {
      // A step of an alert to a person (issue 29, item 7): which alert, its level and link, whom it
      // reached or who acknowledged it, by which channel — never content.
      const step = str(p.step, 20) ?? 'unknown';
      action = `alert.${step}`;
      const principal = str(p.principalId, 100);
      actor = step === 'acknowledged' && principal ? `principal:${principal}` : 'service:intake';
      for (const k of ALERT_FIELDS) details[k] = p[k];
      // An exercise's alert (docs/exercises.md) is one in the ledger too.
      if (p.exercise === true) details.exercise = true;
    } else if (m.topic === t.accessRecorded) {
      const a = accessFacts(p);
      ({ action, actor, signalId } = a);
      Object.assign(details, a.details);
    } else {
      action = `event.${type ?? 'unknown'}`;
      actor = 'unknown';
    }
    // A bare signal produced by an agency's own client names no id: it gets the one the router
    // derives for it, so that its submission is in the signal's trail like any other.
    const bareRef = submittedAgency ? str(p.externalRef, 100) : null;
    const occurred = str(p.occurredAt) ?? m.headers['ce-time'];
    const occurredDate = occurred ? new Date(occurred) : null;
    return {
      // On an agency's topic the agency chose the ce-id: unique within that agency only.
      eventId: eventIdOf(m, submittedAgency),
      occurredAt: occurredDate && storableInstant(occurredDate) ? ledgerInstant(occurredDate) : null,
      actor,
      action,
      // Where a topic names the agency (its submissions, its feedback), the entry is that agency's,
      // whatever the payload claims: one agency's topic can never write under another's name.
      agency: submittedAgency ?? feedbackAgency ?? productsAgency ?? str(p.agency, 40),
      signalId: signalId ?? (submittedAgency && bareRef ? derivedId('signal', submittedAgency, bareRef) : null),
      // Correlations are the router's: a submission naming one (refused by the router as an unknown
      // field) names nothing the ledger may keep.
      correlationId: submittedAgency ? null : str(p.correlationId, 100),
      // A trace id is 32 hexadecimal digits, whoever wrote it; anything else is not one.
      traceId: traceIdOfMessage(m) ?? (typeof p.traceId === 'string' && TRACE_ID.test(p.traceId) ? p.traceId : null),
      sourceTopic: m.topic,
      sourcePartition: m.partition,
      sourceOffset: m.offset,
      payloadDigest: createHash('sha256')
        .update(m.value ?? Buffer.alloc(0))
        .digest('hex'),
      details: JSON.parse(JSON.stringify(details)) as Record<string, unknown>,
    };
  }
}
