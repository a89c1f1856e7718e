import { Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EventTypes, FEEDS, PRINCIPAL_CHANGES, PrincipalChangedEvent, topicNames } from '@passerelle/contracts';
import { KafkaService, newTraceId } from '@passerelle/messaging';
import {
  AdminOperation,
  approvalNeeded,
  Clearance,
  Officer,
  PrincipalPatch,
  PrincipalRecord,
  PrincipalRequest,
  PrincipalRequestsRepository,
  PrincipalsRepository,
  Refusal,
  refusalToAct,
  Role,
} from '@passerelle/security';
import { EntityManager } from 'typeorm';
import { IntakeOutboxRelay } from '../outbox/intake-outbox.relay';
import { IntakeOutboxRepository } from '../outbox/intake-outbox.repository';

/**
 * `invalid`: the request cannot be understood (nothing to change); `rejected`: it breaks a rule on
 * principals (POC without agency, unknown feed, expiry in the past, a clearance above the officer's
 * own); `same-chain`: the officer acts on a principal of its own chain; the others explain themselves.
 */
export type PrincipalAdminErrorCode =
  | 'invalid'
  | 'rejected'
  | 'not-found'
  | 'name-taken'
  | 'revoked'
  | 'self-change'
  | 'same-chain'
  | 'request-decided'
  | 'request-expired'
  | 'unavailable';

export class PrincipalAdminError extends Error {
  constructor(
    readonly code: PrincipalAdminErrorCode,
    message: string,
    /** Field paths and reasons, for `invalid` and `rejected`. */
    readonly errors: { path: string; reason: string }[] = [],
  ) {
    super(message);
  }
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

type Change = (typeof PRINCIPAL_CHANGES)[number];

/** Done at once, or waiting for a second officer's approval. */
export type Outcome<T> = { done: T; pending?: undefined } | { pending: PrincipalRequest; done?: undefined };

/** The operator's CLI acts as nobody's officer: its changes are never held for approval. */
export function doneNow<T>(o: Outcome<T>): T {
  if (o.pending) throw new Error(`unexpected pending request ${o.pending.id}`);
  return o.done;
}

/** How long a request waits for a second officer (`PRINCIPAL_REQUEST_TTL_HOURS`, default 24). */
export function requestTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const hours = Number(env.PRINCIPAL_REQUEST_TTL_HOURS ?? 24);
  return (hours > 0 ? hours : 24) * 3_600_000;
}

