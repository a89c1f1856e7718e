/**
 * Topic names are contracts: producers and consumers take them from here, never from a class name.
 *
 * A deployment (or a test file) may put every topic under a namespace with `KAFKA_TOPIC_PREFIX`,
 * e.g. `t42.` — the names after the prefix never change.
 */
export const AGENCY_PATTERN = '[a-z][a-z0-9-]{1,39}';

export interface TopicNames {
  readonly prefix: string;
  submitted(agency: string): string;
  /** Matches every agency's submission topic (agencies may be added at run time). */
  readonly submittedPattern: RegExp;
  readonly routed: string;
  readonly rejected: string;
  /** A service removed its copies of a signal at term (facts only). */
  readonly purged: string;
  /** The steps of erasure requests (requested, approved, refused): the intake writes, the gateway and router act on approvals. */
  readonly erasures: string;
  feed(feed: string): string;
  readonly feedPattern: RegExp;
  /**
   * An agency's feedback (`.v2`: an analyst's feedback is sealed with the signal's data key; `.v1`
   * carried it in clear and is read by nobody since).
   */
  feedback(agency: string): string;
  readonly feedbackPattern: RegExp;
  readonly accessRecorded: string;
  /** Changes to principals (created, updated, revoked), made by security officers. */
  readonly principalsChanged: string;
  /** What happens to watchlists (versions, deliveries, evaluations, hits, grants): counts and ids, never entries. */
  readonly watchlistsRecorded: string;
  /** OCAM's products disseminated to one agency (content sealed with each product's data key). */
  products(agency: string): string;
  readonly productsPattern: RegExp;
  /** One agency's reads and acknowledgements of the products it received (gateway → intake). */
  productReceipts(agency: string): string;
  readonly productReceiptsPattern: RegExp;
  /** The dissemination rules' decisions (sent, withheld and why): codes and ids, for the audit. */
  readonly disseminationRecorded: string;
  /** What a service's consumers could not process (contract violations), with the reason. */
  deadLetters(service: string): string;
  readonly deadLettersPattern: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function topicNames(prefix = ''): TopicNames {
  const p = escape(prefix);
  return {
    prefix,
    submitted: (agency) => `${prefix}signals.${agency}.submitted.v1`,
    submittedPattern: new RegExp(`^${p}signals\\.(${AGENCY_PATTERN})\\.submitted\\.v1$`),
    routed: `${prefix}signals.routed.v1`,
    rejected: `${prefix}signals.rejected.v1`,
    purged: `${prefix}signals.purged.v1`,
    erasures: `${prefix}signals.erasure.recorded.v1`,
    feed: (feed) => `${prefix}feeds.${feed}.v2`,
    feedPattern: new RegExp(`^${p}feeds\\.(${AGENCY_PATTERN})\\.v2$`),
    feedback: (agency) => `${prefix}feedback.${agency}.v2`,
    feedbackPattern: new RegExp(`^${p}feedback\\.(${AGENCY_PATTERN})\\.v2$`),
    accessRecorded: `${prefix}access.recorded.v1`,
    principalsChanged: `${prefix}identity.principals.changed.v1`,
    watchlistsRecorded: `${prefix}watchlists.recorded.v1`,
    products: (agency) => `${prefix}products.${agency}.v1`,
    productsPattern: new RegExp(`^${p}products\\.(${AGENCY_PATTERN})\\.v1$`),
    productReceipts: (agency) => `${prefix}products.${agency}.acknowledged.v1`,
    productReceiptsPattern: new RegExp(`^${p}products\\.(${AGENCY_PATTERN})\\.acknowledged\\.v1$`),
    disseminationRecorded: `${prefix}dissemination.recorded.v1`,
    deadLetters: (service) => `${prefix}deadletters.${service}.v1`,
    deadLettersPattern: new RegExp(`^${p}deadletters\\.(${AGENCY_PATTERN})\\.v1$`),
  };
}

/**
 * The services that consume, each with a dead-letter topic of its own: messages that fail their
 * contract, or fail their handler again and again with an error no retry can cure.
 */
export const DEAD_LETTER_SERVICES = ['gateway', 'intake', 'router', 'audit'] as const;

/** The agencies and feeds a fresh deployment provisions topics for. */
export const DEMO_AGENCIES = ['customs', 'mobility', 'foreign-affairs', 'immigration'] as const;
export const FEEDS = ['ocam', 'police-organised-crime', 'exercise'] as const;

/**
 * The feed of exercises (docs/exercises.md): the router sends a signal marked `exercise` there and
 * nowhere else, and nothing else goes there; analysts who take part in exercises are its members.
 */
export const EXERCISE_FEED = 'exercise';

/** Every topic a deployment needs before its services start. */
export function provisionedTopics(names: TopicNames, agencies: readonly string[] = DEMO_AGENCIES): string[] {
  return [
    ...agencies.map((a) => names.submitted(a)),
    ...agencies.map((a) => names.feedback(a)),
    ...agencies.map((a) => names.products(a)),
    ...agencies.map((a) => names.productReceipts(a)),
    ...FEEDS.map((f) => names.feed(f)),
    names.routed,
    names.rejected,
    names.purged,
    names.erasures,
    names.accessRecorded,
    names.principalsChanged,
    names.watchlistsRecorded,
    names.disseminationRecorded,
    ...DEAD_LETTER_SERVICES.map((s) => names.deadLetters(s)),
  ];
}

const DAY_MS = 86_400_000;

/**
 * How long Kafka keeps a topic's messages (`retention.ms`, set when provisioning creates the
 * topic): as short as its consumers allow. Agency submissions: 7 days (the router reads them at
 * once; a longer outage is an incident). Feeds, feedback and products, which Kafka-native readers
 * (analysts, agency systems) also read: 14 days. Dead letters, which wait for an operator: 14 days. Every other
 * internal topic: 7 days. `KAFKA_RETENTION_DAYS_<KIND>` (SUBMITTED, FEED, FEEDBACK, DEADLETTERS,
 * INTERNAL) overrides a kind.
 */
export function topicRetentionMs(names: TopicNames, topic: string, env: NodeJS.ProcessEnv = process.env): number {
  const kind = names.submittedPattern.test(topic)
    ? 'SUBMITTED'
    : names.feedPattern.test(topic)
      ? 'FEED'
      : names.feedbackPattern.test(topic) || names.productsPattern.test(topic)
        ? 'FEEDBACK'
        : names.deadLettersPattern.test(topic)
          ? 'DEADLETTERS'
          : 'INTERNAL';
  const defaults: Record<string, number> = { SUBMITTED: 7, FEED: 14, FEEDBACK: 14, DEADLETTERS: 14, INTERNAL: 7 };
  const days = Number(env[`KAFKA_RETENTION_DAYS_${kind}`] ?? defaults[kind]);
  return Math.round((days > 0 ? days : defaults[kind]) * DAY_MS);
}
