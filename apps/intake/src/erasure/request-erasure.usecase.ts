import { Injectable } from '@nestjs/common';
import { PrincipalsRepository } from '@passerelle/security';
import { randomUUID } from 'node:crypto';
import { ErasureActor, ErasureError, ErasureInput, erasureTtlMs } from './erasure';
import { ErasureLedger } from './erasure-ledger';
import { ErasureRequest, ErasureRequestsRepository } from './erasure-requests.repository';

/**
 * The first officer's side of an erasure: the request, with a reason code, held for a second
 * officer; recorded in the ledger (`signal.erasure-requested`) in the same transaction. Nothing is
 * removed yet. The intake need not hold the signal (a rejected one never reached it; one may be in
 * flight): the approval removes whatever each service holds.
 */
@Injectable()
export class RequestErasureUseCase {
  /** Read when the app is built: a wrong value stops start-up naming the variable. */
  private readonly ttlMs = erasureTtlMs();

  constructor(
    private readonly requests: ErasureRequestsRepository,
    private readonly principals: PrincipalsRepository,
    private readonly ledger: ErasureLedger,
  ) {}

  async execute(input: ErasureInput, actor: ErasureActor): Promise<ErasureRequest> {
    const me = await this.principals.findById(actor.principalId);
    if (!me || me.revokedAt) throw new ErasureError('revoked', 'problem.erasure-revoked.detail.own-inactive');
    if (me.role !== 'security-officer') throw new ErasureError('not-an-officer', 'problem.erasure-not-an-officer.detail.ask-officer');
    // OCAM's intake holds the signals: an agency's officers administer that agency's principals only.
    if (me.agency !== null) throw new ErasureError('not-an-officer', 'problem.erasure-not-an-officer.detail.ask-ocam-officer');
    const r = await this.requests.transaction(async (em) => {
      const gone = await this.requests.purgedAs(input.signalId, em);
      if (gone)
        throw new ErasureError('gone-already', 'problem.erasure-gone-already.detail.no-longer-held', { signal: input.signalId, how: gone });
      const created = await this.requests.create(
        {
          id: randomUUID(),
          signalId: input.signalId,
          reason: input.reason,
          requestedBy: me.id,
          expiresAt: new Date(Date.now() + this.ttlMs),
        },
        em,
      );
      if (!created)
        throw new ErasureError('pending-already', 'problem.erasure-pending-already.detail.pending-already', { signal: input.signalId });
      await this.ledger.record(em, created, 'requested', actor.traceId);
      return created;
    });
    return r;
  }
}
