import { Injectable } from '@nestjs/common';
import { BriefingLanguage, BriefingsRepository, Principal } from '@passerelle/security';

/** The briefing in force in the principal's language, and whether (and when) it acknowledged that version. */
@Injectable()
export class ReadBriefingUseCase {
  constructor(private readonly briefings: BriefingsRepository) {}

  async execute(principal: Principal, language: BriefingLanguage) {
    const b = await this.briefings.current(undefined, language);
    const acknowledgedAt = await this.briefings.acknowledgedAt(principal.id, b.version);
    return {
      version: b.version,
      publishedAt: b.publishedAt.toISOString(),
      language: b.language,
      languages: b.languages,
      digest: b.digest,
      text: b.text,
      acknowledgedAt: acknowledgedAt?.toISOString() ?? null,
      // Only a principal holding a clearance in force owes the acknowledgement before reading.
      required: principal.clearance !== 'unclassified',
    };
  }
}
