import { Injectable } from '@nestjs/common';
import { ConfigError, envInt, envNumber, WatchlistUsageAlert } from '@passerelle/contracts';
import { Principal } from '@passerelle/security';
import { blindEvaluate, InvalidPointError, loadOprfEngine } from '@passerelle/watchlist';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { assertReceiver } from './deliver-tokens.usecase';
import { unwrapKey } from './key-wrap';
import { WatchlistError } from './watchlist-error';
import { WatchlistFact, WatchlistLedger } from './watchlist-ledger';
import { WatchlistsRepository } from './watchlists.repository';

/**
 * The evaluation budgets. Per agency and hour: `WATCHLIST_EVALUATIONS_PER_AGENCY_PER_HOUR` (300,000),
 * all its principals and lists together. Per principal and list version, ever — what a real matching
 * run needs: an agency that declared its number of records (`WATCHLIST_AGENCY_RECORDS`, e.g.
 * `customs=100000,mobility=2000`) gets that many times `WATCHLIST_KEYS_PER_RECORD` (2: a record
 * gives 1.3 distinct keys on average, the rest is room for a partial rerun); any other,
 * `WATCHLIST_EVALUATIONS_PER_PRINCIPAL_PER_VERSION` (200,000: one run over ~150,000 records). A new
 * version (a new key) starts afresh. A wrong value is a ConfigError naming the variable.
 */
export interface WatchlistBudgets {
  perAgencyPerHour: number;
  perPrincipalPerVersion: number;
  keysPerRecord: number;
  /** Declared records by agency. */
  agencyRecords: ReadonlyMap<string, number>;
}

export function watchlistBudgetsFromEnv(env: NodeJS.ProcessEnv = process.env): WatchlistBudgets {
  const agencyRecords = new Map<string, number>();
  for (const entry of (env.WATCHLIST_AGENCY_RECORDS ?? '').split(',')) {
    if (entry.trim() === '') continue;
    const m = /^\s*([a-z0-9-]{1,40})\s*=\s*([0-9]{1,12})\s*$/.exec(entry);
    if (!m || Number(m[2]) < 1)
      throw new ConfigError(
        'WATCHLIST_AGENCY_RECORDS',
        'agency=records pairs separated by commas (customs=100000,mobility=2000), records at least 1',
        env.WATCHLIST_AGENCY_RECORDS ?? '',
      );
    agencyRecords.set(m[1], Number(m[2]));
  }
  return {
    perAgencyPerHour: envInt(env, 'WATCHLIST_EVALUATIONS_PER_AGENCY_PER_HOUR', 300_000, { min: 1 }),
    perPrincipalPerVersion: envInt(env, 'WATCHLIST_EVALUATIONS_PER_PRINCIPAL_PER_VERSION', 200_000, { min: 1 }),
    keysPerRecord: envNumber(env, 'WATCHLIST_KEYS_PER_RECORD', 2, { min: 1, max: 100 }),
    agencyRecords,
  };
}

/** Points one principal of `agency` may have evaluated against one list version. */
export function versionBudget(b: WatchlistBudgets, agency: string): number {
  const declared = b.agencyRecords.get(agency);
  return declared !== undefined ? Math.ceil(declared * b.keysPerRecord) : b.perPrincipalPerVersion;
}

/** Share of the version budget past which the list's owners are alerted. */
const NEAR_BUDGET = 0.8;

/**
 * The key holder's side of matching: evaluates an agency's blinded points under the version's key.
 * It sees points only — uniformly random group elements that say nothing of the records behind
 * them — and learns how many there were. Each batch is counted against the agency's hourly budget
 * and the principal's budget for the version (about one matching run) and recorded in the ledger (a
 * count) before anything is evaluated; unusual use raises an alert the list's owners see.
 */
@Injectable()
export class EvaluateBatchUseCase {
  private readonly keys = new Map<string, Uint8Array>();

  constructor(
    private readonly repo: WatchlistsRepository,
    private readonly ledger: WatchlistLedger,
  ) {
    // Checked when the app is built, so a wrong value stops start-up naming the variable; read again
    // per request below, as before (test/watchlist.e2e-spec.ts lowers a running intake's budget).
    watchlistBudgetsFromEnv();
  }

