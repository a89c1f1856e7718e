import { Injectable } from '@nestjs/common';
import { refusal } from '@passerelle/http';
import { SignalSubmission } from '@passerelle/contracts';
import { Principal } from '@passerelle/security';
import { randomUUID } from 'node:crypto';
import { GatewayAccessRecords } from '../signals/access-records';
import { draftRecord } from './draft-records';
import { checkDraftContent } from './draft-rules';
import { draftView } from './draft-view';
import { DraftsRepository } from './drafts.repository';
import { draftsConfigFromEnv } from './drafts-config';

/**
 * A reporter drafts a signal for its agency's permanence cell; the step is in the ledger (no content).
 * At most `DRAFTS_MAX_OPEN_PER_REPORTER` drafts not forwarded per reporter (drafts-config.ts): one more is a 409.
 */
@Injectable()
export class CreateDraftUseCase {
  constructor(
    private readonly drafts: DraftsRepository,
    private readonly access: GatewayAccessRecords,
  ) {}

  private readonly maxOpen = draftsConfigFromEnv().maxOpenPerReporter;

  async execute(reporter: Principal, signal: SignalSubmission, endpoint: string) {
    checkDraftContent(reporter, signal);
    const agency = reporter.agency;
    if (!agency) throw new Error('a reporter always has an agency');
    const id = randomUUID();
    await this.drafts.transaction(async (em) => {
      if ((await this.drafts.lockAndCountOpen(em, reporter.id)) >= this.maxOpen) {
        throw refusal(409, 'problem.http-409.detail.too-many-drafts', { max: String(this.maxOpen) });
      }
      await this.drafts.insert(em, { id, agency, reporterId: reporter.id, reporterName: reporter.name, payload: signal });
      await this.drafts.addStep(em, id, { step: 'created', principalId: reporter.id, principalName: reporter.name });
      await this.access.write([draftRecord(reporter, endpoint, { id, agency, reporterId: reporter.id }, 'created')], em);
    });
    this.access.nudge();
    const d = await this.drafts.find({ reporterId: reporter.id }, id);
    return draftView(d!, (await this.drafts.steps([id])).get(id) ?? []);
  }
}
