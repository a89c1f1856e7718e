import { Injectable } from '@nestjs/common';
import { localizedProblem, ProblemException, validationProblem } from '@passerelle/http';
import { Principal, PrincipalsRepository } from '@passerelle/security';
import { ReviewsRepository } from './reviews.repository';
import { hoursOf, loadWorkingHours, WorkingHours, WorkingHoursFile } from './working-hours';

/** OCAM's own principals (analysts, oversight, admins, OCAM's officers) as a review scope. */
export const OCAM_SCOPE = 'ocam';
/** The longest period one review covers. */
export const MAX_PERIOD_DAYS = 366;

export interface ReviewPeriod {
  scope: string;
  /** The scope's agency, null for OCAM. */
  agency: string | null;
  from: string;
  to: string;
  hours: WorkingHours;
}

const DAY_MS = 86_400_000;

/**
 * Who reviews whose access: an agency's security officer reviews its agency's principals; OCAM's
 * officers review OCAM's principals and those of agencies without an officer of their own (as they
 * administer them, docs/security-officer.md). Anything else is a 403 problem, recorded as a denied
 * attempt by the edge before anything about the other agency is told.
 */
@Injectable()
export class ReviewScope {
  private readonly hours: WorkingHoursFile = loadWorkingHours();

  constructor(
    private readonly principals: PrincipalsRepository,
    private readonly reviews: ReviewsRepository,
  ) {}

  async authorise(officer: Principal, requested: string | undefined): Promise<string> {
    const scope = requested ?? officer.agency ?? OCAM_SCOPE;
    if (officer.agency !== null) {
      if (scope === officer.agency) return scope;
      throw otherAgency('problem.review-other-agency.detail.own-only', { agency: officer.agency });
    }
    if (scope === OCAM_SCOPE) return scope;
    if (!(await this.principals.selfAdministeredAgencies()).has(scope)) return scope;
    throw otherAgency('problem.review-other-agency.detail.has-officers', { agency: scope });
  }

  /** Checks the period (dates, at most a year, not after today in the scope's time zone) for an authorised scope. */
  async period(scope: string, from: string, to: string): Promise<ReviewPeriod> {
    const hours = hoursOf(this.hours, scope);
    const errors: { path: string; reason: string; code: string }[] = [];
    const f = Date.parse(`${from}T00:00:00Z`);
    const t = Date.parse(`${to}T00:00:00Z`);
    if (t < f) errors.push({ path: 'to', reason: 'must not be before from', code: 'not-before-from' });
    else if ((t - f) / DAY_MS + 1 > MAX_PERIOD_DAYS)
      errors.push({ path: 'to', reason: `a review covers at most ${MAX_PERIOD_DAYS} days`, code: 'period-too-long' });
    if (to > (await this.reviews.today(hours.timeZone)))
      errors.push({ path: 'to', reason: 'must not be in the future', code: 'in-the-future' });
    if (errors.length) {
      // Field errors: the detail is made of them, in the request's language.
      throw validationProblem(errors, 'urn:passerelle:problem:review-period');
    }
    return { scope, agency: scope === OCAM_SCOPE ? null : scope, from, to, hours };
  }
}

function otherAgency(key: string, values: { agency: string }): ProblemException {
  return new ProblemException(localizedProblem({ type: 'urn:passerelle:problem:review-other-agency', status: 403 }, key, values));
}