  async execute(
    principal: Principal,
    list: string,
    version: number,
    blinded: string[],
    traceId?: string,
  ): Promise<{ evaluated: string[] }> {
    const agency = await assertReceiver(this.repo, principal, list);
    // Only the version in force (the newest valid one) evaluates: a superseded or lapsed version's
    // key answers nobody, so its tokens can be matched against nothing any more.
    const v = await this.repo.currentVersion(list);
    if (!v || v.version !== version) {
      if (await this.repo.findVersion(list, version)) {
        throw new WatchlistError('version-not-current', 'problem.watchlist-version-not-current.detail.not-in-force', {
          version: String(version),
          list,
        });
      }
      throw new WatchlistError('no-version', 'problem.watchlist-no-version.detail.no-such-version', { list, version: String(version) });
    }
    const budgets = watchlistBudgetsFromEnv();
    const limits = { hourly: budgets.perAgencyPerHour, perVersion: versionBudget(budgets, agency) };
    const who = { list, version, agency, principalId: principal.id };
    const outcome = await this.repo.transaction(async (em) => {
      const u = await this.repo.recordEvaluation({ ...who, count: blinded.length }, limits, em);
      // Unusual use, told to the list's owners (GET /v1/watchlists/{list}/usage) and the ledger.
      const alerts: WatchlistUsageAlert[] = [];
      if (u.refused === 'version') alerts.push('version-budget-spent');
      else if (u.refused === 'hourly') alerts.push('hourly-budget-spent');
      else if (u.refused === null) {
        const near = limits.perVersion * NEAR_BUDGET;
        if (u.versionUsed < near && u.versionUsed + blinded.length >= near) alerts.push('near-version-budget');
        if (u.firstOfPrincipal && u.otherPrincipals > 0) alerts.push('another-principal');
      }
      const points = u.versionUsed + (u.refused ? 0 : blinded.length);
      const facts: WatchlistFact[] = [];
      if (!u.refused) facts.push({ action: 'batch-evaluated', ...who, count: blinded.length, traceId });
      for (const alert of alerts) {
        if (await this.repo.raiseUsageAlert({ ...who, alert, points }, em)) {
          facts.push({ action: 'usage-alert', ...who, alert, count: points, traceId });
        }
      }
      if (facts.length) await this.ledger.record(facts, em);
      return u;
    });
    if (outcome.refused === 'version') {
      throw new WatchlistError('version-budget-spent', 'problem.watchlist-version-budget-spent.detail.version-budget-spent', {
        limit: String(limits.perVersion),
        version: String(version),
        list,
        used: String(outcome.versionUsed),
      });
    }
    if (outcome.refused === 'hourly') {
      throw new WatchlistError(
        'rate-limited',
        'problem.watchlist-rate-limited.detail.hourly-budget-spent',
        { agency, limit: String(limits.hourly) },
        { 'retry-after': '3600' },
      );
    }
    await loadOprfEngine(); // libsodium when installed (once; noble until then)
    const key = this.keyOf(list, version, v.wrappedKey);
    const evaluated: string[] = [];
    try {
      // A scalar multiplication per point: in slices, so that one batch does not hold the intake up.
      for (let i = 0; i < blinded.length; i += 100) {
        evaluated.push(...blindEvaluate(key, blinded.slice(i, i + 100)));
        if (i + 100 < blinded.length) await yieldToEventLoop();
      }
    } catch (e) {
      if (e instanceof InvalidPointError) {
        throw new WatchlistError('invalid', 'problem.validation.detail.bad-point', { index: String(evaluated.length + e.index) });
      }
      throw e;
    }
    return { evaluated };
  }

  private keyOf(list: string, version: number, wrapped: Buffer): Uint8Array {
    const id = `${list}:${version}`;
    let k = this.keys.get(id);
    if (!k) {
      k = unwrapKey(wrapped, list, version);
      if (this.keys.size >= 50) this.keys.delete(this.keys.keys().next().value!);
      this.keys.set(id, k);
    }
    return k;
  }
}
