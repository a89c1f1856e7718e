import { EXERCISE_FEED } from '@passerelle/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface AgencyFlow {
  agency: string;
  submitted: number;
  routed: number;
  duplicates: number;
  resubmissions: number;
  rejected: number;
  delivered: number;
  /** Delivered but under an embargo not released yet: counted here only (not in delivered or any figure below). */
  embargoed: number;
  assessedRelevant: number;
  assessedNotRelevant: number;
  moreInformationRequested: number;
  closed: number;
  unassessed: number;
  overdue: number;
  medianHoursToAssessment: number | null;
}

/** One routing verdict or rejection, as the flow figures count it (one row per event). */
export interface FlowRow {
  eventId: string;
  signalId: string | null;
  agency: string;
  kind: 'routed' | 'duplicate' | 'repeat' | 'rejected';
  occurredAt: string;
}

/** Flow figures per agency over a period, from the routing verdicts and the intake's own records. */
@Injectable()
export class StatsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Records routing verdicts and rejections for the flow figures (one row per event; a redelivered event is kept once). */
  async recordFlow(rows: FlowRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.ds.query(
      `insert into intake.flow (event_id, signal_id, agency, kind, occurred_at)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) on conflict (event_id) do nothing`,
      [
        rows.map((r) => r.eventId),
        rows.map((r) => r.signalId),
        rows.map((r) => r.agency),
        rows.map((r) => r.kind),
        rows.map((r) => r.occurredAt),
      ],
    );
  }

  async flow(from: Date, to: Date, agency?: string): Promise<AgencyFlow[]> {
    const rows: Record<string, string | null>[] = await this.ds.query(
      `with f as (
         select agency,
                count(distinct coalesce(signal_id, event_id)) filter (where kind <> 'repeat') as submitted,
                count(*) filter (where kind = 'routed') as routed,
                count(*) filter (where kind = 'duplicate') as duplicates,
                count(*) filter (where kind = 'repeat') as resubmissions,
                count(*) filter (where kind = 'rejected') as rejected
           from intake.flow where occurred_at >= $1 and occurred_at < $2 group by agency),
       s as (
         -- A signal under an embargo counts as delivered only once released: until then it is in
         -- the embargoed figure alone, so no figure (assessment, delay) says anything about it.
         select s.agency,
                count(*) filter (where not s.under_embargo) as delivered,
                count(*) filter (where s.under_embargo) as embargoed,
                count(*) filter (where s.outcome = 'relevant' and not s.under_embargo) as relevant,
                count(*) filter (where s.outcome = 'not-relevant' and not s.under_embargo) as not_relevant,
                count(*) filter (where s.outcome = 'more-information-requested' and not s.under_embargo) as more_info,
                count(*) filter (where s.outcome = 'closed' and not s.under_embargo) as closed,
                count(*) filter (where s.outcome is null and not s.under_embargo) as unassessed,
                count(*) filter (where s.outcome is null and s.due_at < now() and not s.under_embargo) as overdue,
                percentile_cont(0.5) within group (order by extract(epoch from a.first_at - s.received_at))
                  filter (where a.first_at is not null and not s.under_embargo) as median_seconds
           from (select s.*, (s.embargoed_to is not null and s.embargo_released_at is null) as under_embargo
                   -- Exercises (the exercise feed, and only it) are counted in no figure (docs/exercises.md).
                   from intake.signals s where s.feed <> '${EXERCISE_FEED}') s
           left join (select signal_id, min(assessed_at) as first_at from intake.assessments group by signal_id) a
             on a.signal_id = s.signal_id
          where s.received_at >= $1 and s.received_at < $2 group by s.agency)
       select coalesce(f.agency, s.agency) as agency, f.submitted, f.routed, f.duplicates, f.resubmissions, f.rejected,
              s.delivered, s.embargoed, s.relevant, s.not_relevant, s.more_info, s.closed, s.unassessed, s.overdue, s.median_seconds
         from f full join s on s.agency = f.agency
        where $3::text is null or coalesce(f.agency, s.agency) = $3
        order by 1`,
      [from.toISOString(), to.toISOString(), agency ?? null],
    );
    const n = (v: string | null) => Number(v ?? 0);
    return rows.map((r) => ({
      agency: r.agency as string,
      submitted: n(r.submitted),
      routed: n(r.routed),
      duplicates: n(r.duplicates),
      resubmissions: n(r.resubmissions),
      rejected: n(r.rejected),
      delivered: n(r.delivered),
      embargoed: n(r.embargoed),
      assessedRelevant: n(r.relevant),
      assessedNotRelevant: n(r.not_relevant),
      moreInformationRequested: n(r.more_info),
      closed: n(r.closed),
      unassessed: n(r.unassessed),
      overdue: n(r.overdue),
      medianHoursToAssessment: r.median_seconds === null ? null : Math.round((Number(r.median_seconds) / 3600) * 100) / 100,
    }));
  }
}
