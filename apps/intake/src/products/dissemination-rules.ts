import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AGENCY_PATTERN, envInt, INT4_MAX, PRODUCT_KINDS, WithheldReason } from '@passerelle/contracts';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { join } from 'node:path';
import { ProductsRepository } from './products.repository';

/** What a rule asks of a product; a condition left out matches anything, a list matches when it shares one code. */
export interface DisseminationMatch {
  kinds?: string[];
  competences?: string[];
  /** Taxonomy prefixes: `terrorism` matches `terrorism` and `terrorism.travel`. */
  categoryPrefixes?: string[];
  regions?: string[];
  /** OCAM's threat level, 1-4: the product's level is at least this. */
  minLevel?: number;
}
export interface DisseminationRule {
  id: string;
  /** The agencies this rule sends to. */
  agencies: string[];
  match: DisseminationMatch;
}
export interface DisseminationRuleSet {
  version: number;
  /** The agencies a decision is taken (and recorded) for, on every product. */
  agencies: string[];
  rules: DisseminationRule[];
}

/** The facts of a product the rules look at. */
export interface ProductFacts {
  kind: string;
  competences: string[];
  categories: string[];
  regions: string[];
  level: number;
  legalBasis: string;
  /** For an RFI: the only agencies it goes to. */
  targetAgencies?: string[];
}

/** One decision per agency: sent, or withheld and why; the rule that matched and the rule set's version. */
export interface DisseminationDecision {
  agency: string;
  decision: 'sent' | 'withheld';
  reason?: WithheldReason;
  ruleId?: string;
  ruleVersion: number;
}

export const DEFAULT_DISSEMINATION_RULES_FILE = join(__dirname, '../../rules/dissemination-rules.json');

const AGENCY = new RegExp(`^${AGENCY_PATTERN}$`);
const codes = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function parseDisseminationRules(text: string): DisseminationRuleSet {
  const r = JSON.parse(text) as DisseminationRuleSet;
  if (!Number.isInteger(r.version) || r.version < 0 || r.version > INT4_MAX)
    throw new Error(`a dissemination rule set needs an integer version from 0 to ${INT4_MAX}`);
  if (!codes(r.agencies) || r.agencies.length === 0 || r.agencies.some((a) => !AGENCY.test(a)))
    throw new Error('a dissemination rule set needs `agencies`: the agency codes it decides for');
  if (!Array.isArray(r.rules) || r.rules.length === 0) throw new Error('a dissemination rule set needs rules');
  const ids = new Set<string>();
  for (const rule of r.rules) {
    if (typeof rule.id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,99}$/.test(rule.id) || ids.has(rule.id))
      throw new Error(`rule ${JSON.stringify(rule.id)}: needs a unique lower-case id`);
    ids.add(rule.id);
    if (!codes(rule.agencies) || rule.agencies.length === 0 || rule.agencies.some((a) => !r.agencies.includes(a)))
      throw new Error(`rule ${rule.id}: agencies must be some of the rule set's agencies`);
    const m = rule.match ?? {};
    for (const k of ['kinds', 'competences', 'categoryPrefixes', 'regions'] as const)
      if (m[k] !== undefined && !codes(m[k])) throw new Error(`rule ${rule.id}: match.${k} must be a list of codes`);
    if (m.kinds?.some((k) => !(PRODUCT_KINDS as readonly string[]).includes(k)))
      throw new Error(`rule ${rule.id}: match.kinds must be some of ${PRODUCT_KINDS.join(', ')}`);
    if (m.minLevel !== undefined && (!Number.isInteger(m.minLevel) || m.minLevel < 1 || m.minLevel > 4))
      throw new Error(`rule ${rule.id}: match.minLevel must be 1 to 4`);
  }
  return r;
}

