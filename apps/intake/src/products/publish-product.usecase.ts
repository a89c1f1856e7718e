import { AlertDispatcher } from '../alerts/alert-dispatcher';
import { Injectable } from '@nestjs/common';
import {
  catalogues,
  CLASSIFICATIONS,
  closeCodes,
  ContractError,
  disseminationCatalogue,
  refusedCode,
  TopicNames,
  withMessageKey,
} from '@passerelle/contracts';
import { localizedProblem, ProblemException, validationProblem } from '@passerelle/http';
import { disseminationRecordedEvent, InjectTopics, newTraceId, productEvent } from '@passerelle/messaging';
import { CLEARANCES, levelRank, Principal, visibilityOf } from '@passerelle/security';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { IntakeOutbox } from '../outbox/intake-outbox';
import { decideDissemination, DisseminationDecision, DisseminationRules } from './dissemination-rules';
import { PublishProductDto } from './product.dto';
import { ProductRow, ProductsRepository } from './products.repository';

/** What the analyst gets back: the product's id and status, and every agency's decision. */
export interface PublishedProduct {
  productId: string;
  status: 'embargoed' | 'published';
  traceId: string;
  ruleVersion: number | null;
  decisions: DisseminationDecision[];
  /** An exercise product (docs/exercises.md). */
  exercise: boolean;
}

function aboveAccreditation(principal: Principal): ProblemException {
  const maxLevel = CLEARANCES[visibilityOf(principal).maxRank];
  return new ProblemException(
    localizedProblem(
      { type: 'urn:passerelle:problem:above-clearance', status: 403, errors: [{ path: 'classification', reason: 'above-clearance' }] },
      'problem.above-clearance.detail.product',
      { level: maxLevel },
    ),
    {},
    'above-clearance',
  );
}

/**
 * An analyst publishes a product (issue 28): checked against the catalogues, then — unless under
 * embargo — disseminated by the rules in force. The product, every agency's decision, the sealed
 * copies for the agencies it goes to and the decisions for the ledger commit in one transaction
 * (the intake's outbox). A product that no rule sends anywhere is refused (422, `competences`): an
 * analyst learns at once that it would reach nobody, rather than finding a silent withheld list later.
 */
@Injectable()
export class PublishProductUseCase {
  constructor(
    private readonly products: ProductsRepository,
    private readonly rules: DisseminationRules,
    private readonly outbox: IntakeOutbox,
    @InjectTopics() private readonly topics: TopicNames,
    private readonly alerts: AlertDispatcher,
  ) {}

  /** The checks of a publication that need no lookup: catalogues, the analyst's clearance, the RFI's targets. */
  private checkBeforeDeciding(principal: Principal, dto: PublishProductDto): void {
    const errors = this.check(dto);
    if (errors.length) throw validationProblem(errors);
    if (levelRank(dto.classification) > visibilityOf(principal).maxRank) throw aboveAccreditation(principal);
    const unknownTargets = (dto.targetAgencies ?? []).filter((a) => !this.rules.rules.agencies.includes(a));
    if (unknownTargets.length)
      throw validationProblem([
        { path: 'targetAgencies', reason: `not agencies the dissemination rules know: ${unknownTargets.join(', ')}` },
      ]);
  }

  /**
   * What publishing this product now would do, nothing stored: every agency's decision by the rules
   * in force and, where it would be sent, how many of the agency's active POCs are cleared for it.
   * The same checks as a publication (400 naming the field, 403 above the analyst's clearance).
   */
  async preview(principal: Principal, dto: PublishProductDto) {
    this.checkBeforeDeciding(principal, dto);
    const decisions = await this.decide({ ...dto, targetAgencies: dto.targetAgencies ?? null });
    const pocs = await this.products.clearedPocCounts(
      decisions.map((d) => d.agency),
      levelRank(dto.classification),
    );
    const withPocs = decisions.map((d) => ({ ...d, pocs: d.decision === 'sent' ? (pocs.get(d.agency) ?? 0) : 0 }));
    const sent = withPocs.filter((d) => d.decision === 'sent');
    return {
      ruleVersion: this.rules.rules.version,
      embargoed: !!dto.embargo,
      wouldPublish: decisions.some((d) => d.ruleId),
      agencies: sent.length,
      pocs: sent.reduce((n, d) => n + d.pocs, 0),
      decisions: withPocs,
    };
  }

