import { classificationRank, RANK_WITHOUT_CLEARANCE } from '@passerelle/contracts';
import { Principal } from './principal';

/** Rank of a clearance or classification level: unclassified 0 … top-secret 4 (libs/contracts classification.ts). */
export function levelRank(level: string): number {
  const i = classificationRank(level);
  if (i < 0) throw new Error(`unknown level '${level}'`);
  return i;
}

/**
 * The highest rank a principal may read or mark with the need to know, before the briefing: its
 * clearance in force, and in any case RESTREINT, which needs no security clearance (law of
 * 11 December 1998 as reformed; docs/legal-basis.md §6). CONFIDENTIEL and above take the clearance.
 */
export function needToKnowRank(p: Principal, now: Date): number {
  return Math.max(clearanceRank(p, now), RANK_WITHOUT_CLEARANCE);
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

/** The clearance in force: the recorded one, or none (rank 0) once it has expired. */
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
 * Need-to-know, clearance and briefing, decided in one place. On its feeds (need-to-know) a principal
 * reads RESTREINT without any clearance, and above it up to its clearance in force: an expired
 * clearance reads RESTREINT still, nothing CONFIDENTIEL or above. Nothing classified is read before
 * the briefing in force is acknowledged (the rules for handling classified information): until then
 * the principal keeps only what is unclassified on its feeds. (Routes that read content refuse a
 * cleared principal outright first, 403 `briefing-required`: see `ReadsClassified`; this is the floor
 * under it.)
 */
export function visibilityOf(p: Principal, now: Date = new Date()): Visibility {
  const expired = p.clearanceExpiresAt !== null && p.clearanceExpiresAt.getTime() <= now.getTime();
  const unbriefed = !expired && briefingRequired(p, now) !== null;
  // A principal without a clearance in force owes the briefing too before it reads RESTREINT (it is
  // not refused outright for it: it reads what is unclassified meanwhile).
  const uninformed = p.briefingDue !== undefined && p.briefingDue !== null;
  return {
    feeds: [...p.feeds],
    maxRank: unbriefed || uninformed ? 0 : needToKnowRank(p, now),
    reader: p.name,
    ...(expired ? { restriction: 'clearance-expired' as const } : unbriefed ? { restriction: 'briefing-required' as const } : {}),
  };
}

/** Whether a principal may read a signal of this classification on this feed. */
export function maySee(v: Visibility, feed: string, classification: string): boolean {
  return v.feeds.includes(feed) && levelRank(classification) <= v.maxRank;
}

/**
 * Whether a principal may mark a submission with this classification: RESTREINT at least (it needs no
 * clearance), above it at most its own clearance, as in force now (an expired clearance marks nothing
 * above RESTREINT). A POC that marks above it claims to hold what it may not hold; the gateway refuses
 * such a submission (403, recorded).
 */
export function mayMark(p: Principal, classification: string, now: Date = new Date()): boolean {
  // Marking is the clearance's, not reading: an unacknowledged briefing does not lower what a POC may mark.
  return levelRank(classification) <= needToKnowRank(p, now);
}