function matches(m: DisseminationMatch, p: ProductFacts): boolean {
  const shares = (list: string[] | undefined, values: string[]) => !list || list.some((v) => values.includes(v));
  return (
    shares(m.kinds, [p.kind]) &&
    shares(m.competences, p.competences) &&
    shares(m.regions, p.regions) &&
    (!m.categoryPrefixes || m.categoryPrefixes.some((x) => p.categories.some((c) => c === x || c.startsWith(`${x}.`)))) &&
    (m.minLevel === undefined || p.level >= m.minLevel)
  );
}

/**
 * The rules' decision for every agency of the rule set (and every target of an RFI): the first rule
 * naming the agency whose conditions all match decides that the product may go to it; it goes only
 * if the legal basis allows the agency (`legalBasisAgencies`) and one of its POCs holds the product's
 * classification (`clearedAgencies`). Every agency gets a decision, sent or withheld with its reason.
 */
export function decideDissemination(
  rules: DisseminationRuleSet,
  p: ProductFacts,
  ctx: { clearedAgencies: Set<string>; legalBasisAgencies: string[] },
): DisseminationDecision[] {
  const agencies = [...new Set([...rules.agencies, ...(p.targetAgencies ?? [])])];
  return agencies.map((agency): DisseminationDecision => {
    const base = { agency, ruleVersion: rules.version };
    if (p.targetAgencies && !p.targetAgencies.includes(agency)) return { ...base, decision: 'withheld', reason: 'not-targeted' };
    const rule = rules.rules.find((r) => r.agencies.includes(agency) && matches(r.match ?? {}, p));
    if (!rule) return { ...base, decision: 'withheld', reason: 'no-matching-rule' };
    const withRule = { ...base, ruleId: rule.id };
    if (!ctx.legalBasisAgencies.includes(agency)) return { ...withRule, decision: 'withheld', reason: 'legal-basis-excludes-agency' };
    if (!ctx.clearedAgencies.has(agency)) return { ...withRule, decision: 'withheld', reason: 'no-cleared-poc' };
    return { ...withRule, decision: 'sent' };
  });
}

/**
 * The dissemination rules, as versioned data (`DISSEMINATION_RULES_FILE`, default
 * apps/intake/rules/dissemination-rules.json), like the router's routing rules: the file is watched,
 * a new version takes effect without a restart and is recorded in intake.dissemination_rule_versions;
 * a file that does not parse, or changes without a higher version, is refused and the rules in force stay.
 */
@Injectable()
export class DisseminationRules implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('DisseminationRules');
  private readonly file = process.env.DISSEMINATION_RULES_FILE || DEFAULT_DISSEMINATION_RULES_FILE;
  /** How often the file is looked at (`DISSEMINATION_RULES_POLL_MS`); read when the app is built. */
  private readonly pollMs = envInt(process.env, 'DISSEMINATION_RULES_POLL_MS', 1000, { min: 10 });
  private current!: DisseminationRuleSet;
  private currentHash = '';

  constructor(private readonly repo: ProductsRepository) {}

  async onModuleInit(): Promise<void> {
    await this.load();
    watchFile(this.file, { interval: this.pollMs }, () => void this.load().catch(() => undefined));
  }

  onModuleDestroy(): void {
    unwatchFile(this.file);
  }

  get rules(): DisseminationRuleSet {
    return this.current;
  }

  private async load(): Promise<void> {
    let next: DisseminationRuleSet;
    try {
      next = parseDisseminationRules(readFileSync(this.file, 'utf8'));
    } catch (e) {
      if (!this.current) throw e;
      this.logger.error(`dissemination rules in ${this.file} refused, keeping version ${this.current.version}: ${(e as Error).message}`);
      return;
    }
    const hash = createHash('sha256')
      .update(canonicalize(next) ?? '')
      .digest('hex');
    if (this.current && hash === this.currentHash) return;
    if (this.current && next.version <= this.current.version) {
      this.logger.error(
        `dissemination rules changed without a higher version (file ${next.version}, in force ${this.current.version}); not applied`,
      );
      return;
    }
    await this.repo.recordRuleVersion(next.version, hash, next);
    this.current = next;
    this.currentHash = hash;
    this.logger.log(`dissemination rules version ${next.version} in force (${next.rules.length} rules)`);
  }
}
