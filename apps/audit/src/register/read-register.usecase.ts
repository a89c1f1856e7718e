import { Injectable } from '@nestjs/common';
import { localizedProblem, ProblemException, validationProblem } from '@passerelle/http';
import { Principal } from '@passerelle/security';
import { RecordOversightQueryUseCase } from '../oversight/record-oversight-query.usecase';
import { OCAM_SCOPE } from '../reviews/review-scope';
import { ClassifiedRegister, levelCounts, MAX_REGISTER_ITEMS, RegisterItem, registerOrder } from './register';
import { RegisterQueryDto } from './register.dto';
import { RegisterRepository } from './register.repository';

/**
 * GET /v1/register: the classified register for a scope, searched, recorded in the ledger
 * (`register.read`, with the search and how many items were returned) before it is answered.
 *
 * Who reads what (docs/security-officer.md, _The classified register_): OCAM's security officers and
 * oversight read every agency's register (or one, with `agency`), with every reader; an agency's
 * security officer reads its own agency's only — the classified signals it sent and the classified
 * products it received — and among the readers only its own agency's principals (who at OCAM read a
 * signal is OCAM's register). Anybody else, or an agency officer asking for another agency, is
 * refused (403), and the refusal is recorded by the edge.
 */
@Injectable()
export class ReadRegisterUseCase {
  constructor(
    private readonly repo: RegisterRepository,
    private readonly record: RecordOversightQueryUseCase,
  ) {}

  async execute(who: Principal, q: RegisterQueryDto, endpoint: string): Promise<ClassifiedRegister> {
    const own = who.role === 'security-officer' ? who.agency : null;
    if (own !== null && q.agency !== undefined && q.agency !== own)
      throw new ProblemException(
        localizedProblem({ type: 'urn:passerelle:problem:register-other-agency', status: 403 }, 'problem.register-other-agency.detail', {
          agency: own,
        }),
      );
    if (q.from && q.to && q.to < q.from)
      throw validationProblem(
        [{ path: 'to', reason: 'must not be before from', code: 'not-before-from' }],
        'urn:passerelle:problem:register-period',
      );
    const agency = own ?? (q.agency && q.agency !== OCAM_SCOPE ? q.agency : null);
    const query = { agency, classification: q.classification, kind: q.kind, state: q.state, from: q.from, to: q.to };
    const [signals, products] = await Promise.all([
      q.kind === 'product' ? [] : this.repo.signals(query),
      q.kind === 'signal' ? [] : this.repo.products(query),
    ]);
    const [signalReaders, productReaders] = await Promise.all([
      this.repo.readers(
        'signal',
        signals.map((s) => s.id),
        own,
      ),
      this.repo.readers(
        'product',
        products.map((p) => p.id),
        own,
      ),
    ]);
    const items: RegisterItem[] = [
      ...signals.map((s): RegisterItem => {
        const destroyed = s.erased_at
          ? { at: s.erased_at, how: 'erased' as const }
          : s.purged_at
            ? { at: s.purged_at, how: 'purged' as const }
            : null;
        return {
          kind: 'signal',
          id: s.id,
          classification: s.classification,
          receivedAt: s.received_at,
          from: { agency: s.agency, principalId: s.principal_id, principalName: s.principal_name },
          to: [OCAM_SCOPE],
          retentionUntil: s.retention_until,
          state: destroyed ? 'destroyed' : 'held',
          destroyed,
          readers: signalReaders.get(s.id) ?? [],
          exercise: s.exercise,
        };
      }),
      ...products.map((p): RegisterItem => ({
        kind: 'product',
        id: p.id,
        classification: p.classification,
        receivedAt: p.received_at,
        from: { agency: OCAM_SCOPE, principalId: p.principal_id, principalName: p.principal_name },
        to: p.agencies,
        retentionUntil: null,
        state: 'held',
        destroyed: null,
        readers: productReaders.get(p.id) ?? [],
        exercise: p.exercise,
      })),
    ].sort(registerOrder);
    const truncated = items.length > MAX_REGISTER_ITEMS;
    const listed = items.slice(0, MAX_REGISTER_ITEMS);
    const scope = agency ?? 'all';
    await this.record.record(
      who,
      endpoint,
      {
        scope,
        ...(q.classification ? { classification: q.classification } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.state ? { state: q.state } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        format: q.format ?? 'json',
        count: listed.length,
      },
      'register.read',
    );
    return {
      register: 'classified',
      scope,
      query,
      generatedAt: new Date().toISOString(),
      levels: levelCounts(listed),
      items: listed,
      truncated,
    };
  }
}
