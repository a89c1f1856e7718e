import { Injectable } from '@nestjs/common';
import { ACCESS_MAX_SIGNAL_IDS, AccessRecordedEvent } from '@passerelle/contracts';
import { PURGE_BATCH, PurgeJob, ScheduledPurge } from '@passerelle/persistence';
import { randomUUID } from 'node:crypto';
import { GatewayAccessRecords } from '../signals/access-records';
import { DraftRow, DraftsRepository } from './drafts.repository';
import { DraftsConfig, draftsConfigFromEnv } from './drafts-config';

/**
 * The ledger's record of a retention purge of drafts (outcome `draft`, step `purged`, no principal:
 * the gateway did it): the ids of the drafts removed, per agency, in records of at most
 * {@link ACCESS_MAX_SIGNAL_IDS} — never their content.
 */
export function draftPurgeRecords(gone: Pick<DraftRow, 'id' | 'agency'>[], now: Date): AccessRecordedEvent[] {
  const byAgency = new Map<string, string[]>();
  for (const d of gone) byAgency.set(d.agency, [...(byAgency.get(d.agency) ?? []), d.id]);
  const out: AccessRecordedEvent[] = [];
  for (const [agency, ids] of byAgency) {
    for (let i = 0; i < ids.length; i += ACCESS_MAX_SIGNAL_IDS) {
      out.push({
        eventId: randomUUID(),
        occurredAt: now.toISOString(),
        endpoint: 'retention',
        outcome: 'draft',
        step: 'purged',
        agency,
        draftIds: ids.slice(i, i + ACCESS_MAX_SIGNAL_IDS),
      });
    }
  }
  return out;
}

/**
 * The retention of reporters' drafts (attack review, issue 24): a draft never forwarded and untouched
 * for `DRAFTS_RETENTION_DAYS` is removed with its steps, and the removal is a `draft.purged` entry in
 * the ledger (draft ids, in the same transaction as the removal). A forwarded draft is the signal's
 * history and goes with the signal's own retention, not here.
 */
@Injectable()
export class PurgeStaleDraftsUseCase implements PurgeJob {
  constructor(
    private readonly drafts: DraftsRepository,
    private readonly access: GatewayAccessRecords,
  ) {}

  private readonly config: DraftsConfig = draftsConfigFromEnv();

  async purgeBatch(now: Date): Promise<number> {
    const before = new Date(now.getTime() - this.config.retentionDays * 86_400_000);
    const n = await this.drafts.transaction(async (em) => {
      const gone = await this.drafts.purgeStale(em, before, PURGE_BATCH);
      if (gone.length) await this.access.write(draftPurgeRecords(gone, now), em);
      return gone.length;
    });
    if (n > 0) this.access.nudge();
    return n;
  }
}

@Injectable()
export class GatewayDraftPurgeScheduler extends ScheduledPurge {
  constructor(job: PurgeStaleDraftsUseCase) {
    super(job, 'gateway-drafts', 'draft(s) never forwarded and untouched for DRAFTS_RETENTION_DAYS by');
  }
}
