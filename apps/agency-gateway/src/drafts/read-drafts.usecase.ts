import { Injectable } from '@nestjs/common';
import { Principal } from '@passerelle/security';
import { FeedbackRepository } from '../feedback/feedback.repository';
import { SignalsRepository } from '../signals/signals.repository';
import { noDraft, readerOf } from './draft-rules';
import { GatewayAccessRecords } from '../signals/access-records';
import { draftReadRecords } from './draft-records';
import { draftView } from './draft-view';
import { DraftRow, DraftStatus, DraftsRepository } from './drafts.repository';

/**
 * Drafts as their reader sees them: a reporter its own, a POC its agency's queue, each only up to
 * what the reader may read now (`readerOf`). Every answer that held drafts is in the ledger as a
 * read of them (`draft.read`, their ids). Once forwarded, a draft shows where its signal is (the
 * receipt's status) and OCAM's feedback on it; the answer then names the signal, so the read is also
 * recorded like any read of the agency's signals.
 */
@Injectable()
export class ReadDraftsUseCase {
  constructor(
    private readonly drafts: DraftsRepository,
    private readonly signals: SignalsRepository,
    private readonly feedback: FeedbackRepository,
    private readonly access: GatewayAccessRecords,
  ) {}

  async list(principal: Principal, statuses: DraftStatus[] | null, limit: number, endpoint: string) {
    const rows = await this.drafts.list(readerOf(principal), statuses, limit);
    const steps = await this.drafts.steps(rows.map((r) => r.id));
    const items = await Promise.all(rows.map(async (d) => draftView(d, steps.get(d.id) ?? [], await this.signalState(d, false))));
    // Durable before the answer leaves: a read whose record fails is not answered.
    await this.access.write(draftReadRecords(principal, endpoint, rows));
    return { items };
  }

  async one(principal: Principal, id: string, endpoint: string) {
    const d = await this.drafts.find(readerOf(principal), id);
    if (!d) throw noDraft(id);
    const steps = (await this.drafts.steps([id])).get(id) ?? [];
    const view = draftView(d, steps, await this.signalState(d, true));
    await this.access.write(draftReadRecords(principal, endpoint, [d]));
    return view;
  }

  private async signalState(d: DraftRow, withFeedback: boolean): Promise<Record<string, unknown>> {
    if (!d.signalId) return {};
    const receipt = await this.signals.receipt(d.agency, d.signalId);
    const signalStatus = receipt
      ? receipt.statuses[receipt.statuses.length - 1]?.status
      : (await this.signals.purged(d.agency, d.signalId))
        ? 'purged'
        : undefined;
    if (!withFeedback) return { signalStatus };
    const feedback = await this.feedback.forSignal(d.agency, d.signalId);
    return { signalStatus, feedback };
  }
}
