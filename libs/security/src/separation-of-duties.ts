import { levelRank } from './access-policy';
import { Clearance, Principal, Role } from './principal';

/**
 * Separation of duties in principals administration, decided in one place (pure functions; the use
 * cases load the principals and apply the answers):
 * - an officer grants at most its own (unexpired) clearance;
 * - every grant of access or power needs a second officer's approval: creating any principal (its
 *   key is handed over in two halves, one per officer, so no officer ever holds it), raising a
 *   clearance, adding a feed, extending or removing an expiry, marking a watchlist owner or
 *   receiver, any change to a security officer, admin or oversight principal, and rotating any key;
 *   what only takes away (lowering a clearance, removing feeds, bringing an expiry forward,
 *   unmarking, revoking) one officer does;
 * - no officer acts on itself, nor on a privileged principal of its own chain (one it created or
 *   approved, or the one that created or approved it), nor approves its own request or a request
 *   of its chain;
 * - except revocation, which removes power and must always be possible: an officer of the target's
 *   chain asks, and any second officer but the asker and the target approves it;
 * - refusing a request follows the same rules as approving it (only the asker withdraws its own);
 * - officers per agency (issue 29, item 1): an officer of an agency (`agency` set) asks for changes to
 *   that agency's principals only (its POCs and its officers) and approves or refuses only requests
 *   on them; an OCAM officer (`agency` null) keeps its reach over OCAM's principals and, over the
 *   principals of an agency that has officers of its own, is a second approver (or refuser) and may
 *   revoke, but asks for nothing else: the ask comes from the agency. So a grant to such an agency's
 *   principal takes one of its officers and a second officer of the same agency or of OCAM. An
 *   agency with no active officer of its own is administered by OCAM's, as before agencies had any
 *   (docs/security-officer.md).
 */

/** Roles whose holders administer or oversee the others: every change to them takes two officers. */
export const PRIVILEGED_ROLES: readonly Role[] = ['security-officer', 'admin', 'oversight'];

/** Who created and who approved a principal (null for the operator's bootstrap and the seed). */
export interface Lineage {
  id: string;
  createdBy: string | null;
  approvedBy: string | null;
}

export type Officer = Principal & Lineage;

export type AdminOperation =
  | { kind: 'create'; role: Role; clearance: Clearance; agency?: string | null }
  | { kind: 'update'; target: Principal & Lineage; clearance?: Clearance; clearanceExpiresAt?: Date | null; feeds?: string[] }
  | { kind: 'revoke'; target: Principal & Lineage }
  | { kind: 'rotate-key'; target: Principal & Lineage }
  | { kind: 'watchlist-mark'; target: Principal & Lineage; list: string; capability: string };

export interface Refusal {
  /**
   * `self`: the officer itself; `chain`: a principal of its own chain; `clearance`: above its own;
   * `agency`: a principal outside the officer's reach (another agency's, or for an OCAM officer
   * anything but approving, refusing or revoking on an agency's).
   */
  code: 'self' | 'chain' | 'clearance' | 'agency';
  reason: string;
  /**
   * The reason as a catalogue message (libs/i18n `problem.separation.detail.*`) and its values: what
   * the HTTP edge says in the request's language; its last segment is the problem's stable `code`.
   */
  key: string;
  values?: Record<string, string>;
}

/** The clearance an officer may grant: its own, or nothing classified once it has expired. */
export function grantableRank(officer: Principal, now: Date = new Date()): number {
  const expired = officer.clearanceExpiresAt !== null && officer.clearanceExpiresAt.getTime() <= now.getTime();
  return expired ? 0 : levelRank(officer.clearance);
}

/** Whether one created or approved the other, either way round. */
export function sameChain(a: Lineage, b: Lineage): boolean {
  return a.createdBy === b.id || a.approvedBy === b.id || b.createdBy === a.id || b.approvedBy === a.id;
}

const privileged = (role: Role) => PRIVILEGED_ROLES.includes(role);

/** The agency a principal belongs to for its administration (a POC's, an agency officer's), or null: OCAM's. */
export function agencyOf(p: { agency: string | null }): string | null {
  return p.agency ?? null;
}

/** The agency the operation's principal belongs to (null: OCAM). */
export function operationAgency(op: AdminOperation): string | null {
  return op.kind === 'create' ? (op.agency ?? null) : agencyOf(op.target);
}

const ocamOrAgency = (a: string | null) => (a === null ? "OCAM's" : `agency '${a}''s`);