/** A separation-of-duties refusal as the API answers it. */
export function refusalError(r: Refusal): PrincipalAdminError {
  if (r.code === 'clearance')
    return new PrincipalAdminError('rejected', `clearance: ${r.reason}`, [{ path: 'clearance', reason: r.reason }]);
  return new PrincipalAdminError(r.code === 'self' ? 'self-change' : 'same-chain', r.reason);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The feeds a principal may be given: the deployment's feeds plus those this intake serves. */
export function knownFeeds(env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = (env.INTAKE_FEEDS ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  return [...new Set<string>([...FEEDS, ...extra])];
}

/**
 * Principals administration for security officers, shared by the HTTP API and the CLI. Each change
 * and its `identity.principals.changed.v1` event are written in one transaction through the
 * intake's outbox, so no change goes unaudited even when Kafka is down.
 */
@Injectable()
export class ManagePrincipalsUseCase {
  constructor(
    private readonly principals: PrincipalsRepository,
    private readonly outbox: IntakeOutboxRepository,
    private readonly requests: PrincipalRequestsRepository,
    /** Absent in the CLI: there the intake's relay publishes the rows when it next runs. */
    @Optional() private readonly relay?: IntakeOutboxRelay,
    /** To check that a POC's agency is provisioned on Kafka; absent in the CLI. */
    @Optional() private readonly kafka?: KafkaService,
  ) {}

  async create(input: NewPrincipalInput, actor: Actor): Promise<Outcome<{ principal: PrincipalRecord; apiKey: string }>> {
    const errors: { path: string; reason: string }[] = [];
    const agency = input.agency ?? null;
    if (input.role === 'poc' && !agency) errors.push({ path: 'agency', reason: 'a poc must name the agency it speaks for' });
    if (input.role !== 'poc' && agency) errors.push({ path: 'agency', reason: `only a poc has an agency, not a ${input.role}` });
    if (input.clearanceExpiresAt && input.clearanceExpiresAt.getTime() <= Date.now()) {
      errors.push({ path: 'clearanceExpiresAt', reason: 'must be in the future' });
    }
    errors.push(...this.unknownFeeds(input.feeds));
    if (input.role === 'poc' && agency && errors.length === 0) errors.push(...(await this.unprovisioned(agency)));
    if (errors.length) throw new PrincipalAdminError('rejected', errors.map((e) => `${e.path}: ${e.reason}`).join('; '), errors);

    const op: AdminOperation = { kind: 'create', role: input.role, clearance: input.clearance };
    const officer = await this.officerOf(actor);
    if (officer) {
      const refusal = refusalToAct(officer, op);
      if (refusal) throw refusalError(refusal);
      const why = approvalNeeded(op);
      if (why) {
        if (await this.principals.findByName(input.name)) {
          throw new PrincipalAdminError('name-taken', `a principal named '${input.name}' already exists (names are never reused)`);
        }
        return {
          pending: await this.request(
            'create',
            randomUUID(),
            { ...input, agency, clearanceExpiresAt: input.clearanceExpiresAt?.toISOString() ?? null },
            why,
            officer,
            actor,
          ),
        };
      }
    }
    const created = await this.principals.transaction((em) => this.applyCreate(input, { createdBy: officer?.id ?? null }, actor, em));
    this.relay?.nudge();
    return { done: created };
  }

  /** Creates the principal and records it, in the caller's transaction. */
  async applyCreate(
    input: NewPrincipalInput,
    lineage: { id?: string; createdBy: string | null; approvedBy?: string | null },
    actor: Actor,
    em: EntityManager,
  ): Promise<{ principal: PrincipalRecord; apiKey: string }> {
    const r = await this.principals.create({ ...input, agency: input.agency ?? null, feeds: input.feeds ?? [], ...lineage }, em);
    if (!r) throw new PrincipalAdminError('name-taken', `a principal named '${input.name}' already exists (names are never reused)`);
    await this.audit(em, r.principal, 'created', actor);
    return r;
  }

  async update(id: string, patch: PrincipalPatch, actor: Actor): Promise<Outcome<PrincipalRecord>> {
    if (patch.clearance === undefined && patch.clearanceExpiresAt === undefined && patch.feeds === undefined) {
      throw new PrincipalAdminError('invalid', 'nothing to change: give clearance, clearanceExpiresAt or feeds');
    }
    const errors = this.unknownFeeds(patch.feeds);
    if (errors.length) throw new PrincipalAdminError('rejected', errors.map((e) => `${e.path}: ${e.reason}`).join('; '), errors);
    if (actor.principalId === id) {
      throw new PrincipalAdminError('self-change', 'a security officer cannot change their own clearance or feeds; another must');
    }
    const officer = await this.officerOf(actor);
    if (officer) {
      const target = await this.active(id);
      const op: AdminOperation = { kind: 'update', target, ...patch };
      const refusal = refusalToAct(officer, op);
      if (refusal) throw refusalError(refusal);
      const why = approvalNeeded(op);
      if (why) {
        const payload = {
          ...patch,
          ...(patch.clearanceExpiresAt !== undefined ? { clearanceExpiresAt: patch.clearanceExpiresAt?.toISOString() ?? null } : {}),
        };
        return { pending: await this.request('update', id, payload, why, officer, actor) };
      }
    }
    const updated = await this.principals.transaction((em) => this.applyUpdate(id, patch, actor, em));
    this.relay?.nudge();
    return { done: updated };
  }

  /** Applies the patch to an active principal and records it, in the caller's transaction. */
  async applyUpdate(id: string, patch: PrincipalPatch, actor: Actor, em: EntityManager): Promise<PrincipalRecord> {
    await this.activeForUpdate(id, em);
    const p = await this.principals.update(id, patch, em);
    if (!p) throw new PrincipalAdminError('not-found', `no principal ${id}`);
    await this.audit(em, p, 'updated', actor);
    return p;
  }

  /** Revokes at once. Revoking a revoked principal changes nothing and records nothing. */
  async revoke(id: string, actor: Actor): Promise<PrincipalRecord> {
    if (actor.principalId === id) throw new PrincipalAdminError('self-change', 'a security officer cannot revoke themselves; another must');
    const officer = await this.officerOf(actor);
    if (officer) {
      const refusal = refusalToAct(officer, { kind: 'revoke', target: await this.get(id) });
      if (refusal) throw refusalError(refusal);
    }
    const { principal, changed } = await this.principals.transaction(async (em) => {
      const current = await this.principals.findById(id, em, { forUpdate: true });
      if (!current) throw new PrincipalAdminError('not-found', `no principal ${id}`);
      if (current.revokedAt) return { principal: current, changed: false };
      const p = await this.principals.revoke(id, em);
      if (!p) throw new PrincipalAdminError('not-found', `no principal ${id}`);
      await this.audit(em, p, 'revoked', actor);
      return { principal: p, changed: true };
    });
    if (changed) this.relay?.nudge();
    return principal;
  }

  /** A new key for an active principal; the old one stops working at once. */
  async rotateKey(id: string, actor: Actor): Promise<Outcome<{ principal: PrincipalRecord; apiKey: string }>> {
    const officer = await this.officerOf(actor);
    if (officer) {
      const op: AdminOperation = { kind: 'rotate-key', target: await this.active(id) };
      const refusal = refusalToAct(officer, op);
      if (refusal) throw refusalError(refusal);
      const why = approvalNeeded(op);
      if (why) return { pending: await this.request('rotate-key', id, {}, why, officer, actor) };
    }
    const rotated = await this.principals.transaction((em) => this.applyRotateKey(id, actor, em));
    this.relay?.nudge();
    return { done: rotated };
  }

  async applyRotateKey(id: string, actor: Actor, em: EntityManager): Promise<{ principal: PrincipalRecord; apiKey: string }> {
    await this.activeForUpdate(id, em);
    const r = await this.principals.rotateKey(id, em);
    if (!r) throw new PrincipalAdminError('not-found', `no principal ${id}`);
    await this.audit(em, r.principal, 'key-rotated', actor);
    return r;
  }

  /** The acting officer's own record (null from the CLI: the operator's bootstrap path). */
  async officerOf(actor: Actor): Promise<Officer | null> {
    if (!actor.principalId) return null;
    const me = await this.principals.findById(actor.principalId);
    if (!me || me.revokedAt) throw new PrincipalAdminError('revoked', 'your principal is no longer active');
    return me;
  }

  private async active(id: string): Promise<PrincipalRecord> {
    const p = await this.get(id);
    if (p.revokedAt)
      throw new PrincipalAdminError('revoked', `principal '${p.name}' was revoked on ${p.revokedAt.toISOString()}; create a new one`);
    return p;
  }

  /** A request for a second officer, recorded in the ledger with the change it asks for. */
  private async request(
    operation: PrincipalRequest['operation'],
    targetId: string,
    payload: Record<string, unknown>,
    reason: string,
    officer: Officer,
    actor: Actor,
  ): Promise<PrincipalRequest> {
    const request = await this.principals.transaction(async (em) => {
      const r = await this.requests.create(
        { operation, targetId, payload, reason, requestedBy: officer.id, expiresAt: new Date(Date.now() + requestTtlMs()) },
        em,
      );
      await this.auditRequest(em, r, 'change-requested', actor);
      return r;
    });
    this.relay?.nudge();
    return request;
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

  async get(id: string): Promise<PrincipalRecord> {
    const p = await this.principals.findById(id);
    if (!p) throw new PrincipalAdminError('not-found', `no principal ${id}`);
    return p;
  }

  /** A principal by id or by name (the CLI accepts either). */
  async resolve(idOrName: string): Promise<PrincipalRecord> {
    const p = UUID.test(idOrName) ? await this.principals.findById(idOrName) : await this.principals.findByName(idOrName);
    if (!p) throw new PrincipalAdminError('not-found', `no principal '${idOrName}'`);
    return p;
  }

  list(opts: { expiringWithinDays?: number } = {}): Promise<PrincipalRecord[]> {
    return this.principals.list(opts);
  }

  /**
   * A POC of an agency that has no topics yet would be accepted and its first submission could never
   * be published: the agency is provisioned first (its topics, Kafka user and ACLs), by an operator.
   */
  private async unprovisioned(agency: string): Promise<{ path: string; reason: string }[]> {
    if (!this.kafka) return [];
    let exists: boolean;
    try {
      exists = await this.kafka.topicExists(this.kafka.topics.feedback(agency));
    } catch {
      throw new PrincipalAdminError('unavailable', 'Kafka does not answer, so the agency cannot be checked; try again shortly');
    }
    return exists
      ? []
      : [
          {
            path: 'agency',
            reason: `agency '${agency}' is not provisioned on Kafka (no topics, user or ACLs): an operator runs \`npm run kafka -- add-agency ${agency}\` first`,
          },
        ];
  }

  private unknownFeeds(feeds: string[] | undefined): { path: string; reason: string }[] {
    const known = knownFeeds();
    return (feeds ?? []).flatMap((f, i) =>
      known.includes(f) ? [] : [{ path: `feeds[${i}]`, reason: `unknown feed '${f}' (known: ${known.join(', ')})` }],
    );
  }

  private async activeForUpdate(id: string, em: EntityManager): Promise<PrincipalRecord> {
    const p = await this.principals.findById(id, em, { forUpdate: true });
    if (!p) throw new PrincipalAdminError('not-found', `no principal ${id}`);
    if (p.revokedAt)
      throw new PrincipalAdminError('revoked', `principal '${p.name}' was revoked on ${p.revokedAt.toISOString()}; create a new one`);
    return p;
  }

  /** The change's audit event, in the change's own transaction. Never the key, never its hash. */
  private async audit(em: EntityManager, p: PrincipalRecord, change: Change, actor: Actor): Promise<void> {
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

  private async enqueue(
    em: EntityManager,
    e: Pick<PrincipalChangedEvent, 'principalId' | 'principalName' | 'change' | 'changedBy' | 'attributes'> & { traceId?: string },
  ): Promise<void> {
    const traceId = e.traceId ?? newTraceId();
    const event: PrincipalChangedEvent = { eventId: randomUUID(), occurredAt: new Date().toISOString(), ...e, traceId };
    await this.outbox.enqueue(
      [
        {
          topic: topicNames(process.env.KAFKA_TOPIC_PREFIX ?? '').principalsChanged,
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
