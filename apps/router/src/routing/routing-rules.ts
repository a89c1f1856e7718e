import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { envInt, EXERCISE_FEED, INT4_MAX, outsideOcamRemit, SignalSubmission } from '@passerelle/contracts';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { join } from 'node:path';
import { RoutingRepository } from './routing.repository';

export interface RuleMatch {
  agencies?: string[];
  categoryPrefixes?: string[];
  urgencies?: string[];
  classifications?: string[];
  subjectKinds?: string[];
  /**
   * True: the rule is for signals none of whose categories is within OCAM's remit, and only such a
   * rule ever matches them; its destinations may not include an OCAM feed. Absent or false: the rule
   * matches only signals with at least one category within the remit.
   */
  outsideOcamRemit?: boolean;
}
export interface Rule {
  id: string;
  match: RuleMatch;
  destinations: string[];
}
export interface RuleSet {
  version: number;
  rules: Rule[];
  /** OCAM's feeds (default `["ocam"]`): never a destination of a rule for signals outside OCAM's remit. */
  ocamFeeds?: string[];
}

/** The rule id an exercise's routing names (docs/exercises.md): the router's own, not a rule of the file. */
export const EXERCISE_RULE = 'exercise';

/** The feeds that are OCAM's when a rule set names none. */
export const DEFAULT_OCAM_FEEDS = ['ocam'];
export interface Decision {
  ruleId: string;
  ruleVersion: number;
  destinations: string[];
}

export const DEFAULT_RULES_FILE = join(__dirname, '../../rules/routing-rules.json');

export function parseRuleSet(text: string): RuleSet {
  const r = JSON.parse(text) as RuleSet;
  // The version goes into every routing decision and an `int` column (router.rule_versions, intake.signals).
  if (!Number.isInteger(r.version) || r.version < 0 || r.version > INT4_MAX || !Array.isArray(r.rules) || r.rules.length === 0)
    throw new Error(`a rule set needs an integer version from 0 to ${INT4_MAX} and rules`);
  for (const rule of r.rules) {
    if (
      typeof rule.id !== 'string' ||
      !Array.isArray(rule.destinations) ||
      rule.destinations.some((d) => !/^[a-z][a-z0-9-]{1,39}$/.test(d))
    ) {
      throw new Error(`rule ${JSON.stringify(rule.id)} needs an id and destination feed names`);
    }
    if (rule.destinations.includes(EXERCISE_FEED))
      throw new Error(`rule ${rule.id} names the exercise feed: only signals marked exercise go there, by the router itself`);
    const outside = rule.match?.outsideOcamRemit;
    if (outside !== undefined && typeof outside !== 'boolean') throw new Error(`rule ${rule.id}: outsideOcamRemit must be true or false`);
    const ocam = rule.destinations.filter((d) => (r.ocamFeeds ?? DEFAULT_OCAM_FEEDS).includes(d));
    if (outside === true && ocam.length) {
      throw new Error(`rule ${rule.id} sends signals outside OCAM's remit to OCAM's feed ${ocam.join(', ')}: not allowed`);
    }
  }
  return r;
}

/**
 * First matching rule wins; a condition that is absent matches anything, except OCAM's remit: a
 * signal none of whose categories is within it matches only a rule marked `outsideOcamRemit`, and
 * such a rule matches nothing else. No match (null) for such a signal means it is rejected `outside-remit`.
 */
export function decide(rules: RuleSet, agency: string, s: SignalSubmission): Decision | null {
  const has = (list: string[] | undefined, v: string) => !list || list.includes(v);
  const outside = outsideOcamRemit(s);
  for (const rule of rules.rules) {
    const m = rule.match ?? {};
    if (
      (m.outsideOcamRemit === true) === outside &&
      has(m.agencies, agency) &&
      (!m.categoryPrefixes || m.categoryPrefixes.some((p) => s.category === p || s.category.startsWith(`${p}.`))) &&
      has(m.urgencies, s.urgency) &&
      has(m.classifications, s.classification) &&
      (!m.subjectKinds || s.subjects.some((x) => m.subjectKinds?.includes(x.kind)))
    ) {
      return { ruleId: rule.id, ruleVersion: rules.version, destinations: rule.destinations };
    }
  }
  return null;
}

/**
 * The routing rules, as versioned data (`ROUTING_RULES_FILE`, default rules/routing-rules.json).
 * The file is watched: a new version takes effect without a restart, and every version loaded is
 * recorded in router.rule_versions. A file that does not parse is refused and the current rules stay.
 */
@Injectable()
export class RoutingRules implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RoutingRules');
  private readonly file = process.env.ROUTING_RULES_FILE || DEFAULT_RULES_FILE;
  /** How often the file is looked at (`ROUTING_RULES_POLL_MS`); read when the app is built. */
  private readonly pollMs = envInt(process.env, 'ROUTING_RULES_POLL_MS', 1000, { min: 10 });
  private current!: RuleSet;
  private currentHash = '';

  constructor(private readonly repo: RoutingRepository) {}

  async onModuleInit(): Promise<void> {
    await this.load();
    watchFile(this.file, { interval: this.pollMs }, () => void this.load().catch(() => undefined));
  }

  onModuleDestroy(): void {
    unwatchFile(this.file);
  }

  get rules(): RuleSet {
    return this.current;
  }

  private async load(): Promise<void> {
    let next: RuleSet;
    try {
      next = parseRuleSet(readFileSync(this.file, 'utf8'));
    } catch (e) {
      if (!this.current) throw e;
      this.logger.error(`routing rules in ${this.file} refused, keeping version ${this.current.version}: ${(e as Error).message}`);
      return;
    }
    const hash = createHash('sha256')
      .update(canonicalize(next) ?? '')
      .digest('hex');
    if (this.current && hash === this.currentHash) return;
    if (this.current && next.version <= this.current.version) {
      this.logger.error(
        `routing rules changed without a higher version (file ${next.version}, in force ${this.current.version}); not applied`,
      );
      return;
    }
    await this.repo.recordRuleVersion(next.version, hash, next);
    this.current = next;
    this.currentHash = hash;
    this.logger.log(`routing rules version ${next.version} in force (${next.rules.length} rules)`);
  }
}