  async publish(principal: Principal, dto: PublishProductDto, traceId: string | null): Promise<PublishedProduct> {
    this.checkBeforeDeciding(principal, dto);
    const ruleSet = this.rules.rules;
    const linked = await this.products.visibleSignals(dto.signalIds ?? [], visibilityOf(principal));
    const unseen = (dto.signalIds ?? []).filter((id) => !linked.has(id.toLowerCase()));
    if (unseen.length) throw validationProblem([{ path: 'signalIds', reason: `no signal you may read: ${unseen.join(', ')}` }]);
    let embargo: string[] | null = null;
    if (dto.embargo) {
      const ids = await this.products.principalIdsByName(dto.embargo.principals);
      const missing = dto.embargo.principals.filter((n) => !ids.has(n));
      if (missing.length)
        throw validationProblem([{ path: 'embargo.principals', reason: `no active principal named ${missing.join(', ')}` }]);
      embargo = [...ids.values()];
    }
    const product: Omit<ProductRow, 'createdAt' | 'publishedAt'> = {
      id: randomUUID(),
      kind: dto.kind,
      title: dto.title,
      body: dto.body,
      categories: dto.categories,
      competences: dto.competences,
      regions: dto.regions,
      level: dto.level,
      classification: dto.classification,
      handling: dto.handling,
      legalBasis: dto.legalBasis,
      signalIds: (dto.signalIds ?? []).map((s) => s.toLowerCase()),
      deadline: dto.deadline ? new Date(dto.deadline) : null,
      targetAgencies: dto.targetAgencies ?? null,
      embargoPrincipals: embargo,
      status: embargo ? 'embargoed' : 'published',
      authorId: principal.id,
      traceId: traceId ?? newTraceId(),
      exercise: dto.exercise === true,
    };
    // Decided before anything is stored: a product no rule sends anywhere is refused whole.
    const decisions = embargo ? [] : await this.decide(product);
    if (!embargo && !decisions.some((d) => d.ruleId))
      throw new ProblemException(
        localizedProblem(
          {
            type: 'urn:passerelle:problem:no-dissemination-rule',
            status: 422,
            errors: [{ path: 'competences', reason: 'no-matching-rule' }],
          },
          'problem.no-dissemination-rule.detail',
          { version: ruleSet.version },
        ),
      );
    await this.products.transaction(async (em) => {
      await this.products.insert(em, product);
      if (!embargo) await this.disseminate(em, product, decisions, principal.id);
    });
    return {
      productId: product.id,
      status: product.status,
      traceId: product.traceId,
      ruleVersion: embargo ? null : ruleSet.version,
      decisions,
      exercise: product.exercise,
    };
  }

  /** The decisions of the rules in force on this product, with the agencies its POCs' clearance and its legal basis allow. */
  async decide(
    p: Pick<ProductRow, 'kind' | 'competences' | 'categories' | 'regions' | 'level' | 'legalBasis' | 'targetAgencies' | 'classification'>,
  ) {
    const ruleSet = this.rules.rules;
    const legal = disseminationCatalogue().legalBases.find((b) => b.code === p.legalBasis);
    const agencies = [...new Set([...ruleSet.agencies, ...(p.targetAgencies ?? [])])];
    const cleared = await this.products.agenciesWithClearedPoc(agencies, levelRank(p.classification));
    return decideDissemination(
      ruleSet,
      { ...p, targetAgencies: p.targetAgencies ?? undefined },
      { clearedAgencies: cleared, legalBasisAgencies: legal?.agencies ?? [] },
    );
  }

