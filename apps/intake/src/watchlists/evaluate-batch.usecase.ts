import { Injectable } from '@nestjs/common';
import { positiveInt, Principal } from '@passerelle/security';
import { blindEvaluate, InvalidPointError, loadOprfEngine } from '@passerelle/watchlist';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { assertReceiver } from './deliver-tokens.usecase';
import { unwrapKey } from './key-wrap';
import { WatchlistError } from './watchlist-error';
import { WatchlistLedger } from './watchlist-ledger';
import { WatchlistsRepository } from './watchlists.repository';

/** Points one agency may have evaluated per hour, all its principals and lists together. */
export const evaluationsPerHour = (): number => positiveInt('WATCHLIST_EVALUATIONS_PER_AGENCY_PER_HOUR', 300_000);

/**
 * The key holder's side of matching: evaluates an agency's blinded points under the version's key.
 * It sees points only — uniformly random group elements that say nothing of the records behind
 * them — and learns how many there were. Each batch is counted against the agency's hourly budget
 * and recorded in the ledger (a count) before anything is evaluated.
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
    const limit = evaluationsPerHour();
    const used = await this.repo.transaction(async (em) => {
      const u = await this.repo.recordEvaluation({ list, version, agency, principalId: principal.id, count: blinded.length }, limit, em);
      if (u === null) return null;
      await this.ledger.record(
        [{ action: 'batch-evaluated', list, version, principalId: principal.id, agency, count: blinded.length, traceId }],
        em,
      );
      return u;
    });
    if (used === null) {
      throw new WatchlistError(
        'rate-limited',
        `agency '${agency}' may have ${limit} points evaluated per hour; this batch would exceed it`,
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
