import { Injectable } from '@nestjs/common';
import { Principal } from '@passerelle/security';
import { GatewayAccessRecords } from '../signals/access-records';
import { draftRecord } from './draft-records';
import { assertNotForwarded, noDraft, readerOf } from './draft-rules';
import { draftView } from './draft-view';
import { DraftsRepository } from './drafts.repository';
import { refusal } from '@passerelle/http';

/**
 * The permanence cell's decisions short of forwarding: validate (checked, ready to forward) or return
 * to the reporter with a comment. The comment stays in the gateway (the reporter reads it); the
 * ledger records the step only.
 */
@Injectable()
export class ReviewDraftUseCase {
  constructor(
    private readonly drafts: DraftsRepository,
    private readonly access: GatewayAccessRecords,
  ) {}

  async execute(poc: Principal, id: string, decision: { step: 'validated' } | { step: 'returned'; comment: string }, endpoint: string) {
    const reader = readerOf(poc);
    await this.drafts.transaction(async (em) => {
      const d = await this.drafts.find(reader, id, em);
      if (!d) throw noDraft(id);
      assertNotForwarded(d);
      if (d.status === 'returned') {
        throw refusal(409, 'problem.http-409.detail.draft-with-reporter', { id });
      }
      if (decision.step === 'validated' && d.status === 'validated') return;
      await this.drafts.update(em, id, { status: decision.step });
      await this.drafts.addStep(em, id, {
        step: decision.step,
        principalId: poc.id,
        principalName: poc.name,
        comment: decision.step === 'returned' ? decision.comment : null,
      });
      await this.access.write([draftRecord(poc, endpoint, d, decision.step)], em);
    });
    this.access.nudge();
    const d = await this.drafts.find(reader, id);
    return draftView(d!, (await this.drafts.steps([id])).get(id) ?? []);
  }
}
