import { ACCESS_MAX_SIGNAL_IDS, AccessRecordedEvent, DraftStep } from '@passerelle/contracts';
import { accessRecordHead, Principal } from '@passerelle/security';
import { DraftRow } from './drafts.repository';

/**
 * The ledger's record of a read of drafts (outcome `draft`, step `read`): every draft the answer
 * held, in records of at most {@link ACCESS_MAX_SIGNAL_IDS} — never their content. None for an empty answer.
 */
export function draftReadRecords(principal: Principal, endpoint: string, drafts: Pick<DraftRow, 'id'>[]): AccessRecordedEvent[] {
  const ids = [...new Set(drafts.map((d) => d.id))];
  const out: AccessRecordedEvent[] = [];
  for (let i = 0; i < ids.length; i += ACCESS_MAX_SIGNAL_IDS) {
    out.push({
      ...accessRecordHead(principal, endpoint, 'draft'),
      step: 'read',
      draftIds: ids.slice(i, i + ACCESS_MAX_SIGNAL_IDS),
      ...(principal.agency ? { agency: principal.agency } : {}),
    });
  }
  return out;
}

/**
 * The ledger's record of one step of a draft (access.recorded.v1, outcome `draft`): who did what to
 * which draft of which reporter, the field paths an edit changed, the signal once forwarded — never
 * a value of the draft nor a return's comment.
 */
export function draftRecord(
  principal: Principal,
  endpoint: string,
  draft: Pick<DraftRow, 'id' | 'agency' | 'reporterId'>,
  step: DraftStep,
  extra: { fields?: string[]; signalId?: string } = {},
): AccessRecordedEvent {
  return {
    ...accessRecordHead(principal, endpoint, 'draft'),
    step,
    draftId: draft.id,
    reporterId: draft.reporterId,
    agency: draft.agency,
    ...(extra.fields && extra.fields.length ? { fields: extra.fields } : {}),
    ...(extra.signalId ? { signalId: extra.signalId } : {}),
  };
}