  /**
   * In the caller's transaction: the decisions stored, one sealed copy per agency it goes to (each
   * with only the links to that agency's own signals), and every decision for the ledger.
   */
  async disseminate(em: EntityManager, p: Omit<ProductRow, 'createdAt' | 'publishedAt'>, decisions: DisseminationDecision[], by: string) {
    await this.products.recordDecisions(em, p.id, decisions);
    const sent = decisions.filter((d) => d.decision === 'sent');
    const dataKey = sent.length ? await this.products.dataKey(em, p.id) : null;
    // Each agency sees the links to its own signals only: never that another agency reported something.
    const agencyOf = sent.length && p.signalIds.length ? await this.signalAgencies(em, p.signalIds) : new Map<string, string>();
    const now = new Date().toISOString();
    const events = [];
    for (const d of sent) {
      events.push(
        productEvent(this.topics, {
          occurredAt: now,
          productId: p.id,
          traceId: p.traceId,
          agency: d.agency,
          kind: p.kind as PublishProductDto['kind'],
          level: p.level,
          classification: p.classification as (typeof CLASSIFICATIONS)[number],
          competences: p.competences,
          categories: p.categories,
          regions: p.regions,
          ...(p.deadline ? { deadline: p.deadline.toISOString() } : {}),
          publishedAt: now,
          ruleId: d.ruleId!,
          ruleVersion: d.ruleVersion,
          // An exercise is labelled on every copy, in clear (docs/exercises.md).
          ...(p.exercise ? { exercise: true } : {}),
          content: {
            title: p.title,
            body: p.body,
            handling: p.handling,
            legalBasis: p.legalBasis,
            signalIds: p.signalIds.filter((id) => agencyOf.get(id) === d.agency),
          },
          dataKey: dataKey!,
        }),
      );
    }
    for (const d of decisions)
      events.push(
        disseminationRecordedEvent(this.topics, {
          occurredAt: now,
          productId: p.id,
          traceId: p.traceId,
          agency: d.agency,
          decision: d.decision,
          ...(d.reason ? { reason: d.reason } : {}),
          ...(d.ruleId ? { ruleId: d.ruleId } : {}),
          ruleVersion: d.ruleVersion,
          kind: p.kind as PublishProductDto['kind'],
          level: p.level,
          principalId: by,
          ...(p.exercise ? { exercise: true } : {}),
        }),
      );
    await this.outbox.enqueue(events, em);
    // A request for information alerts each receiving agency's permanence cell (no content).
    if (p.kind === 'rfi')
      await this.alerts.raiseForAgency(
        'rfi',
        sent.map((d) => ({ agency: d.agency, ref: `${p.id}:${d.agency}`, productId: p.id, exercise: p.exercise })),
        em,
      );
  }

  private async signalAgencies(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const rows: { id: string; agency: string }[] = await em.query(
      `select signal_id::text as id, agency from intake.signals where signal_id = any($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.agency]));
  }

  /** The facts a class cannot state: codes from the catalogues, the RFI's deadline and targets. */
  check(dto: PublishProductDto): ContractError[] {
    const cat = disseminationCatalogue();
    const errors: ContractError[] = [];
    // The English reason quotes the refused code and the close ones; the message in the caller's
    // language says the same (reason.not-in-catalogue.value).
    const refuse = (path: string, reason: string, value: string, codes: { close?: string[]; all?: string[] }) =>
      errors.push(refusedCode({ path, reason, code: 'not-in-catalogue' }, value, codes));
    const competences = cat.competences.map((c) => c.code);
    dto.competences.forEach((c, i) => {
      if (!competences.includes(c)) {
        const close = closeCodes(c, competences);
        refuse(`competences[${i}]`, `'${c}' is not a competence tag (${close.join(', ') || competences.join(', ')})`, c, {
          close,
          all: competences,
        });
      }
    });
    const regions = cat.regions.map((r) => r.code);
    dto.regions.forEach((r, i) => {
      if (!regions.includes(r)) {
        const close = closeCodes(r, regions);
        refuse(
          `regions[${i}]`,
          `'${r}' is not a region or point of entry of the catalogue${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}`,
          r,
          { close },
        );
      }
    });
    const categories = catalogues().categoryCodes;
    dto.categories.forEach((c, i) => {
      if (!categories.includes(c)) {
        const close = closeCodes(c, categories);
        refuse(`categories[${i}]`, `'${c}' is not a taxonomy code${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}`, c, {
          close,
        });
      }
    });
    const legalBases = cat.legalBases.map((b) => b.code);
    if (!legalBases.includes(dto.legalBasis))
      refuse('legalBasis', `'${dto.legalBasis}' is not a legal basis of the catalogue (${legalBases.join(', ')})`, dto.legalBasis, {
        all: legalBases,
      });
    if (dto.kind === 'rfi') {
      if (!dto.deadline)
        errors.push(
          withMessageKey(
            { path: 'deadline', reason: 'a request for information needs a deadline', code: 'required' },
            'reason.rfi-deadline',
          ),
        );
      if (!dto.targetAgencies)
        errors.push(
          withMessageKey(
            { path: 'targetAgencies', reason: 'a request for information names the agencies asked', code: 'required' },
            'reason.rfi-agencies',
          ),
        );
    } else {
      if (dto.targetAgencies)
        errors.push(
          withMessageKey(
            { path: 'targetAgencies', reason: 'only a request for information names target agencies', code: 'not-allowed' },
            'reason.rfi-only-targets',
          ),
        );
    }
    if (dto.deadline !== undefined) {
      const t = Date.parse(dto.deadline);
      if (!(t > Date.now())) errors.push({ path: 'deadline', reason: 'must be in the future', code: 'in-the-past' });
      else if (t > Date.now() + 366 * 86_400_000) errors.push({ path: 'deadline', reason: 'must be within a year', code: 'too-far' });
    }
    return errors;
  }
}
