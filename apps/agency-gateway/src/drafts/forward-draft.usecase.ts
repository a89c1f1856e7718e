import { Injectable } from '@nestjs/common';
import { SignalSubmission, validated } from '@passerelle/contracts';
import { refusal, validationProblem } from '@passerelle/http';
import { Principal } from '@passerelle/security';
import { GatewayAccessRecords } from '../signals/access-records';
import { SubmitSignalUseCase } from '../signals/submit-signal.usecase';
import { draftRecord } from './draft-records';
import { noDraft, readerOf } from './draft-rules';
import { draftView } from './draft-view';
import { DraftRow, DraftsRepository } from './drafts.repository';

/**
 * A POC of the permanence cell forwards a draft to OCAM: it becomes a signal through the normal
 * submission path (the POC's clearance, the contract, the agency's externalRef) with both names in
 * `provenance`. Exactly once: the forward is claimed on the draft first, and the signal is the
 * agency's (externalRef, content) — a second forward, or one completing an interrupted forward,
 * answers the same signal and submits nothing new.
 */
@Injectable()
export class ForwardDraftUseCase {
  constructor(
    private readonly drafts: DraftsRepository,
    private readonly submit: SubmitSignalUseCase,
    private readonly access: GatewayAccessRecords,
  ) {}

  async execute(poc: Principal, id: string, endpoint: string, traceId?: string) {
    const agency = poc.agency ?? '';
    const reader = readerOf(poc);
    const before = await this.drafts.find(reader, id);
    if (!before) throw noDraft(id);
    if (before.signalId) return this.answer(agency, before, true);
    if (before.status === 'returned') {
      throw refusal(409, 'problem.http-409.detail.draft-returned', { id });
    }
    const claimed = await this.drafts.claimForward(agency, id, poc);
    if (!claimed) {
      const now = await this.drafts.find(reader, id);
      if (now?.signalId) return this.answer(agency, now, true);
      throw refusal(409, 'problem.http-409.detail.draft-changed', { id, status: now?.status ?? 'gone' });
    }
    const signal = {
      ...claimed.payload,
      provenance: { reportedBy: claimed.reporterName, forwardedBy: claimed.forwardedByName ?? poc.name },
    };
    let signalId: string;
    try {
      // Checked again as a submission: a retention date or an observation time may have moved since the draft.
      const checked = validated(SignalSubmission, signal);
      if (!checked.value) throw validationProblem(checked.errors);
      signalId = (await this.submit.submitOne(poc, checked.value, traceId)).signalId;
    } catch (e) {
      await this.drafts.releaseClaim(id);
      throw e;
    }
    const first = await this.drafts.transaction(async (em) => {
      if (!(await this.drafts.markForwarded(em, id, signalId))) return false;
      await this.drafts.addStep(em, id, { step: 'forwarded', principalId: poc.id, principalName: poc.name });
      await this.access.write([draftRecord(poc, endpoint, claimed, 'forwarded', { signalId })], em);
      return true;
    });
    if (first) this.access.nudge();
    return this.answer(agency, (await this.drafts.find({ agency }, id))!, !first);
  }

  private async answer(_agency: string, d: DraftRow, repeated: boolean) {
    const steps = (await this.drafts.steps([d.id])).get(d.id) ?? [];
    return { ...draftView(d, steps), repeated, receiptUrl: `/v1/signals/${d.signalId}` };
  }
}
