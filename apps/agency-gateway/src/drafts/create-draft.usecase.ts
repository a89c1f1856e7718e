import { Injectable } from '@nestjs/common';
import { SignalSubmission } from '@passerelle/contracts';
import { Principal } from '@passerelle/security';
import { randomUUID } from 'node:crypto';
import { GatewayAccessRecords } from '../signals/access-records';
import { draftRecord } from './draft-records';
import { checkDraftContent } from './draft-rules';
import { draftView } from './draft-view';
import { DraftsRepository } from './drafts.repository';

/** A reporter drafts a signal for its agency's permanence cell; the step is in the ledger (no content). */
@Injectable()
export class CreateDraftUseCase {
  constructor(
    private readonly drafts: DraftsRepository,
    private readonly access: GatewayAccessRecords,
  ) {}

  async execute(reporter: Principal, signal: SignalSubmission, endpoint: string) {
    checkDraftContent(reporter, signal);
    const agency = reporter.agency;
    if (!agency) throw new Error('a reporter always has an agency');
    const id = randomUUID();
    await this.drafts.transaction(async (em) => {
      await this.drafts.insert(em, { id, agency, reporterId: reporter.id, reporterName: reporter.name, payload: signal });
      await this.drafts.addStep(em, id, { step: 'created', principalId: reporter.id, principalName: reporter.name });
      await this.access.write([draftRecord(reporter, endpoint, { id, agency, reporterId: reporter.id }, 'created')], em);
    });
    this.access.nudge();
    const d = await this.drafts.find({ reporterId: reporter.id }, id);
    return draftView(d!, (await this.drafts.steps([id])).get(id) ?? []);
  }
}
