import { Injectable } from '@nestjs/common';
import { competencesOf, disseminationCatalogue } from '@passerelle/contracts';
import { validationProblem } from '@passerelle/http';
import { Principal } from '@passerelle/security';
import { ProductFilter, ProductsRepository } from './products.repository';

/**
 * A POC narrows its products inbox within its agency's competences (e.g. mobility's maritime desk:
 * maritime and ports, level 2 and above). What the filter holds back is counted, per month, in
 * every page of the inbox.
 */
@Injectable()
export class ProductFilterUseCase {
  constructor(private readonly products: ProductsRepository) {}

  async get(principal: Principal): Promise<ProductFilter & { agencyCompetences: string[] }> {
    const f = (await this.products.filterOf(principal.id)) ?? { competences: null, regions: null, minLevel: null };
    return { ...f, agencyCompetences: competencesOf(principal.agency ?? '') };
  }

  async set(principal: Principal, f: { competences?: string[]; regions?: string[]; minLevel?: number }) {
    const own = competencesOf(principal.agency ?? '');
    const regions = disseminationCatalogue().regions.map((r) => r.code);
    const errors = [
      ...(f.competences ?? []).flatMap((c, i) =>
        own.includes(c) ? [] : [{ path: `competences[${i}]`, reason: `not a competence of your agency (${own.join(', ') || 'none'})` }],
      ),
      ...(f.regions ?? []).flatMap((r, i) =>
        regions.includes(r) ? [] : [{ path: `regions[${i}]`, reason: 'not a region or point of entry of the catalogue' }],
      ),
    ];
    if (errors.length) throw validationProblem(errors);
    const filter: ProductFilter = { competences: f.competences ?? null, regions: f.regions ?? null, minLevel: f.minLevel ?? null };
    await this.products.setFilter(principal.id, principal.agency ?? '', filter);
    return this.get(principal);
  }
}
