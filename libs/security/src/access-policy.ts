import { CLEARANCES, Clearance, Principal } from './principal';

/** Rank of a clearance or classification level: unclassified 0 … top-secret 4. */
export function levelRank(level: string): number {
  const i = CLEARANCES.indexOf(level as Clearance);
  if (i < 0) throw new Error(`unknown level '${level}'`);
  return i;
}

/** What a principal may read right now: the feeds it needs to know and the highest classification. */
export interface Visibility {
  feeds: string[];
  /** Highest classification rank the principal may read (0 = unclassified only). */
  maxRank: number;
  /** Why the effective clearance is lower than the recorded one, when it is. */
  restriction?: 'clearance-expired';
  /**
   * The reader's principal name: an embargoed signal is visible only to the principals its embargo
   * names, until released. Absent: no embargoed signal is visible.
   */
  reader?: string;
}

/**
 * Need-to-know and clearance, decided in one place. An expired clearance reads nothing classified:
 * the principal keeps only what is unclassified on its feeds.
 */
export function visibilityOf(p: Principal, now: Date = new Date()): Visibility {
  const expired = p.clearanceExpiresAt !== null && p.clearanceExpiresAt.getTime() <= now.getTime();
  return {
    feeds: [...p.feeds],
    maxRank: expired ? 0 : levelRank(p.clearance),
    reader: p.name,
    ...(expired ? { restriction: 'clearance-expired' as const } : {}),
  };
}

/** Whether a principal may read a signal of this classification on this feed. */
export function maySee(v: Visibility, feed: string, classification: string): boolean {
  return v.feeds.includes(feed) && levelRank(classification) <= v.maxRank;
}

/**
 * Whether a principal may mark a submission with this classification: at most its own clearance, as
 * in force now (an expired clearance marks nothing above unclassified). A POC that marks above it
 * claims to hold what it may not hold; the gateway refuses such a submission (403, recorded).
 */
export function mayMark(p: Principal, classification: string, now: Date = new Date()): boolean {
  return levelRank(classification) <= visibilityOf(p, now).maxRank;
}
