import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { envNumber, EventTypes, FEEDS, PRINCIPAL_CHANGES, PrincipalChangedEvent, topicNames, withMessageKey } from '@passerelle/contracts';
import { newTraceId } from '@passerelle/messaging';
import {
  ApprovalReason,
  AdminOperation,
  Clearance,
  generateHandoverCode,
  KeyHandoversRepository,
  Officer,
  PrincipalRecord,
  PrincipalRequest,
  PrincipalRequestsRepository,
  PrincipalsRepository,
  Refusal,
  refusalOfScope,
  refusalToAct,
  Role,
} from '@passerelle/security';
import { DomainError } from '@passerelle/http';
import type { MessageValues } from '@passerelle/i18n';
import { EntityManager } from 'typeorm';
import { IntakeOutbox } from '../outbox/intake-outbox';
import { PRINCIPAL_ERRORS, PrincipalAdminErrorCode } from '../domain-errors';

/*
 * What the principals use cases (one per operation: create, update, revoke, rotate-key, read) and
 * the approval of held requests share: the domain's errors, who acts, separation-of-duties checks,
 * and `PrincipalAdmin`, which writes each change's audit event through the intake's outbox.
 */

export type { PrincipalAdminErrorCode };

export interface FieldError {
  path: string;
  reason: string;
  /** Stable (libs/contracts reason-codes.ts): what the problem's errors carry in every language. */
  code?: string;
}

/**
 * A rule on principals broken: its code's status and type in the intake's registry
 * (domain-errors.ts), its detail the catalogue message `key` (the key's last segment is the
 * problem's `code`), or, for `rejected`/`invalid` without one, its field errors.
 */
export class PrincipalAdminError extends DomainError<PrincipalAdminErrorCode> {
  constructor(code: PrincipalAdminErrorCode, key: string | null, values?: MessageValues, errors: FieldError[] = []) {
    super(PRINCIPAL_ERRORS[code], code, key ? { key, values } : null, errors);
  }
}

/** The rules a request breaks, as one `rejected` error. */
export function rejected(errors: FieldError[]): PrincipalAdminError {
  return new PrincipalAdminError('rejected', null, undefined, errors);
}

/** Who makes a change: a security officer over HTTP, or `cli:<os user>` from the CLI. */
export interface Actor {
  /** Recorded as `changedBy` in the audit event. */
  changedBy: string;
  /** The acting principal, when it is one: it may not revoke or re-clear itself. */
  principalId?: string;
  /** The request's trace id, when it came with one. */
  traceId?: string;
  /** For a change made on approval: the approving officer and the request. */
  approvedBy?: string;
  requestId?: string;
}

export interface NewPrincipalInput {
  name: string;
  role: Role;
  agency?: string | null;
  clearance: Clearance;
  clearanceExpiresAt?: Date | null;
  feeds?: string[];
}

/** A principal with its API key, shown this once: only to the operator's CLI (officers get handover halves). */
export interface PrincipalWithKey {
  principal: PrincipalRecord;
  apiKey: string;
}

export type Change = (typeof PRINCIPAL_CHANGES)[number];

/**
 * Done at once, or waiting for a second officer's approval — with, for a new key, the first half
 * of its handover, shown this once to the asking officer (the approver gets the second).
 */
export type Outcome<T> =
  { done: T; pending?: undefined; handoverCode?: undefined } | { pending: PrincipalRequest; handoverCode?: string; done?: undefined };

/** The operator's CLI acts as nobody's officer: its changes are never held for approval. */
export function doneNow<T>(o: Outcome<T>): T {
  if (o.pending) throw new Error(`unexpected pending request ${o.pending.id}`);
  return o.done;
}

/** How long a request waits for a second officer (`PRINCIPAL_REQUEST_TTL_HOURS`, default 24, 0.01 to 8760). */
export function requestTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  return Math.round(envNumber(env, 'PRINCIPAL_REQUEST_TTL_HOURS', 24, { min: 0.01, max: 8760 }) * 3_600_000);
}

/** How long a completed key handover waits for its principal (`KEY_HANDOVER_TTL_HOURS`, default 72, 0.01 to 8760). */
export function handoverTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  return Math.round(envNumber(env, 'KEY_HANDOVER_TTL_HOURS', 72, { min: 0.01, max: 8760 }) * 3_600_000);
}

/** The half of a key handover an officer holds, shown this once. */
export interface HandoverHalf {
  handoverCode: string;
  /** Unset until the second half exists (on approval). */
  handoverExpiresAt?: Date;
}

/** A separation-of-duties refusal as the API answers it. */
export function refusalError(r: Refusal): PrincipalAdminError {
  if (r.code === 'clearance')
    return new PrincipalAdminError('rejected', r.key, r.values, [
      withMessageKey({ path: 'clearance', reason: r.reason, code: 'above-own-clearance' }, 'reason.above-own-clearance'),
    ]);
  if (r.code === 'agency') return new PrincipalAdminError('other-agency', r.key, r.values);
  return new PrincipalAdminError(r.code === 'self' ? 'self-change' : 'same-chain', r.key, r.values);
}

