import { Injectable } from '@nestjs/common';
import { WatchlistUsageAlert } from '@passerelle/contracts';
import { positiveInt, Principal } from '@passerelle/security';
import { blindEvaluate, InvalidPointError, loadOprfEngine } from '@passerelle/watchlist';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { assertReceiver } from './deliver-tokens.usecase';
import { unwrapKey } from './key-wrap';
import { WatchlistError } from './watchlist-error';
import { WatchlistFact, WatchlistLedger } from './watchlist-ledger';
import { WatchlistsRepository } from './watchlists.repository';

/** Points one agency may have evaluated per hour, all its principals and lists together. */
export const evaluationsPerHour = (): number => positiveInt('WATCHLIST_EVALUATIONS_PER_AGENCY_PER_HOUR', 300_000);

/**
 * Points one principal may have evaluated against one list version, ever: what a real matching run
 * needs. An agency that declared its number of records (`WATCHLIST_AGENCY_RECORDS`, e.g.
 * `customs=100000,mobility=2000`) gets that many times `WATCHLIST_KEYS_PER_RECORD` (2: a record
 * gives 1.3 distinct keys on average, the rest is room for a partial rerun); any other,
 * `WATCHLIST_EVALUATIONS_PER_PRINCIPAL_PER_VERSION` (200,000: one run over ~150,000 records). A new
 * version (a new key) starts afresh.
 */
export function versionBudget(agency: string, env: NodeJS.ProcessEnv = process.env): number {
  const declared = (env.WATCHLIST_AGENCY_RECORDS ?? '')
    .split(',')
    .map((x) => x.trim().split('='))
    .find(([a]) => a === agency)?.[1];
  if (declared !== undefined && Number(declared) > 0) {
    const perRecord = Number(env.WATCHLIST_KEYS_PER_RECORD ?? 2);
    return Math.ceil(Number(declared) * (perRecord > 0 ? perRecord : 2));
  }
  return positiveInt('WATCHLIST_EVALUATIONS_PER_PRINCIPAL_PER_VERSION', 200_000);
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
  ) {}

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
        throw new WatchlistError('version-not-current', `version ${version} of '${list}' is not in force; fetch the current tokens`);
      }
      throw new WatchlistError('no-version', `watchlist '${list}' has no version ${version}`);
    }
    const limits = { hourly: evaluationsPerHour(), perVersion: versionBudget(agency) };
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
      this.ledger.nudge();
      throw new WatchlistError(
        'version-budget-spent',
        `you may have ${limits.perVersion} points evaluated against version ${version} of '${list}' (a matching run's worth; ` +
          `${outcome.versionUsed} used); this batch would exceed it. The list's owners are told. The next version starts afresh`,
      );
    }
    if (outcome.refused === 'hourly') {
      this.ledger.nudge();
      throw new WatchlistError(
        'rate-limited',
        `agency '${agency}' may have ${limits.hourly} points evaluated per hour; this batch would exceed it`,
        {
          'retry-after': '3600',
        },
      );
    }
    this.ledger.nudge();
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
        throw new WatchlistError('invalid', `blinded[${evaluated.length + e.index}] is not a valid ristretto255 point`);
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
