import { withMessageKey } from '@passerelle/contracts';
import { Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { KafkaService } from '@passerelle/messaging';
import { AdminOperation, approvalReason, PrincipalsRepository, refusalOfScope } from '@passerelle/security';
import { EntityManager } from 'typeorm';
import {
  Actor,
  assertMayAct,
  FieldError,
  NewPrincipalInput,
  Outcome,
  PrincipalAdmin,
  PrincipalAdminError,
  PrincipalWithKey,
  refusalError,
  rejected,
  unknownFeeds,
} from './principal-admin';

const nameTaken = (name: string) => new PrincipalAdminError('name-taken', 'problem.principal-name-taken.detail.name-taken', { name });

/** A new principal and its API key; a privileged one waits for a second officer. */
@Injectable()
export class CreatePrincipalUseCase {
  constructor(
    private readonly principals: PrincipalsRepository,
    private readonly admin: PrincipalAdmin,
    /** To check that a POC's agency is provisioned on Kafka; absent in the CLI. */
    @Optional() private readonly kafka?: KafkaService,
  ) {}

  async execute(input: NewPrincipalInput, actor: Actor): Promise<Outcome<PrincipalWithKey>> {
    const errors: FieldError[] = [];
    const agency = input.agency ?? null;
    if (input.role === 'poc' && !agency)
      errors.push(
        withMessageKey({ path: 'agency', reason: 'a poc must name the agency it speaks for', code: 'required' }, 'reason.agency-for-poc'),
      );
    // A reporter (field officer) reports to its agency's permanence cell (issue 29, item 6).
    if (input.role === 'reporter' && !agency)
      errors.push(
        withMessageKey(
          { path: 'agency', reason: 'a reporter must name the agency it reports to', code: 'required' },
          'reason.agency-for-reporter',
        ),
      );
    // A security officer with an agency is that agency's officer; without one, OCAM's (issue 29, item 1).
    if (input.role !== 'poc' && input.role !== 'reporter' && input.role !== 'security-officer' && agency) {
      errors.push(
        withMessageKey(
          {
            path: 'agency',
            reason: `only a poc, a reporter or a security officer has an agency, not a ${input.role}`,
            code: 'not-allowed',
          },
          'reason.agency-not-for-role',
        ),
      );
    }
    if (input.clearanceExpiresAt && input.clearanceExpiresAt.getTime() <= Date.now()) {
      errors.push({ path: 'clearanceExpiresAt', reason: 'must be in the future', code: 'in-the-past' });
    }
    errors.push(...unknownFeeds(input.feeds));
    const op: AdminOperation = { kind: 'create', role: input.role, clearance: input.clearance, agency };
    const officer = await this.admin.officerOf(actor);
    // Outside the officer's agency: refused before anything about the principal is looked at.
    const outside = officer ? refusalOfScope(officer, op, 'ask', await this.admin.selfAdministered()) : null;
    if (outside) throw refusalError(outside);
    if (agency && errors.length === 0) errors.push(...(await this.unprovisioned(agency)));
    if (errors.length) throw rejected(errors);

    if (officer) {
      assertMayAct(officer, op);
      const why = approvalReason(op, officer);
      if (why) {
        if (await this.principals.findByName(input.name)) throw nameTaken(input.name);
        const payload = { ...input, agency, clearanceExpiresAt: input.clearanceExpiresAt?.toISOString() ?? null };
        return this.admin.requestApprovalWith('create', randomUUID(), null, payload, why, officer, actor);
      }
    }
    const created = await this.principals.transaction((em) => this.apply(input, { createdBy: officer?.id ?? null }, actor, em));
    return { done: created };
  }

  /** Creates the principal and records it, in the caller's transaction (also on approval). */
  async apply(
    input: NewPrincipalInput,
    lineage: { id?: string; createdBy: string | null; approvedBy?: string | null },
    actor: Actor,
    em: EntityManager,
  ): Promise<PrincipalWithKey> {
    const r = await this.principals.create({ ...input, agency: input.agency ?? null, feeds: input.feeds ?? [], ...lineage }, em);
    if (!r) throw nameTaken(input.name);
    await this.admin.audit(em, r.principal, 'created', actor);
    return r;
  }

  /**
   * A POC of an agency that has no topics yet would be accepted and its first submission could never
   * be published: the agency is provisioned first (its topics, Kafka user and ACLs), by an operator.
   */
  private async unprovisioned(agency: string): Promise<FieldError[]> {
    if (!this.kafka) return [];
    let exists: boolean;
    try {
      exists = await this.kafka.topicExists(this.kafka.topics.feedback(agency));
    } catch {
      throw new PrincipalAdminError('unavailable', 'problem.principal-unavailable.detail.agency-unchecked');
    }
    return exists
      ? []
      : [
          {
            path: 'agency',
            reason: `agency '${agency}' is not provisioned on Kafka (no topics, user or ACLs): an operator runs \`npm run kafka -- add-agency ${agency}\` first`,
            code: 'not-provisioned',
          },
        ];
  }
}
