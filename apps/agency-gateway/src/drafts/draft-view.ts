import { DraftRow, DraftStepRow } from './drafts.repository';

/** A draft as the API shows it to its reporter and to its agency's permanence cell. */
export function draftView(d: DraftRow, steps: DraftStepRow[], more: Record<string, unknown> = {}) {
  return {
    draftId: d.id,
    status: d.status,
    version: d.version,
    agency: d.agency,
    reporter: d.reporterName,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    // Present once forwarded: the signal it became (its receipt: GET /v1/signals/{id} for the cell).
    ...(d.signalId ? { signalId: d.signalId, forwardedBy: d.forwardedByName } : {}),
    signal: d.payload,
    steps: steps.map((s) => ({
      step: s.step,
      by: s.principalName,
      at: s.at,
      ...(s.fields.length ? { fields: s.fields } : {}),
      ...(s.comment !== null ? { comment: s.comment } : {}),
    })),
    ...more,
  };
}
