import { Injectable } from '@nestjs/common';
import { BriefingLanguage, BriefingsRepository, Principal } from '@passerelle/security';
import { PrincipalAdmin, PrincipalAdminError } from '../admin/principal-admin';

/**
 * A principal acknowledges the briefing version in force (issue 29, item 5): recorded once, with its
 * `briefing-acknowledged` entry in the ledger (version, the language and digest of the text read,
 * when) in the same transaction. Acknowledging a version that is no longer in force is refused: the principal has not
 * read the text that now binds it.
 */
@Injectable()
export class AcknowledgeBriefingUseCase {
  constructor(
    private readonly briefings: BriefingsRepository,
    private readonly admin: PrincipalAdmin,
  ) {}

  async execute(
    principal: Principal,
    version: number,
    language: BriefingLanguage,
    traceId?: string,
  ): Promise<{ version: number; acknowledgedAt: string }> {
    const out = await this.briefings.transaction(async (em) => {
      const current = await this.briefings.current(em, language);
      if (current.version !== version) {
        throw new PrincipalAdminError('request-stale', 'problem.principal-request-stale.detail.briefing-version', {
          current: String(current.version),
          version: String(version),
        });
      }
      const ack = await this.briefings.acknowledge(principal.id, version, em);
      if (ack.created) {
        await this.admin.auditFact(em, {
          principalId: principal.id,
          principalName: principal.name,
          change: 'briefing-acknowledged',
          changedBy: principal.id,
          traceId,
          attributes: {
            briefingVersion: version,
            briefingLanguage: current.language,
            briefingDigest: current.digest,
            acknowledgedAt: ack.acknowledgedAt.toISOString(),
          },
        });
      }
      return { version, acknowledgedAt: ack.acknowledgedAt.toISOString() };
    });
    return out;
  }
}