/** Separation of duties: throws when the officer may not ask for this operation at all. */
export function assertMayAct(officer: Officer, op: AdminOperation): void {
  const refusal = refusalToAct(officer, op);
  if (refusal) throw refusalError(refusal);
}

/** The feeds a principal may be given: the deployment's feeds plus those this intake serves. */
export function knownFeeds(env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = (env.INTAKE_FEEDS ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  return [...new Set<string>([...FEEDS, ...extra])];
}

export function unknownFeeds(feeds: string[] | undefined): FieldError[] {
  const known = knownFeeds();
  return (feeds ?? []).flatMap((f, i) =>
    known.includes(f) ? [] : [{ path: `feeds[${i}]`, reason: `unknown feed '${f}' (known: ${known.join(', ')})`, code: 'unknown-code' }],
  );
}

function revokedError(name: string, revokedAt: Date): PrincipalAdminError {
  return new PrincipalAdminError('revoked', 'problem.principal-revoked.detail.revoked', { name, revokedAt: revokedAt.toISOString() });
}

/**
 * The principals and requests as the use cases see them, and the ledger of their changes: each
 * change and its `identity.principals.changed.v1` event are written in one transaction through the
 * intake's outbox, so no change goes unaudited even when Kafka is down.
 */
@Injectable()
export class PrincipalAdmin {
  // Read when the app is built: a wrong value stops start-up naming the variable.
  private readonly requestTtlMs = requestTtlMs();
  private readonly handoverTtlMs = handoverTtlMs();
  private readonly principalsChangedTopic = topicNames(process.env.KAFKA_TOPIC_PREFIX ?? '').principalsChanged;

  constructor(
    private readonly principals: PrincipalsRepository,
    /** Audit events, in the change's transaction (in the CLI no relay is nudged: the app's publishes the rows when it next runs). */
    private readonly outbox: IntakeOutbox,
    private readonly requests: PrincipalRequestsRepository,
    private readonly handovers: KeyHandoversRepository,
  ) {}

  /** The acting officer's own record (null from the CLI: the operator's bootstrap path). */
  async officerOf(actor: Actor): Promise<Officer | null> {
    if (!actor.principalId) return null;
    const me = await this.principals.findById(actor.principalId);
    if (!me || me.revokedAt) throw new PrincipalAdminError('revoked', 'problem.principal-revoked.detail.own-inactive');
    return me;
  }

  /**
   * Throws `other-agency` when the principal is outside what the officer may read: an agency
   * officer reads its agency's principals only; an OCAM officer (or the CLI) reads them all.
   */
  assertMayRead(officer: { agency: string | null } | null, p: { agency: string | null }): void {
    if (!officer || officer.agency === null || officer.agency === p.agency) return;
    throw new PrincipalAdminError('other-agency', 'problem.principal-other-agency.detail.reads-own-agency', { agency: officer.agency });
  }

  async get(id: string): Promise<PrincipalRecord> {
    const p = await this.principals.findById(id);
    if (!p) throw new PrincipalAdminError('not-found', 'problem.principal-not-found.detail.no-principal', { id });
    return p;
  }

  async active(id: string): Promise<PrincipalRecord> {
    const p = await this.get(id);
    if (p.revokedAt) throw revokedError(p.name, p.revokedAt);
    return p;
  }

  /**
   * The principal an officer acts on: not found, then outside the officer's reach (before its state
   * is told: whether another agency's principal is revoked is none of this officer's business), then
   * revoked.
   */
  /** The agencies with officers of their own, where OCAM's officers only approve, refuse or revoke. */
  selfAdministered(): Promise<Set<string>> {
    return this.principals.selfAdministeredAgencies();
  }

  async targetOf(officer: Officer, op: (target: PrincipalRecord) => AdminOperation, id: string, active = true): Promise<PrincipalRecord> {
    const p = await this.get(id);
    const outside = refusalOfScope(officer, op(p), 'ask', await this.selfAdministered());
    if (outside) throw refusalError(outside);
    if (active && p.revokedAt) throw revokedError(p.name, p.revokedAt);
    return p;
  }

  /** The principal, locked in the caller's transaction, and still active. */
  async activeForUpdate(id: string, em: EntityManager): Promise<PrincipalRecord> {
    const p = await this.principals.findById(id, em, { forUpdate: true });
    if (!p) throw new PrincipalAdminError('not-found', 'problem.principal-not-found.detail.no-principal', { id });
    if (p.revokedAt) throw revokedError(p.name, p.revokedAt);
    return p;
  }

  /** A request for a second officer, recorded in the ledger with the change it asks for. */
  async requestApproval(
    operation: PrincipalRequest['operation'],
    targetId: string,
    /** The target's version the request is filed against (null for a creation). */
    targetVersion: number | null,
    payload: Record<string, unknown>,
    reason: ApprovalReason,
    officer: Officer,
    actor: Actor,
  ): Promise<PrincipalRequest> {
    return (await this.requestApprovalWith(operation, targetId, targetVersion, payload, reason, officer, actor)).pending;
  }

  /** As `requestApproval`; a request for a new key also opens its handover and answers the first half. */
  async requestApprovalWith(
    operation: PrincipalRequest['operation'],
    targetId: string,
    targetVersion: number | null,
    payload: Record<string, unknown>,
    reason: ApprovalReason,
    officer: Officer,
    actor: Actor,
  ): Promise<{ pending: PrincipalRequest; handoverCode?: string }> {
    const issuesKey = operation === 'create' || operation === 'rotate-key';
    const out = await this.principals.transaction(async (em) => {
      const r = await this.requests.create(
        {
          operation,
          targetId,
          targetVersion,
          payload,
          reason: reason.text,
          reasonCode: reason.code,
          reasonValues: reason.grants ? { ...reason.values, grants: reason.grants } : reason.values,
          requestedBy: officer.id,
          expiresAt: new Date(Date.now() + this.requestTtlMs),
        },
        em,
      );
      const handoverCode = issuesKey ? generateHandoverCode() : undefined;
      if (handoverCode) await this.handovers.open(r.id, targetId, handoverCode, em);
      await this.auditRequest(em, r, 'change-requested', actor);
      return { pending: r, handoverCode };
    });
    return out;
  }

  /**
   * The second half of a request's key handover, for the approving officer, in the approval's
   * transaction; the principal's key is by then one nobody holds.
   */
  async completeHandover(requestId: string, em: EntityManager): Promise<Required<HandoverHalf>> {
    const handoverCode = generateHandoverCode();
    const handoverExpiresAt = new Date(Date.now() + this.handoverTtlMs);
    if (!(await this.handovers.complete(requestId, handoverCode, handoverExpiresAt, em))) {
      // Filed before key handovers existed (an upgrade): its first half was never drawn.
      throw new PrincipalAdminError('request-stale', 'problem.principal-request-stale.detail.no-handover', { request: requestId });
    }
    return { handoverCode, handoverExpiresAt };
  }

  /** A request's life in the ledger: requested, approved, refused or expired. */
  async auditRequest(em: EntityManager, r: PrincipalRequest, change: Change, actor: Actor): Promise<void> {
    const name =
      typeof r.payload.name === 'string' ? r.payload.name : ((await this.principals.findById(r.targetId, em))?.name ?? 'unknown');
    await this.enqueue(em, {
      principalId: r.targetId,
      principalName: name,
      change,
      changedBy: actor.changedBy,
      traceId: actor.traceId,
      attributes: {
        requestId: r.id,
        operation: r.operation,
        requested: r.payload,
        reason: r.reason,
        requestedBy: r.requestedBy,
        expiresAt: r.expiresAt.toISOString(),
      },
    });
  }

  /** The change's audit event, in the change's own transaction. Never the key, never its hash. */
  async audit(em: EntityManager, p: PrincipalRecord, change: Change, actor: Actor): Promise<void> {
    await this.enqueue(em, {
      principalId: p.id,
      principalName: p.name,
      change,
      changedBy: actor.changedBy,
      traceId: actor.traceId,
      attributes: {
        role: p.role,
        agency: p.agency,
        clearance: p.clearance,
        clearanceExpiresAt: p.clearanceExpiresAt?.toISOString() ?? null,
        feeds: p.feeds,
        ...(actor.approvedBy ? { approvedBy: actor.approvedBy, requestId: actor.requestId } : {}),
      },
    });
  }

  /**
   * A fact about a principal that is no change of its attributes (a briefing acknowledged or
   * published), in the ledger like a change: in the caller's transaction, through the outbox.
   */
  async auditFact(
    em: EntityManager,
    e: Pick<PrincipalChangedEvent, 'principalId' | 'principalName' | 'change' | 'changedBy' | 'attributes'> & { traceId?: string },
  ): Promise<void> {
    await this.enqueue(em, e);
  }

  private async enqueue(
    em: EntityManager,
    e: Pick<PrincipalChangedEvent, 'principalId' | 'principalName' | 'change' | 'changedBy' | 'attributes'> & { traceId?: string },
  ): Promise<void> {
    const traceId = e.traceId ?? newTraceId();
    const event: PrincipalChangedEvent = { eventId: randomUUID(), occurredAt: new Date().toISOString(), ...e, traceId };
    await this.outbox.enqueue(
      [
        {
          topic: this.principalsChangedTopic,
          key: e.principalId,
          id: event.eventId,
          type: EventTypes.principalChanged,
          traceId,
          payload: event,
        },
      ],
      em,
    );
  }
}
