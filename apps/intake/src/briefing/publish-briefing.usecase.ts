import { Injectable } from '@nestjs/common';
import { BriefingLanguage, BriefingsRepository, Principal } from '@passerelle/security';
import { PrincipalAdmin, PrincipalAdminError } from '../admin/principal-admin';

/**
 * An OCAM security officer publishes a new version of the briefing, its text in French, Dutch and
 * English at once (one version number for the three: nobody reads an older version in their
 * language): from then on every clearance holder must acknowledge it before reading anything
 * classified. The ledger keeps the version and the digest of the English text, never a text.
 */
@Injectable()
export class PublishBriefingUseCase {
  constructor(
    private readonly briefings: BriefingsRepository,
    private readonly admin: PrincipalAdmin,
  ) {}

  async execute(officer: Principal, texts: Record<BriefingLanguage, string>, traceId?: string) {
    if (officer.agency !== null) {
      throw new PrincipalAdminError('other-agency', 'problem.principal-other-agency.detail.briefing-ocam');
    }
    const b = await this.briefings.transaction(async (em) => {
      const published = await this.briefings.publish(texts, officer.id, em);
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
    return { version: b.version, digest: b.digest, publishedAt: b.publishedAt.toISOString() };
  }
}
