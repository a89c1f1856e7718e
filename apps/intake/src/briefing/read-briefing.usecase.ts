import { Injectable } from '@nestjs/common';
import { BriefingsRepository, Principal } from '@passerelle/security';

/** The briefing in force, and whether (and when) this principal acknowledged it. */
@Injectable()
export class ReadBriefingUseCase {
  constructor(private readonly briefings: BriefingsRepository) {}

  async execute(principal: Principal) {
    const b = await this.briefings.current();
    const acknowledgedAt = await this.briefings.acknowledgedAt(principal.id, b.version);
    return {
      version: b.version,
      publishedAt: b.publishedAt.toISOString(),
      digest: b.digest,
      text: b.text,
      acknowledgedAt: acknowledgedAt?.toISOString() ?? null,
      // Only a principal holding a clearance in force owes the acknowledgement before reading.
      required: principal.clearance !== 'unclassified',
    };
  }
}
