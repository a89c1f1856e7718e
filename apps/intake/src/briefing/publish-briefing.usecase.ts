import { Injectable } from '@nestjs/common';
import { BriefingsRepository, Principal } from '@passerelle/security';
import { PrincipalAdmin, PrincipalAdminError } from '../admin/principal-admin';

/**
 * An OCAM security officer publishes a new version of the briefing: from then on every clearance
 * holder must acknowledge it before reading anything classified. The ledger keeps the version and
 * the digest of the text, never the text.
 */
@Injectable()
export class PublishBriefingUseCase {
  constructor(
    private readonly briefings: BriefingsRepository,
    private readonly admin: PrincipalAdmin,
  ) {}

  async execute(officer: Principal, text: string, traceId?: string) {
    if (officer.agency !== null) {
      throw new PrincipalAdminError('other-agency', "the security briefing is OCAM's: an agency's security officer does not publish it");
    }
    const b = await this.briefings.transaction(async (em) => {
      const published = await this.briefings.publish(text, officer.id, em);
      await this.admin.auditFact(em, {
        principalId: officer.id,
        principalName: officer.name,
        change: 'briefing-published',
        changedBy: officer.id,
        traceId,
        attributes: { briefingVersion: published.version, briefingDigest: published.digest },
      });
      return published;
    });
    this.admin.nudge();
    return { version: b.version, digest: b.digest, publishedAt: b.publishedAt.toISOString() };
  }
}
