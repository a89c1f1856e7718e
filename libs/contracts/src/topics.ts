/**
 * Topic names are contracts: producers and consumers take them from here, never from a class name.
 *
 * A deployment (or a test file) may put every topic under a namespace with `KAFKA_TOPIC_PREFIX`,
 * e.g. `t42.` — the names after the prefix never change.
 */
import { envNumber } from './env-config';
export const AGENCY_PATTERN = '[a-z][a-z0-9-]{1,39}';

/**
 * The topic families: every topic's name without the deployment's prefix, `{name}` standing for one
 * path segment (an agency, a feed, a service). This is the one spelling of each topic: `topicNames`
 * builds the names and patterns from it, and batch handlers name what they consume with it
 * (`@EventPattern(Families.feed)`, libs/messaging batch-transport.ts).
 */
export const Families = {
  submitted: 'signals.{agency}.submitted.v1',
  routed: 'signals.routed.v1',
  rejected: 'signals.rejected.v1',
  /** A service removed its copies of a signal at term (facts only). */
  purged: 'signals.purged.v1',
  /** The steps of erasure requests (requested, approved, refused): the intake writes, the gateway and router act on approvals. */
  erasures: 'signals.erasure.recorded.v1',
  feed: 'feeds.{feed}.v2',
  /**
   * An agency's feedback (`.v2`: an analyst's feedback is sealed with the signal's data key; `.v1`
   * carried it in clear and is read by nobody since).
   */
  feedback: 'feedback.{agency}.v2',
  accessRecorded: 'access.recorded.v1',
  /** Changes to principals (created, updated, revoked), made by security officers. */
  principalsChanged: 'identity.principals.changed.v1',
  /** What happens to watchlists (versions, deliveries, evaluations, hits, grants): counts and ids, never entries. */
  watchlistsRecorded: 'watchlists.recorded.v1',
  /** OCAM's products disseminated to one agency (content sealed with each product's data key). */
  products: 'products.{agency}.v1',
  /** One agency's reads and acknowledgements of the products it received (gateway → intake). */
  productReceipts: 'products.{agency}.acknowledged.v1',
  /** The dissemination rules' decisions (sent, withheld and why): codes and ids, for the audit. */
  disseminationRecorded: 'dissemination.recorded.v1',
  /** Alerts to one agency's permanence cell (intake → gateway): ids, codes and a link, never content. */
  alertNotices: 'alerts.{agency}.v1',
  /** Acknowledgements of those alerts by the agency's POCs (gateway → intake). */
  alertAcknowledgements: 'alerts.{agency}.acknowledged.v1',
  /** What a service's consumers could not process (contract violations), with the reason. */
  deadLetters: 'deadletters.{service}.v1',
} as const;

/** A topic family as handlers name it in `@EventPattern(...)`: one of {@link Families} (or, in tests, one like them). */
export type TopicFamily = string;

type FamilyTable = typeof Families;
/** A family with a `{segment}` names one topic per agency (feed, service). */
type Segmented<F> = F extends `${string}{${string}}${string}` ? true : false;

/**
 * The topic names under one prefix, one member per family: the name of a fixed family
 * (`routed`), a function of the segment for the others (`feedback(agency)`), with a pattern that
 * matches every such topic and captures the segment (`feedbackPattern`), since agencies may be
 * added at run time.
 */
export type TopicNames = { readonly prefix: string } & {
  readonly [K in keyof FamilyTable]: Segmented<FamilyTable[K]> extends true ? (segment: string) => string : string;
} & {
  readonly [K in keyof FamilyTable as Segmented<FamilyTable[K]> extends true ? `${K}Pattern` : never]: RegExp;
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A family resolved under a prefix: its pattern (capturing each segment), segment names, and the topic of one segment value. */
export function resolveFamily(
  prefix: string,
  family: TopicFamily,
): { pattern: RegExp; segments: string[]; topic: (value: string) => string } {
  const segments: string[] = [];
  const body = family
    .split(/(\{[a-z]+\})/)
    .map((part) => {
      const m = /^\{([a-z]+)\}$/.exec(part);
      if (!m) return escape(part);
      segments.push(m[1]);
      return `(${AGENCY_PATTERN})`;
    })
    .join('');
  const slot = segments.length ? `{${segments[0]}}` : undefined;
  return {
    pattern: new RegExp(`^${escape(prefix)}${body}$`),
    segments,
    topic: (value) => prefix + (slot ? family.replace(slot, () => value) : family),
  };
}

export function topicNames(prefix = ''): TopicNames {
  const names: Record<string, unknown> = { prefix };
  for (const [key, family] of Object.entries(Families)) {
    const { pattern, segments, topic } = resolveFamily(prefix, family);
    if (segments.length > 1) throw new Error(`topic family ${family}: one {segment} at most`);
    if (segments.length === 0) {
      names[key] = topic('');
    } else {
      names[key] = topic;
      names[`${key}Pattern`] = pattern;
    }
  }
  return names as TopicNames;
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
    ...agencies.map((a) => names.alertNotices(a)),
    ...agencies.map((a) => names.alertAcknowledgements(a)),
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
  return Math.round(envNumber(env, `KAFKA_RETENTION_DAYS_${kind}`, defaults[kind], { min: 0.01, max: 3650 }) * DAY_MS);
}
