import { Injectable } from '@nestjs/common';
import { Principal, visibilityOf } from '@passerelle/security';
import { FeedNotifier } from '../feeds/feed-notifier';
import { AccessRecorder } from './access-recorder';
import { notVisible } from './analyst-reads.usecase';
import { SignalsRepository } from './signals.repository';
import { refusal } from '@passerelle/http';

/**
 * A principal an embargo names releases it: from then on the signal is visible as any other (feeds,
 * clearance), and reaches the other readers of its feeds as if it arrived now. The release and its
 * record in the ledger (`access.recorded.v1`, outcome `embargo-released`) commit together. Anybody
 * else gets the 404 a read would get (recorded as a refused attempt, reason `embargoed`).
 */
@Injectable()
export class ReleaseEmbargoUseCase {
  constructor(
    private readonly signals: SignalsRepository,
    private readonly access: AccessRecorder,
    private readonly notifier: FeedNotifier,
  ) {}

  async release(principal: Principal, signalId: string, endpoint: string) {
    const v = visibilityOf(principal);
    const released = await this.signals.transaction(async (em) => {
      const r = await this.signals.releaseEmbargo(em, signalId, v, principal.id);
      if (!r) return null;
      await this.access.recordRelease(principal, endpoint, { signalId, ...r }, em);
      await this.notifier.notifyOnCommit(em, r.feeds);
      return r;
    });
    if (!released) {
      const row = await this.signals.findVisible(signalId, v);
      if (row) throw refusal(409, 'problem.http-409.detail.not-embargoed', { signalId });
      throw notVisible('signal', signalId, await this.signals.embargoedFrom(signalId, v));
    }
    this.notifier.notify(released.feeds);
    return { signalId, released: true, releasedBy: principal.name };
  }
}
