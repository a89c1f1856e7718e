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
  restriction?: 'clearance-expired' | 'briefing-required';
  /**
   * The reader's principal name: an embargoed signal is visible only to the principals its embargo
   * names, until released. Absent: no embargoed signal is visible.
   */
  reader?: string;
}

/** The clearance in force: the recorded one, or unclassified once it has expired. */
export function clearanceRank(p: Principal, now: Date): number {
  const expired = p.clearanceExpiresAt !== null && p.clearanceExpiresAt.getTime() <= now.getTime();
  return expired ? 0 : levelRank(p.clearance);
}

/**
 * The briefing version a principal must acknowledge before it reads anything classified, or null:
 * only a principal whose clearance in force is above unclassified owes one (issue 29, item 5).
 */
export function briefingRequired(p: Principal, now: Date = new Date()): number | null {
  if (p.briefingDue === undefined || p.briefingDue === null) return null;
  return clearanceRank(p, now) > 0 ? p.briefingDue : null;
}

/**
 * Need-to-know, clearance and briefing, decided in one place. An expired clearance reads nothing
 * classified, nor does a clearance whose holder has not acknowledged the briefing in force: the
 * principal keeps only what is unclassified on its feeds. (Routes that read content refuse such a
 * principal outright first, 403 `briefing-required`: see `ReadsClassified`; this is the floor under it.)
 */
export function visibilityOf(p: Principal, now: Date = new Date()): Visibility {
  const expired = p.clearanceExpiresAt !== null && p.clearanceExpiresAt.getTime() <= now.getTime();
  const unbriefed = !expired && briefingRequired(p, now) !== null;
  return {
    feeds: [...p.feeds],
    maxRank: expired || unbriefed ? 0 : levelRank(p.clearance),
    reader: p.name,
    ...(expired ? { restriction: 'clearance-expired' as const } : unbriefed ? { restriction: 'briefing-required' as const } : {}),
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
  // Marking is the clearance's, not reading: an unacknowledged briefing does not lower what a POC may mark.
  return levelRank(classification) <= clearanceRank(p, now);
}
