import { Injectable } from '@nestjs/common';
import { SignalSubmission } from '@passerelle/contracts';
import { Principal } from '@passerelle/security';
import { GatewayAccessRecords } from '../signals/access-records';
import { changedFields } from './draft-diff';
import { draftRecord } from './draft-records';
import { assertNotForwarded, checkDraftContent, noDraft, readerOf } from './draft-rules';
import { draftView } from './draft-view';
import { DraftsRepository } from './drafts.repository';

/**
 * An edit of a draft, by its reporter or by a POC of the cell: the whole signal again, checked like
 * a submission. The trail and the ledger keep which fields changed, never their values. A reporter's
 * edit of a returned draft sends it back to the cell (`pending`); a forwarded draft is a 409.
 */
@Injectable()
export class EditDraftUseCase {
  constructor(
    private readonly drafts: DraftsRepository,
    private readonly access: GatewayAccessRecords,
  ) {}

  async execute(principal: Principal, id: string, signal: SignalSubmission, endpoint: string) {
    checkDraftContent(principal, signal);
    const reader = readerOf(principal);
    await this.drafts.transaction(async (em) => {
      const d = await this.drafts.find(reader, id, em);
      if (!d) throw noDraft(id);
      assertNotForwarded(d);
      const fields = changedFields(d.payload, signal);
      const status = principal.role === 'reporter' ? 'pending' : d.status === 'validated' && fields.length ? 'pending' : d.status;
      await this.drafts.update(em, id, { payload: signal, status });
      await this.drafts.addStep(em, id, { step: 'edited', principalId: principal.id, principalName: principal.name, fields });
      await this.access.write([draftRecord(principal, endpoint, d, 'edited', { fields })], em);
    });
    this.access.nudge();
    // The answer is what this principal just wrote: read back whatever its marking.
    const d = await this.drafts.find({ ...reader, maxRank: undefined }, id);
    return draftView(d!, (await this.drafts.steps([id])).get(id) ?? []);
  }
}