/**
 * Whether the operation's principal is within the officer's reach, asking (`ask`) or approving and
 * refusing a request of another officer (`approve`): an agency officer reaches its own agency's
 * principals only; an OCAM officer reaches OCAM's, those of agencies without officers of their own
 * (not in `selfAdministered`), and the others' only to approve, refuse or revoke.
 */
export function refusalOfScope(
  officer: Principal,
  op: AdminOperation,
  as: 'ask' | 'approve',
  /** The agencies with at least one active security officer of their own. */
  selfAdministered: ReadonlySet<string> = new Set(),
): Refusal | null {
  const mine = agencyOf(officer);
  const theirs = operationAgency(op);
  if (mine === theirs) return null;
  if (mine !== null) {
    return {
      code: 'agency',
      reason: `a security officer of agency '${mine}' administers only that agency's principals, not ${ocamOrAgency(theirs)}`,
      key: theirs === null ? 'problem.separation.detail.own-agency-not-ocam' : 'problem.separation.detail.own-agency-only',
      values: { mine, theirs: theirs ?? '' },
    };
  }
  if (as === 'approve' || op.kind === 'revoke' || theirs === null || !selfAdministered.has(theirs)) return null;
  return {
    code: 'agency',
    reason: `an OCAM security officer does not ask for changes to agency '${theirs}''s principals: that agency's officers ask; an OCAM officer may approve or refuse their requests, or revoke`,
    key: 'problem.separation.detail.agency-officers-ask',
    values: { theirs },
  };
}

/** Why `officer` may not ask for this operation at all (with or without approval), or null. */
export function refusalToAct(
  officer: Officer,
  op: AdminOperation,
  now: Date = new Date(),
  as: 'ask' | 'approve' = 'ask',
  selfAdministered: ReadonlySet<string> = new Set(),
): Refusal | null {
  const outside = refusalOfScope(officer, op, as, selfAdministered);
  if (outside) return outside;
  const granted = op.kind === 'create' ? op.clearance : op.kind === 'update' ? op.clearance : undefined;
  if (granted !== undefined && levelRank(granted) > grantableRank(officer, now)) {
    return {
      code: 'clearance',
      reason: `an officer grants at most its own clearance (${officer.clearance}), not ${granted}`,
      key: 'problem.separation.detail.grant-above-own',
      values: { own: officer.clearance, granted },
    };
  }
  if (op.kind === 'create') return null;
  if (op.target.id === officer.id)
    return { code: 'self', reason: 'a security officer cannot act on itself; another officer must', key: 'problem.separation.detail.self' };
  // Within its chain an officer may still ask for a revocation: approvalNeeded holds it for a second officer.
  if (op.kind !== 'revoke' && privileged(op.target.role) && sameChain(officer, op.target)) {
    return {
      code: 'chain',
      reason: `'${op.target.name}' is of your own chain (you created or approved it, or it created or approved you); another officer must act`,
      key: 'problem.separation.detail.own-chain',
      values: { name: op.target.name },
    };
  }
  return null;
}

/**
 * Why an operation needs a second officer, as facts: a code and its values (what the console says in
 * the reader's language, `console.officer.why.<code>` and `console.officer.grant.<code>`), and the
 * same in English words (`text`, kept with the request as before).
 */
export interface ApprovalReason {
  code: 'create-privileged' | 'create' | 'update-privileged' | 'update-grants' | 'rotate-key' | 'watchlist-mark' | 'revoke-own-chain';
  values: Record<string, string>;
  /** For `update-grants`: each grant that takes the approval. */
  grants?: { code: 'raise-clearance' | 'add-feeds' | 'remove-expiry' | 'extend-expiry'; values: Record<string, string> }[];
  text: string;
}

