import { Injectable } from '@nestjs/common';
import { OPRF_SUITE, entryTokens, generateSecretKey, loadOprfEngine } from '@passerelle/watchlist';
import { quotable } from '@passerelle/http';
import { Principal } from '@passerelle/security';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { wrapKey } from './key-wrap';
import { PublishVersionDto } from './watchlist.dto';
import { WatchlistError } from './watchlist-error';
import { WatchlistLedger } from './watchlist-ledger';
import { NewVersion, WatchlistsRepository } from './watchlists.repository';

export interface PublishedVersion {
  list: string;
  version: number;
  suite: string;
  entryCount: number;
  tokenCount: number;
  digest: string;
  validFrom: string;
  validUntil: string;
}

/**
 * A list owner publishes a version: a fresh secret OPRF key for it, each entry's match keys turned
 * into tokens under that key, the key stored wrapped, the entries reduced to their ids and
 * categories (names, birth dates, nationalities and documents are not stored), and the version's
 * count and digest in the ledger.
 */
@Injectable()
export class PublishVersionUseCase {
  constructor(
    private readonly repo: WatchlistsRepository,
    private readonly ledger: WatchlistLedger,
  ) {}

  async execute(principal: Principal, list: string, body: PublishVersionDto, traceId?: string): Promise<PublishedVersion> {
    if (!(await this.repo.isGranted(list, principal.id, 'owner'))) {
      throw new WatchlistError('not-marked', 'problem.watchlist-not-marked.detail.not-owner', { list });
    }
    const seen = new Set<string>();
    for (const [i, e] of body.entries.entries()) {
      if (seen.has(e.entryId))
        throw new WatchlistError('invalid', 'problem.validation.detail.entry-twice', { index: String(i), entryId: quotable(e.entryId) });
      seen.add(e.entryId);
    }
    const validFrom = body.validFrom ? new Date(body.validFrom) : new Date();
    const validUntil = new Date(body.validUntil);
    if (validUntil.getTime() <= Math.max(validFrom.getTime(), Date.now())) {
      throw new WatchlistError('rejected', 'problem.watchlist-rejected.detail.validity');
    }
    await loadOprfEngine(); // libsodium when installed (once; noble until then)
    const secretKey = generateSecretKey();
    const tokens: NewVersion['tokens'] = [];
    for (const [i, e] of body.entries.entries()) {
      for (const t of entryTokens(secretKey, e)) tokens.push({ token: t.token, entryId: e.entryId, kind: t.kind });
      // Tokenising is CPU work (a scalar multiplication per key): let other requests through now and then.
      if (i % 100 === 99) await yieldToEventLoop();
    }
    const digest = createHash('sha256')
      .update(canonicalize(JSON.parse(JSON.stringify([...body.entries].sort((a, b) => (a.entryId < b.entryId ? -1 : 1))))) ?? '', 'utf8')
      .digest('hex');
    const tokenCount = new Set(tokens.map((t) => t.token)).size;
    const version = await this.repo.transaction(async (em) => {
      // The version number is drawn in the insert; the key is wrapped for it afterwards in the same
      // transaction, so its associated data names the right version.
      const v = await this.repo.insertVersion(
        {
          list,
          wrappedKey: Buffer.alloc(0),
          entryCount: body.entries.length,
          tokenCount,
          digest,
          validFrom,
          validUntil,
          publishedBy: principal.id,
          entries: body.entries.map((e) => ({ entryId: e.entryId, category: e.category })),
          tokens,
        },
        em,
      );
      await this.repo.setWrappedKey(list, v, wrapKey(secretKey, list, v), em);
      await this.ledger.record(
        [
          {
            action: 'version-published',
            list,
            version: v,
            principalId: principal.id,
            count: body.entries.length,
            tokenCount,
            digest,
            traceId,
          },
        ],
        em,
      );
      return v;
    });
    secretKey.fill(0);
    return {
      list,
      version,
      suite: OPRF_SUITE,
      entryCount: body.entries.length,
      tokenCount,
      digest,
      validFrom: validFrom.toISOString(),
      validUntil: validUntil.toISOString(),
    };
  }
}
