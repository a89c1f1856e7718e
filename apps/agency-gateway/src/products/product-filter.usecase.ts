import { Injectable } from '@nestjs/common';
import {
  AccessRecordedEvent,
  closeCodes,
  competencesOf,
  disseminationCatalogue,
  FILTER_SCOPES,
  refusedCode,
  withMessageKey,
} from '@passerelle/contracts';
import { refusal, validationProblem } from '@passerelle/http';
import { accessRecordHead, Principal, PrincipalsRepository } from '@passerelle/security';
import { EntityManager } from 'typeorm';
import { GatewayAccessRecords } from '../signals/access-records';
import { ProductFilter, ProductsRepository } from './products.repository';

export interface FilterInput {
  competences?: string[];
  regions?: string[];
  minLevel?: number;
}

/** Where the filter in force comes from: the POC's own, its agency's default, or none (everything its agency receives). */
export type FilterSource = 'own' | 'agency-default' | 'none';

/**
 * A POC narrows its products inbox within its agency's competences (e.g. mobility's maritime desk:
 * maritime and ports, level 2 and above); its agency's security officer sets a default for the POCs
 * without a filter of their own. What the filter in force holds back is counted, per month, in every
 * page of the inbox.
 */
@Injectable()
export class ProductFilterUseCase {
  constructor(
    private readonly products: ProductsRepository,
    private readonly principals: PrincipalsRepository,
    private readonly access: GatewayAccessRecords,
  ) {}

  /**
   * Changes a filter and records the change in the same transaction (outcome `product-filter`: who,
   * whose filter, what it now lets through or that it was cleared), so a change is never without its
   * ledger entry nor an entry without its change.
   */
  private async changed(
    principal: Principal,
    endpoint: string,
    scope: (typeof FILTER_SCOPES)[number],
    agency: string,
    filter: ProductFilter | null,
    change: (em: EntityManager) => Promise<void>,
  ): Promise<void> {
    const record: AccessRecordedEvent = {
      ...accessRecordHead(principal, endpoint, 'product-filter'),
      agency,
      filterScope: scope,
      filterChange: filter ? 'set' : 'cleared',
      ...(filter?.competences ? { competences: filter.competences } : {}),
      ...(filter?.regions ? { regions: filter.regions } : {}),
      ...(filter?.minLevel ? { minLevel: filter.minLevel } : {}),
    };
    await this.products.transaction(async (em) => {
      await change(em);
      await this.access.write([record], em);
    });
    this.access.nudge();
  }

  /** The filter in force for this POC and where it comes from; null parts narrow nothing. */
  async inForce(principal: Principal): Promise<ProductFilter & { source: FilterSource }> {
    const own = await this.products.filterOf(principal.id);
    if (own) return { ...own, source: 'own' };
    const d = await this.products.defaultFilterOf(principal.agency ?? '');
    if (d) return { competences: d.competences, regions: d.regions, minLevel: d.minLevel, source: 'agency-default' };
    return { competences: null, regions: null, minLevel: null, source: 'none' };
  }

  async get(principal: Principal) {
    const [inForce, d] = await Promise.all([this.inForce(principal), this.products.defaultFilterOf(principal.agency ?? '')]);
    return {
      ...inForce,
      agencyDefault: d ? { competences: d.competences, regions: d.regions, minLevel: d.minLevel } : null,
      agencyCompetences: competencesOf(principal.agency ?? ''),
    };
  }

  async set(principal: Principal, f: FilterInput) {
    const agency = principal.agency ?? '';
    const filter = this.checked(agency, f);
    await this.changed(principal, 'PUT /v1/products/filter', 'own', agency, filter, (em) =>
      this.products.setFilter(principal.id, agency, filter, em),
    );
    return this.get(principal);
  }

  /** The POC drops its own filter: its agency's default applies again. */
  async clear(principal: Principal) {
    await this.changed(principal, 'DELETE /v1/products/filter', 'own', principal.agency ?? '', null, (em) =>
      this.products.clearFilter(principal.id, em),
    );
    return this.get(principal);
  }

  /** An agency's default filter, for its own security officer (or OCAM's, for an agency without one). */
  async getDefault(officer: Principal, agency: string) {
    await this.mayAdminister(officer, agency);
    const d = await this.products.defaultFilterOf(agency);
    return {
      agency,
      filter: d ? { competences: d.competences, regions: d.regions, minLevel: d.minLevel } : null,
      setBy: d?.setBy ?? null,
      updatedAt: d?.updatedAt ?? null,
      agencyCompetences: competencesOf(agency),
    };
  }

  async setDefault(officer: Principal, agency: string, f: FilterInput) {
    await this.mayAdminister(officer, agency);
    const filter = this.checked(agency, f);
    await this.changed(officer, 'PUT /v1/agencies/{agency}/product-filter', 'agency-default', agency, filter, (em) =>
      this.products.setDefaultFilter(agency, filter, officer.id, em),
    );
    return this.getDefault(officer, agency);
  }

  async clearDefault(officer: Principal, agency: string) {
    await this.mayAdminister(officer, agency);
    await this.changed(officer, 'DELETE /v1/agencies/{agency}/product-filter', 'agency-default', agency, null, (em) =>
      this.products.clearDefaultFilter(agency, em),
    );
    return this.getDefault(officer, agency);
  }

  /**
   * An agency's officer administers its own agency's defaults only (another agency's: 403, which the
   * edge records as a denied attempt); OCAM's officers those of the agencies without an officer of
   * their own, as with principals. An agency the catalogue does not know is 404.
   */
  private async mayAdminister(officer: Principal, agency: string): Promise<void> {
    if (officer.agency) {
      if (officer.agency !== agency) throw refusal(403, 'problem.http-403.detail.own-agency-filter');
      return;
    }
    if (competencesOf(agency).length === 0) throw refusal(404, 'problem.http-404.detail.no-agency', { agency });
    if ((await this.principals.selfAdministeredAgencies()).has(agency))
      throw refusal(403, 'problem.http-403.detail.agency-has-officer', { agency });
  }

  private checked(agency: string, f: FilterInput): ProductFilter {
    const own = competencesOf(agency);
    const regions = disseminationCatalogue().regions.map((r) => r.code);
    const errors = [
      ...(f.competences ?? []).flatMap((c, i) =>
        own.includes(c)
          ? []
          : [
              withMessageKey(
                { path: `competences[${i}]`, reason: `not a competence of your agency (${own.join(', ') || 'none'})`, code: 'not-allowed' },
                'reason.not-own-competence',
              ),
            ],
      ),
      ...(f.regions ?? []).flatMap((r, i) =>
        regions.includes(r)
          ? []
          : [
              refusedCode(
                { path: `regions[${i}]`, reason: 'not a region or point of entry of the catalogue', code: 'not-in-catalogue' },
                r,
                {
                  close: closeCodes(r, regions),
                },
              ),
            ],
      ),
    ];
    if (errors.length) throw validationProblem(errors);
    return { competences: f.competences ?? null, regions: f.regions ?? null, minLevel: f.minLevel ?? null };
  }
}