/** Why this operation, asked for by `officer`, needs a second officer's approval, or null when one officer may do it. */
export function approvalReason(op: AdminOperation, officer?: Lineage): ApprovalReason | null {
  switch (op.kind) {
    case 'create':
      return privileged(op.role)
        ? { code: 'create-privileged', values: { role: op.role }, text: `creating a ${op.role} takes a second officer's approval` }
        : {
            code: 'create',
            values: {},
            text: "a new principal takes a second officer's approval (its key is handed over in two halves, one per officer)",
          };
    case 'update': {
      if (privileged(op.target.role))
        return {
          code: 'update-privileged',
          values: { role: op.target.role },
          text: `changing a ${op.target.role} takes a second officer's approval`,
        };
      const grants: NonNullable<ApprovalReason['grants']> = [];
      const words: string[] = [];
      if (op.clearance !== undefined && levelRank(op.clearance) > levelRank(op.target.clearance)) {
        grants.push({ code: 'raise-clearance', values: { from: op.target.clearance, to: op.clearance } });
        words.push(`raising a clearance (${op.target.clearance} → ${op.clearance})`);
      }
      const added = (op.feeds ?? []).filter((f) => !op.target.feeds.includes(f));
      if (added.length) {
        grants.push({ code: 'add-feeds', values: { feeds: added.join(', ') } });
        words.push(`adding feeds (${added.join(', ')})`);
      }
      if (op.clearanceExpiresAt !== undefined && extendsExpiry(op.target.clearanceExpiresAt, op.clearanceExpiresAt)) {
        grants.push({ code: op.clearanceExpiresAt === null ? 'remove-expiry' : 'extend-expiry', values: {} });
        words.push(op.clearanceExpiresAt === null ? 'removing an expiry' : 'extending an expiry');
      }
      return grants.length
        ? { code: 'update-grants', values: {}, grants, text: `${words.join(', ')} takes a second officer's approval` }
        : null;
    }
    case 'rotate-key':
      return {
        code: 'rotate-key',
        values: {},
        text: "a new key takes a second officer's approval (it is handed over in two halves, one per officer)",
      };
    case 'watchlist-mark':
      return {
        code: 'watchlist-mark',
        values: { capability: op.capability },
        text: `marking a watchlist ${op.capability} takes a second officer's approval`,
      };
    case 'revoke':
      // Revoking takes privilege away: one officer acts at once, unless the target is of its own chain.
      return officer && privileged(op.target.role) && sameChain(officer, op.target)
        ? {
            code: 'revoke-own-chain',
            values: { name: op.target.name },
            text: `'${op.target.name}' is of your own chain: its revocation takes a second officer's approval`,
          }
        : null;
  }
}

/** `approvalReason` in English words, or null. */
export function approvalNeeded(op: AdminOperation, officer?: Lineage): string | null {
  return approvalReason(op, officer)?.text ?? null;
}

/** Whether `next` gives a clearance longer life than `current` (null: no expiry). */
function extendsExpiry(current: Date | null, next: Date | null): boolean {
  if (current === null) return false;
  return next === null || next.getTime() > current.getTime();
}

/**
 * Why `approver` may not approve (or refuse) a request of `requester` for this operation, or null. A
 * revocation is approved by any officer but the asker and the target, of whatever chain: it removes
 * power, and two officers outside the target must always be able to.
 */
export function refusalToApprove(approver: Officer, requester: Lineage, op: AdminOperation, now: Date = new Date()): Refusal | null {
  const outside = refusalOfScope(approver, op, 'approve');
  if (outside) return outside;
  if (approver.id === requester.id)
    return {
      code: 'self',
      reason: 'a request is approved by another officer than the one who made it',
      key: 'problem.separation.detail.approve-own-request',
    };
  if (op.kind !== 'revoke' && sameChain(approver, requester)) {
    return {
      code: 'chain',
      reason: 'the requesting officer is of your own chain (one created or approved the other)',
      key: 'problem.separation.detail.requester-of-own-chain',
    };
  }
  return refusalToAct(approver, op, now, 'approve');
}

/**
 * Erasure of a signal before its term (the two-person rule): one security officer asks, a second,
 * different one approves (or refuses) — never the requester itself, nor an officer of its chain (one
 * created or approved the other), who could be acting on its behalf, nor one whose (unexpired)
 * clearance is below the signal's classification (`signalRank`; null when the intake does not hold
 * the signal, and then no clearance is asked).
 */
export function refusalToApproveErasure(
  approver: Officer,
  requester: Lineage,
  signalRank: number | null = null,
  now: Date = new Date(),
): Refusal | null {
  if (approver.id === requester.id)
    return {
      code: 'self',
      reason: 'an erasure is approved by another officer than the one who asked for it',
      key: 'problem.separation.detail.approve-own-erasure',
    };
  if (sameChain(approver, requester)) {
    return {
      code: 'chain',
      reason: 'the requesting officer is of your own chain (one created or approved the other)',
      key: 'problem.separation.detail.requester-of-own-chain',
    };
  }
  if (signalRank !== null && signalRank > grantableRank(approver, now)) {
    const expired = grantableRank(approver, now) === 0 && levelRank(approver.clearance) > 0;
    return {
      code: 'clearance',
      reason: `the signal is classified above your clearance (${approver.clearance}${expired ? ', expired' : ''}): a cleared officer decides`,
      key: 'problem.separation.detail.erasure-above-clearance',
      values: { clearance: approver.clearance, expired: String(expired) },
    };
  }
  return null;
}
