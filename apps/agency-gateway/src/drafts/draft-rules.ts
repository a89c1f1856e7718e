import { SignalSubmission } from '@passerelle/contracts';
import { refusal, validationProblem } from '@passerelle/http';
import { mayMark, needToKnowRank, Principal, visibilityOf } from '@passerelle/security';
import { aboveClearance } from '../signals/submit-signal.usecase';
import { DraftReader, DraftRow } from './drafts.repository';

/**
 * Whose drafts a principal reaches, and up to which marking. A POC reads its agency's drafts (the
 * permanence cell's queue) as it reads anything classified: up to what it may read now (clearance
 * in force, RESTREINT on need-to-know, the briefing acknowledged: `visibilityOf`). A reporter reads
 * its own drafts up to what it may mark now (`needToKnowRank`: it wrote them, but a lapsed clearance
 * takes its CONFIDENTIEL drafts away with it). A draft above that is one the reader cannot see: the
 * same 404 as another agency's.
 */
export function readerOf(principal: Principal, now: Date = new Date()): DraftReader {
  if (principal.role === 'reporter') return { reporterId: principal.id, maxRank: needToKnowRank(principal, now) };
  return { agency: principal.agency ?? '', maxRank: visibilityOf(principal, now).maxRank };
}

/** Another reporter's draft, another agency's, or none: the same 404 (recorded as a denied attempt at the edge). */
export const noDraft = (id: string) => refusal(404, 'problem.http-404.detail.no-draft', { id });

/** `provenance` is the gateway's to set (on forwarding a draft): a client sending it is refused, naming the field. */
export const provenanceRefused = (path = 'provenance') => ({
  path,
  reason: 'set by the gateway when a point of contact forwards a draft; never sent by a client',
  code: 'set-by-gateway',
});

/** What a reporter or a POC may put in a draft: the signal contract (checked by the pipe), no provenance, within its clearance. */
export function checkDraftContent(principal: Principal, signal: SignalSubmission): void {
  if (signal.provenance !== undefined) throw validationProblem([provenanceRefused()]);
  const now = new Date();
  if (!mayMark(principal, signal.classification, now)) throw aboveClearance(principal, ['classification'], now);
}

/** A forwarded draft is a signal now: it changes no more (a supplementary signal adds to it). */
export function assertNotForwarded(d: DraftRow): void {
  if (d.status === 'forwarded' || d.signalId) {
    throw refusal(409, 'problem.http-409.detail.draft-forwarded', { id: d.id, signalId: d.signalId ?? '' });
  }
  if (d.forwardedBy) {
    throw refusal(409, 'problem.http-409.detail.draft-being-forwarded', { id: d.id, by: d.forwardedByName ?? '' });
  }
}
